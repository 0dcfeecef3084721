"""The reviewer's view: the queue, the draft under review read-only with its findings and
what changed since the last review, comments on a selected passage, approve or request
changes, and the feedback so far (who, when, replies)."""

from __future__ import annotations

import html
import logging

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from flegme.engine.engine import Engine
from flegme.engine.report import Report
from flegme.errors import FlegmeError
from flegme.review.models import DraftSummary
from flegme.review.service import ReviewService
from flegme.style.model import HouseStyle
from flegme.ui.dialogs import ask_text, diff_html, show_error
from flegme.ui.drafts_model import DraftsModel
from flegme.ui.editor import DraftEditor
from flegme.ui.feedback_panel import FeedbackPanel
from flegme.ui.findings_panel import FindingsPanel
from flegme.ui.labels import error_text
from flegme.ui.tasks import TaskRunner

log = logging.getLogger(__name__)


class ReviewView(QWidget):
    """Oldest first: read, comment, approve or send back."""

    status = Signal(str)
    changed = Signal()

    def __init__(self, service: ReviewService | None, engine: Engine, style: HouseStyle,
                 runner: TaskRunner | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service, self.engine, self.house = service, engine, style
        self.runner = runner if runner is not None else TaskRunner(synchronous=True,
                                                                   parent=self)
        self.draft_id: int | None = None
        self.model = DraftsModel()
        self.queue = QListView()
        self.queue.setObjectName("reviewQueue")
        self.queue.setModel(self.model)
        self.queue.clicked.connect(self._open_index)
        self.reader = DraftEditor()
        self.reader.setReadOnly(True)
        self.reader.setPlaceholderText("")
        self.reader.setObjectName("reviewReader")
        self.header = QLabel()
        self.header.setObjectName("reviewHeader")
        self.header.setWordWrap(True)
        self.diff = QTextBrowser()
        self.diff.setObjectName("reviewDiff")
        self.diff.setMaximumHeight(110)
        self.diff_label = QLabel(self.tr("Changed since your last review:"))
        self.comment = QLineEdit(placeholderText=self.tr("Comment on the selected passage…"))
        self.comment.setObjectName("reviewComment")
        self.comment.returnPressed.connect(self.add_comment)
        comment_button = QPushButton(self.tr("Comment"))
        comment_button.setObjectName("commentButton")
        comment_button.clicked.connect(self.add_comment)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        changes_button = QPushButton(self.tr("Request changes…"))
        changes_button.setObjectName("requestChangesButton")
        changes_button.clicked.connect(self.request_changes)
        self.feedback = FeedbackPanel()
        self.events = self.feedback.list
        row = QHBoxLayout()
        row.addWidget(self.comment, 1)
        row.addWidget(comment_button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(changes_button)
        buttons.addStretch(1)
        center = QWidget()
        layout = QVBoxLayout(center)
        layout.addWidget(self.header)
        layout.addWidget(self.diff_label)
        layout.addWidget(self.diff)
        layout.addWidget(self.reader, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Feedback and history")))
        layout.addWidget(self.feedback, 1)
        splitter = QSplitter()
        splitter.addWidget(self.queue)
        splitter.addWidget(center)
        self.panel = FindingsPanel()
        for button in (self.panel.once_button, self.panel.dismiss_button,
                       self.panel.propose_button):
            button.hide()  # dismissing is the author's call, not the reviewer's
        self.panel.findingActivated.connect(self.reader.select_finding)
        splitter.addWidget(self.panel)
        splitter.setSizes([260, 700, 330])
        outer = QHBoxLayout(self)
        outer.addWidget(splitter)
        self._show_diff(None)
        self.refresh()

    def refresh(self) -> None:
        """Reload the queue (drafts in review, oldest first), with unread feedback marked;
        read off the GUI thread."""
        service = self.service
        if service is not None:
            self.runner.run_task(lambda: (service.new_feedback(), service.review_queue()),
                                 self._show_queue, key="review-queue",
                                 on_error=self._queue_failed)

    def _show_queue(self, loaded: tuple[dict[int, int], list[DraftSummary]]) -> None:
        self.model.set_feedback(loaded[0])
        self.model.set_rows(loaded[1])

    def _queue_failed(self, exc: BaseException) -> None:
        """E.g. a damaged vault: say so, keep the window."""
        if not isinstance(exc, FlegmeError):
            log.warning("review queue not read: %r", exc)
            return
        self.model.set_rows([])
        show_error(self, self.tr("The review queue could not be read"), str(exc))

    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is not None:
            self.open_draft(summary.id)

    def open_draft(self, draft_id: int) -> None:
        """Show a draft read-only with its findings, changes and feedback."""
        if self.service is None:
            return
        draft = self.service.get_draft(draft_id)
        self.draft_id = draft.id
        header = (f"<b>{html.escape(draft.title)}</b> — "
                  f"{html.escape(', '.join(draft.platforms))}")
        held = self.service.held_reason(draft.id)
        if held:
            reason = held.split(":", 1)[1].strip()
            header += "<br>" + html.escape(self.tr(
                "Held as written in anger; the leader sent it anyway: “%1”").replace("%1",
                                                                                   reason))
        self.header.setText(header)
        self.reader.setPlainText(draft.body)
        diff = self.service.review_diff(draft.id)
        self._show_diff(None if diff is None or diff.reviewed is None else
                        diff_html(diff.reviewed.body, diff.current.body))
        engine, body, platforms = self.engine, draft.body, draft.platforms
        self.runner.run_task(lambda: engine.check(body, platforms), self._show_report,
                             key="review-check")
        self._show_events()
        self.service.mark_read(draft.id)
        self.model.set_feedback(self.service.new_feedback())

    def _show_diff(self, rendered: str | None) -> None:
        self.diff.setVisible(rendered is not None)
        self.diff_label.setVisible(rendered is not None)
        self.diff.setHtml(rendered or "")

    def _show_report(self, report: Report) -> None:
        if self.reader.set_findings(report.text, report.findings):
            self.panel.show_report(report, None, self.house.tone.threshold,
                                   self.house.promotion.threshold)

    def _show_events(self) -> None:
        self.feedback.load(self.service, self.draft_id, self.reader)

    def add_comment(self) -> None:
        """A comment on the passage selected in the reader (or the whole draft)."""
        if self.service is None or self.draft_id is None or not self.comment.text().strip():
            return
        start, end = self.reader.selected_span()
        try:
            self.service.comment(self.draft_id, text=self.comment.text(), start=start, end=end)
        except FlegmeError as exc:
            show_error(self, self.tr("Comment not saved"), error_text(exc))
            return
        self.comment.clear()
        self._show_events()
        self.changed.emit()

    def approve(self) -> None:
        """Approve the draft shown."""
        if self.service is None or self.draft_id is None:
            return
        try:
            self.service.approve(self.draft_id)
        except FlegmeError as exc:
            show_error(self, self.tr("Not approved"), error_text(exc))
            return
        self.status.emit(self.tr("Approved."))
        self._after_decision()

    def request_changes(self) -> None:
        """Send the draft back with what to change."""
        if self.service is None or self.draft_id is None:
            return
        text = ask_text(self, self.tr("Request changes"), self.tr("What should change?"))
        if text is None:
            return
        self.request_changes_with(text)

    def request_changes_with(self, text: str) -> None:
        """(also used by tests) Send the draft back with `text`."""
        if self.service is None or self.draft_id is None:
            return
        try:
            self.service.request_changes(self.draft_id, text=text)
        except FlegmeError as exc:
            show_error(self, self.tr("Not sent back"), error_text(exc))
            return
        self.status.emit(self.tr("Sent back to the author."))
        self._after_decision()

    def _after_decision(self) -> None:
        self._show_events()
        self.refresh()
        self.changed.emit()
