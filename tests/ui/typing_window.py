"""A window with a post in it, and typing into its editor as a person would (shared by the
keystroke tests)."""

from __future__ import annotations

from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from flegme.settings import Settings
from flegme.ui.editor import DraftEditor
from flegme.ui.main_window import MainWindow


def window_with(qtbot: QtBot, text: str, platforms: list[str]) -> MainWindow:
    """A shown window whose editor holds `text`, checked for `platforms`."""
    window = MainWindow(None, Settings())
    qtbot.addWidget(window)
    window.show()
    window.leader.platforms.set_selected(platforms)
    window.leader.editor.setPlainText(text)
    window.scheduler.check_now()
    return window


def type_at(qtbot: QtBot, editor: DraftEditor, position: int, keys: str) -> None:
    """Type `keys` at `position`, then wait until the editor has taken the edit in."""
    cursor = editor.textCursor()
    cursor.setPosition(position)
    editor.setTextCursor(cursor)
    editor.setFocus()
    QTest.keyClicks(editor, keys)
    qtbot.waitUntil(lambda: editor._positions.text == editor.toPlainText(), timeout=3000)
