"""End to end, offscreen: the leader, the assistant and the comms lead go round the loop."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from flegme.engine.report import Severity
from flegme.review.models import Role, Status
from flegme.ui import dialogs, leader_actions
from flegme.ui.main_window import MainWindow
from flegme.vault import Vault
from tests.e2e import loop_steps as steps
from tests.ui.cells import cell

pytestmark = [pytest.mark.e2e, pytest.mark.gui]


@pytest.fixture
def windows(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> Iterator[list[MainWindow]]:
    monkeypatch.setattr(leader_actions, "ask_text", dialogs.ask_text)  # restored after
    opened: list[MainWindow] = []
    yield opened
    for shown in opened:
        shown.vault = None  # the fixture's vault outlives the windows
        qtbot.addWidget(shown)


def no_snap(_name: str, _window: MainWindow) -> None:
    pass


def test_the_whole_review_loop(qtbot: QtBot, gui_vault: Vault,
                               windows: list[MainWindow]) -> None:
    leader = steps.leader_drafts_in_anger(gui_vault, no_snap)
    windows.append(leader)
    draft_id = leader.leader.draft_id
    assert draft_id is not None and gui_vault.get_draft(draft_id).impulsive
    assert steps.status(gui_vault, draft_id) is Status.DRAFT  # the gate held it
    assert "minute" in leader.leader.gate.text()
    errors = steps.dismiss_errors(leader)
    assert any("few words" in e for e in errors), errors  # "x" is not a reason

    assert steps.leader_rewrites_and_sends(leader, no_snap) == draft_id
    assert steps.status(gui_vault, draft_id) is Status.IN_REVIEW
    assert "In review" in leader.leader.state.text()
    assert leader.leader.editor.isReadOnly() and leader.leader.take_back_button.isVisible()

    assistant = steps.assistant_comments_and_requests_changes(gui_vault, draft_id, no_snap)
    windows.append(assistant)
    assert steps.status(gui_vault, draft_id) is Status.CHANGES_REQUESTED

    view = leader.leader
    view.refresh_list()
    steps.settle()
    assert view.model.new_feedback(draft_id) == 2  # the comment and the change request
    steps.leader_sees_edits_replies_resends(leader, draft_id, no_snap)
    thread = view.feedback.threads[0]
    assert thread.anchor is not None and thread.anchor.quote == steps.PASSAGE
    assert thread.event.resolved and thread.replies[0].text.startswith("Done")
    start = steps.EDITED.index(steps.PASSAGE)
    assert (thread.anchor.start, thread.anchor.end) == (start, start + len(steps.PASSAGE))
    assert thread.event.author_role is Role.ASSISTANT
    assert "assistant" in view.feedback.list.item(0).text()  # who, beside when
    assert view.model.new_feedback(draft_id) == 0  # read when opened
    assert steps.status(gui_vault, draft_id) is Status.IN_REVIEW

    steps.assistant_approves(assistant, draft_id, no_snap)
    assert assistant.review.diff.isVisible() and "March" in assistant.review.diff.toPlainText()
    assert steps.status(gui_vault, draft_id) is Status.APPROVED

    lead = steps.comms_lead_bans_a_term(gui_vault, no_snap)
    windows.append(lead)
    assert lead.style_editor.try_findings.count() > 0
    qtbot.waitUntil(lambda: lead.audit.table.rowCount() == 5)  # the trail loads off-thread
    # (created, sent, sent back, sent again, approved)
    reasons = {cell(lead.audit.table, r, 3) for r in range(lead.audit.table.rowCount())}
    assert "in review → approved" in reasons

    steps.leader_next_check_shows_it(leader, no_snap)
    findings = leader.leader.editor.findings
    text = steps.LATER
    assert any(text[f.start:f.end].lower() == steps.BANNED for f in findings)
    assert any(f.rule == "tone.exclamations" and f.severity is Severity.ERROR
               for f in findings)
