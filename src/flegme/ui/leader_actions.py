"""The leader's actions on the open draft and where it stands: send to review (asking for a
reason while it cools off), take back, copy, history, mark as published. Every write goes
through the write queue, after the save of the text it acts on."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QWidget

from flegme.errors import FlegmeError
from flegme.review.models import Draft, Revision, Status
from flegme.review.service import EDITABLE, ReviewService
from flegme.ui.dialogs import HistoryDialog, ask_text
from flegme.ui.editor import DraftEditor
from flegme.ui.labels import status_label
from flegme.ui.leader_saving import DraftRef
from flegme.ui.platform_bar import PlatformBar
from flegme.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    _Widget = QWidget
else:
    _Widget = object


class LeaderActions(_Widget):
    """The leader view's actions and state line (a part of `LeaderView`)."""

    service: ReviewService | None
    runner: TaskRunner
    editor: DraftEditor
    title: QLineEdit
    platforms: PlatformBar
    ref: DraftRef
    gate: QLabel
    state: QLabel
    gate_timer: QTimer
    review_button: QPushButton
    take_back_button: QPushButton
    if TYPE_CHECKING:
        status: SignalInstance

        def autosave(self) -> None: ...
        def refresh_list(self) -> None: ...
        def write_failed(self, title: str, exc: BaseException) -> None: ...

    # -- where the draft stands ------------------------------------------------------------

    def _show_state(self) -> None:
        """Read where the draft stands (off the GUI thread), then show it."""
        service, ref = self.service, self.ref
        if service is None or ref.id is None:
            self._apply_state(None, None)
            return
        draft_id = ref.id

        def read() -> tuple[Draft, datetime | None]:
            return service.get_draft(draft_id), service.cooling_off_until(draft_id)

        def show(got: tuple[Draft, datetime | None]) -> None:
            if ref is self.ref:
                self._apply_state(*got)

        self.runner.run_task(read, show, key="draft-state", on_error=self._state_failed)

    def _state_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, FlegmeError):  # e.g. a tick after the vault closed: nothing
            raise exc

    def _apply_state(self, draft: Draft | None, until: datetime | None) -> None:
        """What the leader can do, and the cooling-off countdown."""
        editable = draft is None or draft.status in EDITABLE
        self.editor.setReadOnly(not editable)
        self.title.setReadOnly(not editable)
        self.platforms.setEnabled(editable)
        self.take_back_button.setVisible(draft is not None and draft.status in (
            Status.IN_REVIEW, Status.APPROVED))
        self.review_button.setEnabled(editable)
        if draft is None:
            self.state.setText("")
        elif draft.status is Status.IN_REVIEW:
            self.state.setText(self.tr("In review: the reviewer sees this version. To change "
                                       "it, take it back to edit."))
        elif draft.status is Status.APPROVED:
            self.state.setText(self.tr("Approved: ready to publish. To change it, take it back "
                                       "to edit (it will need a new review)."))
        elif draft.status is Status.CHANGES_REQUESTED:
            self.state.setText(self.tr("Changes requested: see the feedback, edit, then send "
                                       "it again."))
        else:
            self.state.setText(self.tr("Status: %1").replace("%1", status_label(draft.status)))
        if until is None or not editable or self.service is None:
            self.gate.setText("")
            return
        minutes = max(1, int((until - self.service.clock()).total_seconds() // 60) + 1)
        self.gate.setText(self.tr("This draft reads as written in anger. It can go to review "
                                  "in %1 minute(s), or now with a written reason.")
                          .replace("%1", str(minutes)))

    def _moved(self, ref: DraftRef, message: str | None) -> Callable[[Draft], None]:
        def done(draft: Draft) -> None:
            if message:
                self.status.emit(message)
            self.refresh_list()
            if ref is self.ref:
                self._apply_state(draft, None)  # at once; the countdown follows
                self._show_state()
        return done

    # -- actions -----------------------------------------------------------------------------

    def send_to_review(self) -> None:
        """Draft -> in review, as the text stood when asked (one queued write, right after
        its save); while it cools off, asks for a written reason and sends with it."""
        service = self.service
        if service is None:
            return
        self.autosave()
        ref = self.ref

        def send() -> Draft | None:  # on the writer thread: None while it cools off
            if ref.id is None or service.cooling_off_until(ref.id) is not None:
                return None
            return service.send_to_review(ref.id)

        self.runner.post(send, lambda draft: self._sent_or_held(service, ref, draft),
                         on_error=lambda exc: self.write_failed(self.tr("Not sent"), exc),
                         label=self.tr("sending to review"))

    def _sent_or_held(self, service: ReviewService, ref: DraftRef, draft: Draft | None) -> None:
        if draft is not None:
            self._moved(ref, self.tr("Sent to review."))(draft)
            return
        if ref.id is None or ref is not self.ref:
            return
        reason = ask_text(self, self.tr("Cooling-off"),
                          self.tr("Why must this go now? A few words, kept in the audit "
                                  "trail and shown to the reviewer:"))
        if reason is None:
            return
        draft_id = ref.id
        self.runner.post(lambda: service.send_to_review(draft_id, override_reason=reason),
                         self._moved(ref, self.tr("Sent to review.")),
                         on_error=lambda exc: self.write_failed(self.tr("Not sent"), exc),
                         label=self.tr("sending to review"))

    def take_back(self) -> None:
        """In review or approved -> draft, to edit it (it goes to review again after)."""
        service, ref = self.service, self.ref
        if service is None or ref.id is None:
            return
        draft_id = ref.id
        moved = self._moved(ref, None)

        def done(draft: Draft) -> None:
            moved(draft)
            self.editor.setFocus()

        self.runner.post(lambda: service.take_back(draft_id), done,
                         on_error=lambda exc: self.write_failed(self.tr("Not taken back"), exc),
                         label=self.tr("taking back to edit"))

    def copy_text(self) -> None:
        """The post on the clipboard, ready to paste into the platform."""
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.status.emit(self.tr("Copied."))

    def show_history(self) -> None:
        """Revisions with a diff (read after the saves queued); restoring one makes it the
        current text."""
        service, ref = self.service, self.ref
        if service is None or ref.id is None:
            return
        self.autosave()
        draft_id = ref.id
        self.runner.post(lambda: service.revisions(draft_id),
                         lambda revisions: self._history(ref, revisions),
                         on_error=lambda exc: self.write_failed(
                             self.tr("The history could not be read"), exc))

    def _history(self, ref: DraftRef, revisions: list[Revision]) -> None:
        if ref is not self.ref:
            return
        dialog = HistoryDialog(revisions, self)
        if dialog.exec() and dialog.chosen is not None and not self.editor.isReadOnly():
            cursor = self.editor.textCursor()  # one undoable edit, autosaved as a revision
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(dialog.chosen.body)

    def mark_published(self) -> None:
        """Approved -> published, with the post's address."""
        service, ref = self.service, self.ref
        if service is None or ref.id is None:
            return
        url = ask_text(self, self.tr("Published"), self.tr("Address of the published post:"))
        if url is None:
            return
        draft_id = ref.id
        self.runner.post(lambda: service.mark_published(draft_id, url=url),
                         self._moved(ref, None),
                         on_error=lambda exc: self.write_failed(self.tr("Not marked"), exc),
                         label=self.tr("marking as published"))
