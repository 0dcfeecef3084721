"""The style editor validates while the comms lead types, off the GUI thread (issue 11,
item 7): a huge or hostile house style never freezes the window."""

from __future__ import annotations

import threading
import tomllib
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from flegme.ui.style_editor import StyleEditor

pytestmark = pytest.mark.gui


def test_typing_validates_in_a_worker_and_shows_the_result(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = StyleEditor("schema = 1\n", can_save=True)
    qtbot.addWidget(editor)
    threads: list[bool] = []
    real_loads = tomllib.loads

    def spy(text: str, **kwargs: Any) -> dict[str, Any]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_loads(text, **kwargs)

    monkeypatch.setattr(tomllib, "loads", spy)
    editor.raw.setPlainText("schema = 1\n[tone]\nthreshold = 400\n")
    qtbot.waitUntil(lambda: "line 3" in editor.error.text(), timeout=5000)
    assert threads and not any(threads)  # parsed, never on the GUI thread
    assert not editor.save_button.isEnabled()
    editor.sample.setPlainText("We will leverage synergies!!!")
    editor.raw.setPlainText("schema = 1\n[tone]\nthreshold = 40\n")
    qtbot.waitUntil(lambda: editor.error.text() == "" and "Impulsivity" in
                    editor.try_result.text(), timeout=5000)
    assert editor.save_button.isEnabled() and not any(threads)


def test_a_stale_result_never_overwrites_a_newer_one(qtbot: QtBot) -> None:
    editor = StyleEditor("schema = 1\n", can_save=True)
    qtbot.addWidget(editor)
    editor.validator.request("schema = 1\n[tone]\nthreshold = 400\n", "")  # older
    editor.raw.setPlainText("schema = 1\n")
    editor._timer.stop()  # (typing would validate again after 150 ms)
    assert editor.validate() is not None  # an explicit validation makes the older one stale
    with qtbot.assertNotEmitted(editor.validator.validated, wait=300):
        pass
    assert editor.error.text() == "" and editor.house is not None


def test_importing_a_file_that_never_ends_is_refused(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    editor = StyleEditor("schema = 1\n", can_save=True)
    qtbot.addWidget(editor)
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *args, **kwargs: ("/dev/zero", "")))
    editor.import_file()
    box = editor.findChild(QMessageBox, "errorDialog")
    assert box is not None and "more than 1,000,000 bytes" in box.text()
    assert editor.raw.toPlainText() == "schema = 1\n"
    box.close()
