"""The window's cold start: it paints before it checks, builds the pages other than the
leader's when they are first shown, and a keystroke re-sets only the underlines that changed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from flegme.review.models import Role
from flegme.settings import Settings
from flegme.ui import app as ui_app
from flegme.ui.editor import DraftEditor
from flegme.ui.main_window import MainWindow
from flegme.ui.positions import PositionMap
from flegme.vault import Vault
from tests.drafting import add_draft
from tests.ui.typing_window import type_at, window_with

pytestmark = pytest.mark.gui
POST = ("We will leverage synergies to disrupt the market.\n\n"
        "They NEVER answer our emails!!! 🚲 Come to the workshop on Saturday.")


class _Paints(QObject):
    def __init__(self, events: list[str]) -> None:
        super().__init__()
        self.events = events

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.events.append("paint")
        return False


def _first_draft(vault: Vault) -> None:
    add_draft(vault, title="Board", body=POST, language="en", platforms=["linkedin", "x"],
              role=Role.LEADER)


def test_the_window_paints_before_its_first_check(qtbot: QtBot, gui_vault: Vault,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    _first_draft(gui_vault)
    events: list[str] = []
    spy = _Paints(events)
    opened: list[MainWindow] = []

    class Watched(MainWindow):  # the spy is in place before the window is shown
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)  # type: ignore[arg-type]
            self.leader.editor.viewport().installEventFilter(spy)
            self.scheduler.reportReady.connect(lambda _report: events.append("check"))
            opened.append(self)

    monkeypatch.setattr("flegme.ui.main_window.MainWindow", Watched)
    monkeypatch.setattr(ui_app, "_vault", lambda _args, _settings: gui_vault)
    monkeypatch.setattr(ui_app, "_team_login", lambda _settings: None)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = ui_app.open_window(app, ui_app.parse_args([]))
    assert isinstance(window, Watched) and opened == [window]
    qtbot.addWidget(window)
    try:
        assert window.leader.editor.toPlainText() == POST  # the draft is there at once
        assert not window.scheduler.started and events == []  # nothing checked yet
        qtbot.waitUntil(lambda: "check" in events, timeout=5000)
        assert events[0] == "paint" and events.index("check") > 0
        assert window.scheduler.started and window.leader.editor.findings
        assert window.leader.platforms.counters["x"].text().endswith("/280")
    finally:
        window.vault = None  # the fixture closes it
        window.service = window.leader.service = None


def test_checks_start_even_if_the_window_is_never_painted(qtbot: QtBot) -> None:
    window = MainWindow(None, Settings(), defer_checks=True)
    qtbot.addWidget(window)  # never shown
    window.leader.editor.setPlainText(POST)
    assert not window.scheduler.started and window.scheduler.last_report is None
    qtbot.waitUntil(lambda: window.scheduler.last_report is not None, timeout=5000)
    report = window.scheduler.last_report
    assert report is not None and report.text == POST  # the latest text, once started


def test_a_window_that_does_not_defer_checks_at_once(qtbot: QtBot) -> None:
    window = MainWindow(None, Settings())
    qtbot.addWidget(window)
    assert window.scheduler.started
    window.leader.editor.setPlainText(POST)
    report = window.scheduler.check_now()
    assert report is not None and report.text == POST


def test_pages_other_than_the_leaders_are_built_when_first_shown(qtbot: QtBot,
                                                                 gui_vault: Vault) -> None:
    window = MainWindow(gui_vault, Settings(role="leader"))
    qtbot.addWidget(window)
    window.show()
    assert window.tabs.count() == 3 and window.tabs.currentWidget() is window.leader
    assert not window.page_built("review") and not window.page_built("style_editor")
    placeholder = window.tabs.widget(1)
    window.tabs.setCurrentIndex(1)
    assert window.page_built("review") and not window.page_built("style_editor")
    assert window.tabs.currentIndex() == 1 and window.tabs.widget(1) is window.review
    assert window.tabs.widget(1) is not placeholder and window.tabs.tabText(1) == "Review"
    assert window.review.engine is window.engine and window.review.service is window.service
    window.tabs.setCurrentIndex(2)
    assert window.tabs.widget(2) is window.style_editor and window.tabs.tabText(2) == \
        "House style"
    window.tabs.setCurrentIndex(0)
    assert window.tabs.widget(1) is window.review  # built once


def test_a_page_asked_for_before_it_is_shown_takes_its_tabs_place(qtbot: QtBot,
                                                                  gui_vault: Vault) -> None:
    window = MainWindow(gui_vault, Settings(role="comms_lead"))
    qtbot.addWidget(window)
    # The comms lead starts on the house style; the audit trail waits for its tab.
    assert window.page_built("style_editor") and not window.page_built("audit")
    assert window.tabs.currentWidget() is window.style_editor
    audit = window.audit  # asked for (e.g. by team mode): built, in its tab, not shown
    assert window.tabs.widget(3) is audit and window.tabs.currentWidget() is window.style_editor


def test_the_assistant_starts_on_a_built_review_page(qtbot: QtBot, gui_vault: Vault) -> None:
    window = MainWindow(gui_vault, Settings(role="assistant"))
    qtbot.addWidget(window)
    assert window.tabs.currentWidget() is window.review and window.page_built("review")
    assert not window.page_built("style_editor")


def _shown_match_findings(editor: DraftEditor) -> bool:
    positions = PositionMap(editor.toPlainText())
    shown = sorted((s.cursor.selectionStart(), s.cursor.selectionEnd())
                   for s in editor.extraSelections())
    wanted = [(positions.to_qt(f.start), positions.to_qt(f.end)) for f in editor.findings
              if f.start < f.end]
    report = editor._fold_at
    if report is not None and report < len(positions.text):
        wanted.append((positions.to_qt(report), positions.qt_length))
    return shown == sorted(wanted)


def _count_made(monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, int]]:
    made: list[tuple[int, int]] = []
    real = DraftEditor._new_underline

    def counted(self: DraftEditor, start: int, end: int, look: object) -> object:
        made.append((start, end))
        return real(self, start, end, look)  # type: ignore[arg-type]

    monkeypatch.setattr(DraftEditor, "_new_underline", counted)
    return made


def test_a_keystroke_makes_only_the_underlines_that_changed(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_with(qtbot, POST, [])
    editor = window.leader.editor
    made = _count_made(monkeypatch)
    shown = len(editor.extraSelections())
    assert shown >= 3
    type_at(qtbot, editor, 0, "So ")  # every underline moves: none is made again
    assert made == [] and _shown_match_findings(editor)
    type_at(qtbot, editor, len(editor.toPlainText()), " Let us leverage it.")  # one more
    assert 1 <= len(made) < shown and _shown_match_findings(editor)


def test_an_underline_around_the_edit_is_kept(qtbot: QtBot,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    text = POST + "\n\n" + "Our riders keep the city moving every single day. " * 8
    window = window_with(qtbot, text, ["x"])
    editor = window.leader.editor
    x_over = next(f for f in editor.findings if f.rule == "length.over_limit")
    made = _count_made(monkeypatch)
    type_at(qtbot, editor, len(text) - 10, "x")  # inside the part past X's limit
    assert made == [] and _shown_match_findings(editor)
    moved = next(f for f in editor.findings if f.rule == "length.over_limit")
    assert (moved.start, moved.end) == (x_over.start, x_over.end + 1)


def test_underlines_stay_right_through_edits_around_them(qtbot: QtBot) -> None:
    window = window_with(qtbot, POST, ["x", "linkedin"])
    editor = window.leader.editor
    edits = [(0, "a"), (3, "🚲"), (10, "leverage "), (len(POST) // 2, "x"), (5, "aa"),
             (20, "\n\n")]
    for position, keys in edits:  # ends of underlines, emoji before them, repeated letters
        at = PositionMap(editor.toPlainText()).to_qt(position)
        if keys.isascii() and keys.isprintable():
            type_at(qtbot, editor, at, keys)
        else:  # (QTest types ASCII only: pasted, as one edit)
            cursor = editor.textCursor()
            cursor.setPosition(at)
            cursor.insertText(keys)
            qtbot.waitUntil(lambda: editor._positions.text == editor.toPlainText(),
                            timeout=3000)
        assert _shown_match_findings(editor)
    cursor = editor.textCursor()  # deletions too
    for _ in range(4):
        cursor.setPosition(12)
        cursor.setPosition(14, cursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
        qtbot.waitUntil(lambda: editor._positions.text == editor.toPlainText(), timeout=3000)
        assert _shown_match_findings(editor)


def test_the_keyring_warm_up_starts_once_and_not_without_a_vault(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from flegme import secrets, ui_entry

    found: list[str] = []
    done = threading.Event()

    def find_backend() -> None:
        found.append(threading.current_thread().name)
        done.set()

    monkeypatch.setattr(secrets, "_warm_up", None)
    monkeypatch.setattr(secrets, "_find_backend", find_backend)
    monkeypatch.setattr("importlib.import_module", lambda _name: _NoWindow())
    assert ui_entry.run_window(["--no-vault"]) == 0
    assert secrets._warm_up is None  # no vault: no keyring to find
    assert ui_entry.run_window(["--vault", "x.vault"]) == 0
    secrets.warm_up_in_background()  # (the window's own call: already started)
    assert done.wait(5)
    assert secrets._warm_up is not None
    secrets._warm_up.join(5)
    assert found == ["keyring-warm-up"]


class _NoWindow:
    """Stands in for flegme.ui.app: the window is not what these tests look at."""

    @staticmethod
    def run(_argv: list[str]) -> int:
        return 0
