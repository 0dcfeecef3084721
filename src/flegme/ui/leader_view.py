"""The leader's view: drafts list, editor with live underlines, side panel, platforms."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flegme.engine.report import Finding, Report
from flegme.errors import FlegmeError
from flegme.names import DEFAULT_PLATFORMS
from flegme.review.models import Status
from flegme.review.service import EDITABLE, ReviewService, auto_title
from flegme.style.model import HouseStyle
from flegme.ui.dialogs import HistoryDialog, ask_text, show_error
from flegme.ui.drafts_model import DraftsModel
from flegme.ui.editor import DraftEditor
from flegme.ui.feedback_panel import FeedbackPanel
from flegme.ui.findings_panel import FindingsPanel
from flegme.ui.labels import error_text, status_label
from flegme.ui.platform_bar import PlatformBar
from flegme.ui.workers import CheckScheduler

AUTOSAVE_MS = 1200


class LeaderView(QWidget):
    """Draft, check, save; send to review when the draft is calm."""

    status = Signal(str)

    def __init__(self, service: ReviewService | None, scheduler: CheckScheduler,
                 style: HouseStyle, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.scheduler = scheduler
        self.house = style
        self.draft_id: int | None = None
        self._loading = False
        self.saving_paused = False  # while a backup reads the vault
        self._dismissed: set[tuple[str, str]] = set()  # (rule, excerpt): survives edits around

        self.model = DraftsModel()
        self.search = QLineEdit(placeholderText=self.tr("Search drafts…"))
        self.search.setObjectName("draftSearch")
        self.search.textChanged.connect(self.refresh_list)
        self.list = QListView()
        self.list.setObjectName("draftsList")
        self.list.setModel(self.model)
        self.list.clicked.connect(self._open_index)
        new_button = QPushButton(self.tr("New draft"))
        new_button.clicked.connect(self.new_draft)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(new_button)

        self.title = QLineEdit(placeholderText=self.tr("Title (for you, not published)"))
        self.title.setObjectName("draftTitle")
        self.title.textEdited.connect(self._schedule_autosave)
        self.editor = DraftEditor()
        self.platforms = PlatformBar()
        self.gate = QLabel()
        self.gate.setObjectName("coolingOffLabel")
        self.gate.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("draftState")
        self.state.setWordWrap(True)
        actions = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Send to review"))
        self.review_button.setObjectName("sendToReview")
        self.review_button.clicked.connect(self.send_to_review)
        self.take_back_button = QPushButton(self.tr("Take back to edit"))
        self.take_back_button.setObjectName("takeBack")
        self.take_back_button.clicked.connect(self.take_back)
        copy_button = QPushButton(self.tr("Copy for publishing"))
        copy_button.clicked.connect(self.copy_text)
        history_button = QPushButton(self.tr("History…"))
        history_button.clicked.connect(self.show_history)
        publish_button = QPushButton(self.tr("Mark as published…"))
        publish_button.clicked.connect(self.mark_published)
        for button in (self.review_button, self.take_back_button, copy_button, history_button,
                       publish_button):
            actions.addWidget(button)
        actions.addStretch(1)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.addWidget(self.title)
        center_layout.addWidget(self.platforms)
        center_layout.addWidget(self.editor, 1)
        center_layout.addWidget(self.state)
        center_layout.addWidget(self.gate)
        center_layout.addLayout(actions)

        self.panel = FindingsPanel()
        self.feedback = FeedbackPanel()
        self.side = QTabWidget()
        self.side.setObjectName("leaderSide")
        self.side.addTab(self.panel, self.tr("Findings"))
        self.side.addTab(self.feedback, self.tr("Feedback"))
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(self.side)
        splitter.setSizes([230, 620, 330])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.gate_timer = QTimer(self, interval=30_000)  # the cooling-off countdown
        self.gate_timer.timeout.connect(self._update_gate)
        self.gate_timer.start()
        self.editor.textChanged.connect(self._text_changed)
        self.editor.dismissRequested.connect(self.dismiss)
        self.editor.suggestionApplied.connect(lambda *_: self.status.emit(self.tr("Fixed.")))
        self.panel.findingActivated.connect(self.editor.select_finding)
        self.panel.dismissRequested.connect(self.dismiss)
        self.panel.restoreRequested.connect(self.restore_finding)
        self.platforms.platformsChanged.connect(self._platforms_changed)
        self.feedback.changed.connect(self.show_feedback)
        self.scheduler.reportReady.connect(self.show_report)
        self.scheduler.grammarReady.connect(self.show_report)
        self.refresh_list()

    # -- drafts --------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Reload the drafts list (or the search results), with who has new feedback."""
        service = self.service
        if service is None:
            return
        query = self.search.text().strip()
        try:
            self.model.set_feedback(service.new_feedback())
            if query:
                self.model.set_rows(service.search(query))
            else:
                self.model.set_source(lambda limit, offset: service.list_drafts(limit=limit,
                                                                                offset=offset))
        except FlegmeError as exc:  # e.g. a damaged vault: say so, keep the window
            self.model.set_rows([])
            show_error(self, self.tr("The drafts could not be listed"), str(exc))
        if self.draft_id is not None:
            row = self.model.row_of(self.draft_id)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))
            if not self._loading:  # a reviewer may have moved the open draft meanwhile
                self._show_state()
                self.show_feedback()

    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is not None:
            self.open_draft(summary.id)

    def open_draft(self, draft_id: int) -> None:
        """Show a draft, its state and the reviewers' feedback (now read)."""
        if self.service is None:
            return
        self.autosave()
        draft = self.service.get_draft(draft_id)
        self._loading = True
        self.draft_id = draft.id
        self.title.setText("" if draft.title == auto_title(draft.body) else draft.title)
        self.platforms.set_selected(list(draft.platforms))
        self.editor.setPlainText(draft.body)
        self._dismissed = {(d.rule, d.excerpt.casefold())
                           for d in self.service.dismissals(draft.id)
                           if d.scope != "once" and not d.restored}
        self._loading = False
        self._recheck()
        self.scheduler.check_now()
        self._show_state()
        self.show_feedback()
        if self.feedback.threads:
            self.service.mark_read(draft.id)
            self.refresh_list()

    def new_draft(self) -> None:
        """An empty editor on the default platforms; created in the vault on first save."""
        self.autosave()
        self._loading = True
        self.draft_id = None
        self.title.clear()
        self.editor.clear()
        self.platforms.set_selected(list(DEFAULT_PLATFORMS))
        self.side.setCurrentWidget(self.panel)
        self._dismissed = set()
        self._loading = False
        self.editor.setFocus()
        self._recheck()
        self._show_state()
        self.show_feedback()

    # -- feedback --------------------------------------------------------------------------

    def show_feedback(self) -> None:
        """The reviewers' comments on this draft, anchored on the current text."""
        threads = self.feedback.load(self.service, self.draft_id, self.editor,
                                     hide_resolved_marks=True)
        open_count = sum(1 for t in threads if not t.event.resolved and t.event.kind == "comment")
        self.side.setTabText(1, self.tr("Feedback (%1)").replace("%1", str(open_count))
                             if open_count else self.tr("Feedback"))

    # -- checking ------------------------------------------------------------------------

    def _platforms_changed(self, _platforms: object) -> None:
        self._recheck()
        if not self._loading:
            self._schedule_autosave()

    def _text_changed(self) -> None:
        self._recheck()
        if not self._loading:
            self._schedule_autosave()

    def _recheck(self) -> None:
        self.scheduler.request(self.editor.toPlainText(), tuple(self.platforms.selected()))

    def show_report(self, report: Report) -> None:
        """Underlines, panel, counters for a (non-stale) report."""
        visible = tuple(f for f in report.findings if not self._is_dismissed(report.text, f))
        hidden = [f for f in report.findings if self._is_dismissed(report.text, f)]
        linkedin = next((c for c in report.counts if c.platform == "linkedin"), None)
        if not self.editor.set_findings(report.text, visible,
                                        linkedin.fold_at if linkedin else None):
            return
        shown = replace(report, findings=visible)
        self.panel.show_report(shown, hidden, self.house.tone.threshold,
                               self.house.promotion.threshold)
        self.platforms.show_counts(report.text, report.counts)  # gate: after saves, below

    def _is_dismissed(self, text: str, finding: Finding) -> bool:
        return (finding.rule, text[finding.start:finding.end].casefold()) in self._dismissed

    def dismiss(self, finding: Finding, scope: str) -> None:
        """Hide a finding (once, for this draft, or proposed to the comms lead)."""
        report = self.scheduler.last_report
        if report is None:
            return
        excerpt = report.text[finding.start:finding.end]
        self._dismissed.add((finding.rule, excerpt.casefold()))
        if scope != "once" and self.service is not None:
            self.autosave()
            if self.draft_id is not None:
                self.service.dismiss(self.draft_id, rule=finding.rule, start=finding.start,
                                     end=finding.end, excerpt=excerpt, scope=scope)
        self.show_report(report)

    def restore_finding(self, finding: Finding) -> None:
        """Bring a dismissed finding back."""
        report = self.scheduler.last_report
        if report is None:
            return
        key = (finding.rule, report.text[finding.start:finding.end].casefold())
        self._dismissed.discard(key)
        if self.service is not None and self.draft_id is not None:
            for d in self.service.dismissals(self.draft_id):
                if (d.rule, d.excerpt.casefold()) == key and not d.restored:
                    self.service.restore_dismissal(d.id)
        self.show_report(report)

    # -- saving, review, publishing --------------------------------------------------------

    def _schedule_autosave(self) -> None:
        if self.service is not None and not self.editor.isReadOnly():
            self.autosave_timer.start()

    def autosave(self) -> None:
        """Save the editor as a new revision if it changed (creates the draft the first
        time); the service checks the text itself."""
        self.autosave_timer.stop()
        if self.service is None or self.editor.isReadOnly():
            return
        if self.saving_paused:
            self.autosave_timer.start()  # the text stays in the editor; saved right after
            return
        body, title = self.editor.toPlainText(), self.title.text().strip()
        platforms = self.platforms.selected()
        try:
            if self.draft_id is None:
                if not body.strip():
                    return
                self.draft_id = self.service.create_draft(title=title, body=body,
                                                          platforms=platforms).id
            elif self.service.save(self.draft_id, body=body, title=title or None,
                                   platforms=platforms) is None:
                return
        except FlegmeError as exc:
            show_error(self, self.tr("Not saved"), error_text(exc))
            return
        self.status.emit(self.tr("Saved."))
        self.refresh_list()
        self._show_state()
        self.show_feedback()

    def _show_state(self) -> None:
        """Where the draft stands, what the leader can do, and the cooling-off countdown."""
        draft = None
        if self.service is not None and self.draft_id is not None:
            draft = self.service.get_draft(self.draft_id)
        editable = draft is None or draft.status in EDITABLE
        self.editor.setReadOnly(not editable)
        self.title.setReadOnly(not editable)
        self.platforms.setEnabled(editable)
        self.take_back_button.setVisible(draft is not None and draft.status in (
            Status.IN_REVIEW, Status.APPROVED))
        self.review_button.setEnabled(draft is None or draft.status in EDITABLE)
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
        self._update_gate()

    def _update_gate(self) -> None:
        if self.service is None or self.draft_id is None or self.editor.isReadOnly():
            self.gate.setText("")
            return
        try:
            until = self.service.cooling_off_until(self.draft_id)
        except FlegmeError:  # a timer tick after the vault closed: nothing to count down
            until = None
        if until is None:
            self.gate.setText("")
            return
        minutes = max(1, int((until - self.service.clock()).total_seconds() // 60) + 1)
        self.gate.setText(self.tr("This draft reads as written in anger. It can go to review "
                                  "in %1 minute(s), or now with a written reason.")
                          .replace("%1", str(minutes)))

    def send_to_review(self) -> None:
        """Draft -> in review (asks for a written reason while it cools off)."""
        if self.service is None:
            return
        self.autosave()
        if self.draft_id is None:
            return
        reason = None
        if self.service.cooling_off_until(self.draft_id) is not None:
            reason = ask_text(self, self.tr("Cooling-off"),
                              self.tr("Why must this go now? A few words, kept in the audit "
                                      "trail and shown to the reviewer:"))
            if reason is None:
                return
        try:
            self.service.send_to_review(self.draft_id, override_reason=reason)
        except FlegmeError as exc:
            show_error(self, self.tr("Not sent"), error_text(exc))
            return
        self.status.emit(self.tr("Sent to review."))
        self.refresh_list()
        self._show_state()

    def take_back(self) -> None:
        """In review or approved -> draft, to edit it (it goes to review again after)."""
        if self.service is None or self.draft_id is None:
            return
        try:
            self.service.take_back(self.draft_id)
        except FlegmeError as exc:
            show_error(self, self.tr("Not taken back"), error_text(exc))
            return
        self.refresh_list()
        self._show_state()
        self.editor.setFocus()

    def copy_text(self) -> None:
        """The post on the clipboard, ready to paste into the platform."""
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.status.emit(self.tr("Copied."))

    def show_history(self) -> None:
        """Revisions with a diff; restoring one makes it the current text."""
        if self.service is None or self.draft_id is None:
            return
        dialog = HistoryDialog(self.service.revisions(self.draft_id), self)
        if dialog.exec() and dialog.chosen is not None and not self.editor.isReadOnly():
            cursor = self.editor.textCursor()  # one undoable edit, autosaved as a revision
            cursor.select(cursor.SelectionType.Document)
            cursor.insertText(dialog.chosen.body)

    def mark_published(self) -> None:
        """Approved -> published, with the post's address."""
        if self.service is None or self.draft_id is None:
            return
        url = ask_text(self, self.tr("Published"), self.tr("Address of the published post:"))
        if url is None:
            return
        try:
            self.service.mark_published(self.draft_id, url=url)
        except FlegmeError as exc:
            show_error(self, self.tr("Not marked"), error_text(exc))
            return
        self.refresh_list()
        self._show_state()
