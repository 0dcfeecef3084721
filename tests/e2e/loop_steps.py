"""The review loop as three people live it, driven through real windows on one vault.
Used by the e2e test (which checks each step) and by scripts/screenshots.py (which
photographs each step)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from flegme.review.models import Status
from flegme.settings import Settings
from flegme.ui import leader_actions
from flegme.ui.main_window import MainWindow
from flegme.vault import Vault

ANGRY = "They NEVER answer our emails. Pathetic idiots, we know who you are!!!"
CALM = ("Our repair workshop answered 240 requests this month. Twelve apprentices "
        "now fix bikes for the whole neighbourhood.")
PASSAGE = "240 requests"
EDITED = CALM.replace("this month", "in March (our best month yet)")
BANNED = "moonshot"
LATER = "Our moonshot: a repair workshop in every district by 2030!!"
Snap = Callable[[str, MainWindow], None]


def settle(rounds: int = 30) -> None:
    """Let every window's queued writes and background reads finish, then queued signals and
    timers run."""
    for shown in QApplication.topLevelWidgets():
        if isinstance(shown, MainWindow) and shown.vault is not None:
            shown.runner.settle()
    for _ in range(rounds):
        QCoreApplication.processEvents()


def window(vault: Vault, role: str) -> MainWindow:
    """A window on the shared vault, in a role (the three people of the loop)."""
    shown = MainWindow(vault, Settings(role=role))
    shown.resize(1360, 860)
    shown.show()
    settle()
    return shown


def dismiss_errors(shown: MainWindow) -> list[str]:
    """Close the error dialogs open on a window; returns their texts."""
    texts = []
    for box in shown.findChildren(QMessageBox, "errorDialog"):
        if box.isVisible():
            texts.append(box.text())
            box.close()
    return texts


def type_into(shown: MainWindow, text: str) -> None:
    """Replace the editor's text as one edit (as a paste would), then let autosave run."""
    editor = shown.leader.editor
    cursor = editor.textCursor()
    cursor.select(cursor.SelectionType.Document)
    cursor.insertText(text)
    editor.setTextCursor(cursor)
    shown.scheduler.check_now()
    shown.leader.autosave()
    settle()


def answer_reason_boxes(answers: list[str | None]) -> None:
    """The next cooling-off reason boxes get these answers (None = Cancel)."""
    vars(leader_actions)["ask_text"] = lambda *_args: answers.pop(0)


def leader_drafts_in_anger(vault: Vault, snap: Snap) -> MainWindow:
    """1. The leader drafts an angry post; the gate holds it."""
    leader = window(vault, "leader")
    leader.leader.new_draft()
    type_into(leader, ANGRY)
    snap("1-leader-angry-draft", leader)
    answer_reason_boxes([None, "x"])
    leader.leader.send_to_review()  # cancelled: nothing happens
    leader.leader.send_to_review()  # "x" is not a reason
    settle()
    snap("2-gate-holds", leader)
    return leader


def leader_rewrites_and_sends(leader: MainWindow, snap: Snap) -> int:
    """2. The leader rewrites calmly and sends it (no reason needed now)."""
    dismiss_errors(leader)
    type_into(leader, CALM)
    answer_reason_boxes([])
    leader.leader.send_to_review()
    settle()
    snap("3-leader-sent", leader)
    assert leader.leader.draft_id is not None
    return leader.leader.draft_id


def assistant_comments_and_requests_changes(vault: Vault, draft_id: int,
                                            snap: Snap) -> MainWindow:
    """3. The assistant comments on a passage and requests changes."""
    assistant = window(vault, "assistant")
    review = assistant.review
    review.refresh()
    review.open_draft(draft_id)
    settle()
    start = CALM.index(PASSAGE)
    review.reader.select_span(start, start + len(PASSAGE))
    review.comment.setText("Over which period? Say 'in March' so readers can compare.")
    review.add_comment()
    review.request_changes_with("Please give the period for the 240 requests.")
    settle()
    review.open_draft(draft_id)
    settle()
    snap("4-assistant-requests-changes", assistant)
    return assistant


def leader_sees_edits_replies_resends(leader: MainWindow, draft_id: int, snap: Snap) -> None:
    """4. The leader sees the comment on the passage, edits, replies, resends."""
    view = leader.leader
    view.refresh_list()
    settle()
    snap("5-leader-sees-new-feedback", leader)
    view.open_draft(draft_id)
    settle()
    view.side.setCurrentWidget(view.feedback)
    view.feedback.list.setCurrentRow(0)
    settle()
    snap("6-leader-sees-the-comment", leader)
    type_into(leader, EDITED)
    view.feedback.list.setCurrentRow(0)
    view.feedback.reply.setText("Done: it was March, our best month yet.")
    view.feedback.reply_button.click()
    view.feedback.resolve_button.click()
    settle()
    view.send_to_review()
    settle()
    snap("7-leader-replied-and-resent", leader)


def assistant_approves(assistant: MainWindow, draft_id: int, snap: Snap) -> None:
    """5. The assistant sees what changed and approves."""
    review = assistant.review
    review.refresh()
    review.open_draft(draft_id)
    settle()
    snap("8-assistant-sees-the-diff", assistant)
    review.approve()
    settle()


def comms_lead_bans_a_term(vault: Vault, snap: Snap) -> MainWindow:
    """6. The comms lead bans a term and makes exclamation marks an error."""
    lead = window(vault, "comms_lead")
    editor = lead.style_editor
    editor.banned.setText(BANNED)
    editor.banned.textEdited.emit(BANNED)
    editor.rules_table.set_severity("tone.exclamations", "error")
    editor.sample.setPlainText(LATER)
    settle()
    editor.apply_form()
    editor.validate()
    settle()
    snap("9-comms-lead-bans-a-term", lead)
    editor.save()
    lead.tabs.setCurrentWidget(lead.audit)
    settle()
    snap("10-comms-lead-audit-trail", lead)
    return lead


def leader_next_check_shows_it(leader: MainWindow, snap: Snap) -> None:
    """7. The leader's next check follows the new house style."""
    leader.tabs.setCurrentIndex(1)
    leader.tabs.setCurrentIndex(0)  # back to the drafts: the style in force is re-read
    settle()  # (off the GUI thread)
    leader.leader.new_draft()
    type_into(leader, LATER)
    tree = leader.leader.panel.tree
    for i in range(tree.topLevelItemCount()):
        group = tree.topLevelItem(i)
        child = group.child(0) if group is not None else None
        if child is not None and BANNED in child.text(0):
            tree.setCurrentItem(child)  # its reason and fix show below the list
    settle()
    snap("11-leader-next-check", leader)


def status(vault: Vault, draft_id: int) -> Status:
    """Where the draft stands, read from the vault."""
    return vault.get_draft(draft_id).status
