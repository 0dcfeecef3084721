"""Saving off the GUI thread: writes land in the order made, a superseded autosave is never
written, errors are said, closing waits for the queue (bounded) and says what was not saved,
and refreshes leave the panes where the leader put them."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from flegme.engine.report import PlatformCount
from flegme.errors import VaultError
from flegme.review.models import Status
from flegme.settings import Settings
from flegme.ui import main_window
from flegme.ui.main_window import MainWindow
from flegme.vault import Vault

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot: QtBot, gui_vault: Vault) -> Iterator[MainWindow]:
    shown = MainWindow(gui_vault, Settings(role="leader"))
    qtbot.addWidget(shown)
    shown.show()
    yield shown


def hold_writer(window: MainWindow) -> threading.Event:
    """Keep the window's writer thread busy until the returned event is set."""
    release, started = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        release.wait(20)

    window.runner.post(hold, label="a slow disk")
    assert started.wait(10)
    return release


def write(window: MainWindow, text: str) -> None:
    window.leader.editor.setPlainText(text)
    window.leader.autosave()


def errors(window: MainWindow) -> list[str]:
    return [box.text() for box in window.findChildren(QMessageBox, "errorDialog")
            if box.isVisible()]


def test_saves_return_at_once_and_superseded_autosaves_are_never_written(
        window: MainWindow, gui_vault: Vault) -> None:
    release = hold_writer(window)
    for text in ("Twelve", "Twelve bikes", "Twelve bikes repaired."):
        write(window, text)
    assert window.leader.draft_id is None  # nothing written yet: the writer is busy
    assert not window.leader.editor.isReadOnly()  # and the leader keeps typing
    release.set()
    assert window.runner.settle()
    draft_id = window.leader.draft_id
    assert draft_id is not None
    assert [r.body for r in gui_vault.revisions(draft_id)] == ["Twelve bikes repaired."]
    assert window.runner.writes.coalesced == 2


def test_writes_land_in_the_order_they_were_made(window: MainWindow, gui_vault: Vault) -> None:
    release = hold_writer(window)
    write(window, "We repaired twelve bikes this morning.")
    window.leader.send_to_review()  # after the save it follows, never before
    write(window, "Edited while it is sent: refused, said, kept on screen.")
    release.set()
    assert window.runner.settle()
    assert any("Take it back" in text for text in errors(window))
    draft_id = window.leader.draft_id
    assert draft_id is not None
    draft = gui_vault.get_draft(draft_id)
    assert draft.status is Status.IN_REVIEW
    assert draft.body == "We repaired twelve bikes this morning."
    assert window.leader.editor.isReadOnly() and "In review" in window.leader.state.text()


def test_a_failed_save_is_said_and_tried_again(window: MainWindow, gui_vault: Vault,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    service = window.leader.service
    assert service is not None
    write(window, "First words.")
    assert window.runner.settle() and window.leader.draft_id is not None

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise VaultError("The disk is full.")

    monkeypatch.setattr(service, "save", full_disk)
    write(window, "First words, then more.")
    assert window.runner.settle()
    assert any("disk is full" in text for text in errors(window))
    assert window.leader.save_error == "The disk is full."
    monkeypatch.undo()
    window.leader.autosave()  # the same text: tried again, not skipped
    assert window.runner.settle() and window.leader.save_error is None
    assert gui_vault.get_draft(window.leader.draft_id).body == "First words, then more."


def test_closing_waits_for_the_queued_saves(window: MainWindow, gui_vault: Vault) -> None:
    release = hold_writer(window)
    write(window, "Typed just before closing.")
    threading.Timer(0.2, release.set).start()
    assert window.close()  # waited for the writer, then closed the vault
    with Vault.open(gui_vault.path) as reopened:
        assert [d.title for d in reopened.list_drafts()] == ["Typed just before closing."]


def test_closing_says_what_could_not_be_saved_in_time(
        window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(main_window, "CLOSE_WAIT_MS", 100)
    release = hold_writer(window)
    write(window, "Stuck behind a slow disk.")
    assert not window.close()  # never closes over unsaved text silently
    said = errors(window)
    assert any("a slow disk" in text and "Stuck behind a slow disk" in text for text in said)
    release.set()
    assert window.runner.settle()
    assert window.close()


def test_findings_tree_keeps_selection_groups_and_scroll_across_rebuilds(
        qtbot: QtBot, window: MainWindow) -> None:
    leader = window.leader
    jargon = ("Our KPI and ROI rose. We disrupt the paradigm with bandwidth and "
              "deliverables. Going forward we will circle back to optimise the low-hanging "
              "fruit and move the needle on our core competencies.")
    leader.editor.setPlainText("They NEVER answer!!! We leverage synergies. " + jargon)
    window.scheduler.check_now()
    tree = leader.panel.tree
    tree.resize(300, 150)
    groups = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert len(groups) == 2 and all(g is not None and g.childCount() > 1 for g in groups)
    composure, words = groups[0], groups[1]
    assert composure is not None and words is not None
    composure.setExpanded(False)  # the leader closed it: it stays closed
    chosen = words.child(3)
    assert chosen is not None
    tree.setCurrentItem(chosen)
    chosen_text, detail = chosen.text(0), leader.panel.detail.text()
    rows = words.childCount()
    assert tree.verticalScrollBar().maximum() >= 4
    tree.verticalScrollBar().setValue(2)
    leader.editor.setPlainText("They NEVER answer!!! " + jargon)  # two findings fewer
    window.scheduler.check_now()
    rebuilt = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    assert rebuilt[1] is not None and rebuilt[1].childCount() == rows - 2  # rebuilt
    current = tree.currentItem()
    assert current is not None and current.text(0) == chosen_text  # the same finding
    assert leader.panel.detail.text() == detail
    assert rebuilt[0] is not None and not rebuilt[0].isExpanded()
    assert tree.verticalScrollBar().value() == 2


def test_feedback_refresh_keeps_the_selection_and_does_not_move_the_cursor(
        qtbot: QtBot, window: MainWindow, gui_vault: Vault) -> None:
    from flegme.review.identity import Identity
    from flegme.review.models import Role
    from flegme.review.service import ReviewService
    from flegme.vault import VaultRepository

    write(window, "We repaired twelve bikes. Thanks to the Saturday team.")
    window.leader.send_to_review()
    assert window.runner.settle()
    draft_id = window.leader.draft_id
    assert draft_id is not None
    assistant = ReviewService(VaultRepository(gui_vault), Identity("Sam", Role.ASSISTANT))
    assistant.comment(draft_id, text="Which bikes?", start=3, end=11)
    assistant.comment(draft_id, text="Name the team?", start=30, end=45)
    assistant.request_changes(draft_id, text="See the comments.")
    leader = window.leader
    leader.open_draft(draft_id)
    assert window.runner.settle()
    leader.feedback.list.setCurrentRow(1)
    cursor = leader.editor.textCursor()
    cursor.setPosition(0)
    leader.editor.setTextCursor(cursor)
    leader.refresh_list()  # e.g. after each autosave: the same feedback
    assert window.runner.settle()
    assert leader.feedback.list.currentRow() == 1
    assert leader.editor.textCursor().position() == 0  # the passage was not selected again
    second = leader.feedback.threads[1].event.id
    assistant.reply(second, draft_id, text="Or thank them by name.")  # new feedback: rebuilt
    leader.refresh_list()
    assert window.runner.settle()
    assert len(leader.feedback.threads[1].replies) == 1
    assert leader.feedback.list.currentRow() == 1
    assert leader.editor.textCursor().position() == 0


def test_counters_only_for_checked_platforms(window: MainWindow) -> None:
    bar = window.leader.platforms
    bar.set_selected(["linkedin"])
    late = (PlatformCount("x", 23, 280, None), PlatformCount("linkedin", 23, 3000, None))
    bar.show_counts("Prix : 20 € pour tous.", late)  # a report from before X was unchecked
    assert bar.counters["x"].text() == "" and bar.counters["linkedin"].text() == "23/3000"
