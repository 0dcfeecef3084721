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
from flegme.review.anchors import Thread
from flegme.review.models import Draft, DraftSummary
from flegme.review.service import ReviewDiff, ReviewService
from flegme.style.model import HouseStyle
from flegme.ui.dialogs import ask_text, diff_html, show_error
from flegme.ui.drafts_model import DraftsModel
from flegme.ui.editor import DraftEditor
from flegme.ui.feedback_panel import FeedbackPanel
from flegme.ui.findings_panel import FindingsPanel
from flegme.ui.labels import error_text
from flegme.ui.tasks import TaskRunner

# what opening a draft reads: the draft, why it was held, the diff, feedback, unread counts
Opened = tuple[Draft, str | None, ReviewDiff | None, list[Thread], dict[int, int]]

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
        self.model = DraftsModel(self.runner)
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
        self.feedback = FeedbackPanel(runner=self.runner)
        self.feedback.changed.connect(self._show_events)  # a reply or resolution stored
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
        """Show a draft read-only with its findings, changes and feedback (then marked read);
        read through the write queue, after this person's writes queued before."""
        service = self.service
        if service is None:
            return
        self.draft_id = draft_id  # a decision made at once applies to this draft

        def read() -> Opened:
            draft = service.get_draft(draft_id)
            held, diff = service.held_reason(draft_id), service.review_diff(draft_id)
            threads = service.threads(draft_id)
            service.mark_read(draft_id)
            return draft, held, diff, threads, service.new_feedback()

        self.runner.post(read, self._show_draft,
                         on_error=lambda exc: self._failed(self.tr("Not opened"), exc))

    def _show_draft(self, opened: Opened) -> None:
        draft, held, diff, threads, unread = opened
        if draft.id != self.draft_id:
            return  # another draft was opened meanwhile
        header = (f"<b>{html.escape(draft.title)}</b> — "
                  f"{html.escape(', '.join(draft.platforms))}")
        if held:
            reason = held.split(":", 1)[1].strip()
            header += "<br>" + html.escape(self.tr(
                "Held as written in anger; the leader sent it anyway: “%1”").replace("%1",
                                                                                   reason))
        self.header.setText(header)
        self.reader.setPlainText(draft.body)
        self._show_diff(None if diff is None or diff.reviewed is None else
                        diff_html(diff.reviewed.body, diff.current.body))
        engine, body, platforms = self.engine, draft.body, draft.platforms
        self.runner.run_task(lambda: engine.check(body, platforms), self._show_report,
                             key="review-check")
        self.feedback.attach(self.service, draft.id, self.reader)
        self.feedback.show_loaded(threads)
        self.model.set_feedback(unread)

    def _failed(self, title: str, exc: BaseException) -> None:
        if not isinstance(exc, FlegmeError):
            raise exc
        show_error(self, title, error_text(exc))

    def _show_diff(self, rendered: str | None) -> None:
        self.diff.setVisible(rendered is not None)
        self.diff_label.setVisible(rendered is not None)
        self.diff.setHtml(rendered or "")

    def _show_report(self, report: Report) -> None:
        if self.reader.set_findings(report.text, report.findings):
            self.panel.show_report(report, None, self.house.tone.threshold,
                                   self.house.promotion.threshold)

    def _show_events(self) -> None:
        """The feedback on the open draft, read after the writes queued before."""
        service, draft_id = self.service, self.draft_id
        self.feedback.attach(service, draft_id, self.reader)
        if service is None or draft_id is None:
            self.feedback.show_loaded([])
            return

        def show(threads: list[Thread]) -> None:
            if draft_id == self.draft_id:
                self.feedback.show_loaded(threads)

        self.runner.post(lambda: service.threads(draft_id), show,
                         on_error=lambda exc: self._failed(self.tr("Not opened"), exc))

    def add_comment(self) -> None:
        """A comment on the passage selected in the reader (or the whole draft)."""
        service, draft_id = self.service, self.draft_id
        if service is None or draft_id is None or not self.comment.text().strip():
            return
        start, end = self.reader.selected_span()
        text = self.comment.text()

        def done(_event: object) -> None:
            self.comment.clear()
            self._show_events()
            self.changed.emit()

        self.runner.post(lambda: service.comment(draft_id, text=text, start=start, end=end),
                         done, on_error=lambda exc: self._failed(self.tr("Comment not saved"),
                                                                 exc),
                         label=self.tr("a comment"))

    def approve(self) -> None:
        """Approve the draft shown."""
        service, draft_id = self.service, self.draft_id
        if service is None or draft_id is None:
            return
        self.runner.post(lambda: service.approve(draft_id),
                         lambda _draft: self._after_decision(self.tr("Approved.")),
                         on_error=lambda exc: self._failed(self.tr("Not approved"), exc),
                         label=self.tr("an approval"))

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
        service, draft_id = self.service, self.draft_id
        if service is None or draft_id is None:
            return
        self.runner.post(lambda: service.request_changes(draft_id, text=text),
                         lambda _draft: self._after_decision(
                             self.tr("Sent back to the author.")),
                         on_error=lambda exc: self._failed(self.tr("Not sent back"), exc),
                         label=self.tr("a change request"))

    def _after_decision(self, message: str) -> None:
        self.status.emit(message)
        self._show_events()
        self.refresh()
        self.changed.emit()
