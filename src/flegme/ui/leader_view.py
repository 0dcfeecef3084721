"""The leader's view: drafts list, editor with live underlines, side panel, platforms."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from flegme.engine.report import Finding, Report
from flegme.errors import FlegmeError
from flegme.style.model import HouseStyle
from flegme.ui.dialogs import HistoryDialog, ask_text, show_error
from flegme.ui.drafts_model import DraftsModel
from flegme.ui.editor import DraftEditor
from flegme.ui.findings_panel import FindingsPanel
from flegme.ui.platform_bar import PlatformBar
from flegme.ui.workers import CheckScheduler
from flegme.vault import Role, Status, Vault

AUTOSAVE_MS = 1200


class LeaderView(QWidget):
    """Draft, check, save; send to review when the draft is calm."""

    status = Signal(str)

    def __init__(self, vault: Vault | None, scheduler: CheckScheduler, style: HouseStyle,
                 role: Role = Role.LEADER, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault = vault
        self.scheduler = scheduler
        self.house = style
        self.role = role
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
        actions = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Send to review"))
        self.review_button.setObjectName("sendToReview")
        self.review_button.clicked.connect(self.send_to_review)
        copy_button = QPushButton(self.tr("Copy for publishing"))
        copy_button.clicked.connect(self.copy_text)
        history_button = QPushButton(self.tr("History…"))
        history_button.clicked.connect(self.show_history)
        publish_button = QPushButton(self.tr("Mark as published…"))
        publish_button.clicked.connect(self.mark_published)
        for button in (self.review_button, copy_button, history_button, publish_button):
            actions.addWidget(button)
        actions.addStretch(1)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.addWidget(self.title)
        center_layout.addWidget(self.platforms)
        center_layout.addWidget(self.editor, 1)
        center_layout.addWidget(self.gate)
        center_layout.addLayout(actions)

        self.panel = FindingsPanel()
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(center)
        splitter.addWidget(self.panel)
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
        self.platforms.platformsChanged.connect(lambda _p: self._recheck())
        self.scheduler.reportReady.connect(self.show_report)
        self.scheduler.grammarReady.connect(self.show_report)
        self.refresh_list()

    # -- drafts --------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Reload the drafts list (or the search results)."""
        if self.vault is None:
            return
        query = self.search.text().strip()
        vault = self.vault
        try:
            if query:
                self.model.set_rows(vault.search(query))
            else:
                self.model.set_source(lambda limit, offset: vault.list_drafts(limit=limit,
                                                                              offset=offset))
        except FlegmeError as exc:  # e.g. a damaged vault: say so, keep the window
            self.model.set_rows([])
            show_error(self, self.tr("The drafts could not be listed"), str(exc))
        if self.draft_id is not None:
            row = self.model.row_of(self.draft_id)
            if row >= 0:
                self.list.setCurrentIndex(self.model.index(row))

    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is not None:
            self.open_draft(summary.id)

    def open_draft(self, draft_id: int) -> None:
        """Show a draft from the vault."""
        if self.vault is None:
            return
        self.autosave()
        draft = self.vault.get_draft(draft_id)
        self._loading = True
        self.draft_id = draft.id
        self.title.setText(draft.title)
        self.platforms.set_selected(list(draft.platforms))
        self.editor.setPlainText(draft.body)
        self._dismissed = {(d.rule, d.excerpt.casefold())
                           for d in self.vault.dismissals(draft.id)
                           if d.scope != "once" and not d.restored}
        self._loading = False
        self._recheck()
        self.scheduler.check_now()
        self._update_gate()

    def new_draft(self) -> None:
        """An empty editor; the draft is created in the vault on the first autosave."""
        self.autosave()
        self._loading = True
        self.draft_id = None
        self.title.clear()
        self.editor.clear()
        self._dismissed = set()
        self._loading = False
        self.editor.setFocus()
        self._recheck()

    # -- checking ------------------------------------------------------------------------

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
        if scope != "once" and self.vault is not None:
            self.autosave()
            if self.draft_id is not None:
                self.vault.dismiss(self.draft_id, rule=finding.rule, start=finding.start,
                                   end=finding.end, excerpt=excerpt, scope=scope, role=self.role)
        self.show_report(report)

    def restore_finding(self, finding: Finding) -> None:
        """Bring a dismissed finding back."""
        report = self.scheduler.last_report
        if report is None:
            return
        key = (finding.rule, report.text[finding.start:finding.end].casefold())
        self._dismissed.discard(key)
        if self.vault is not None and self.draft_id is not None:
            for d in self.vault.dismissals(self.draft_id):
                if (d.rule, d.excerpt.casefold()) == key and not d.restored:
                    self.vault.restore_dismissal(d.id)
        self.show_report(report)

    # -- saving, review, publishing --------------------------------------------------------

    def _schedule_autosave(self) -> None:
        if self.vault is not None:
            self.autosave_timer.start()

    def autosave(self) -> None:
        """Save the editor into the vault if it changed (creates the draft the first time)."""
        self.autosave_timer.stop()
        if self.vault is None:
            return
        if self.saving_paused:
            self.autosave_timer.start()  # the text stays in the editor; saved right after
            return
        body, title = self.editor.toPlainText(), self.title.text().strip()
        platforms = self.platforms.selected()
        report = self.scheduler.last_report
        report = report if report is not None and report.text == body else None
        try:
            if self.draft_id is None:
                if not body.strip():
                    return
                draft = self.vault.create_draft(
                    title=title or " ".join(body.split()[:6]), body=body,
                    language=report.language if report else "fr", platforms=platforms,
                    role=self.role, report=report)
                self.draft_id = draft.id
            else:
                current = self.vault.get_draft(self.draft_id)
                if (current.body == body and current.title == (title or current.title)
                        and list(current.platforms) == platforms):
                    return
                if current.status in (Status.PUBLISHED, Status.ARCHIVED):
                    return
                self.vault.save_revision(self.draft_id, body=body, title=title or None,
                                         role=self.role, report=report, platforms=platforms)
        except FlegmeError as exc:
            show_error(self, self.tr("Not saved"), str(exc))
            return
        self.status.emit(self.tr("Saved."))
        self.refresh_list()
        self._update_gate()

    def _update_gate(self) -> None:
        if self.vault is None or self.draft_id is None:
            self.gate.setText("")
            return
        until = self.vault.cooling_off_until(self.draft_id, self.house)
        if until is None:
            self.gate.setText("")
            return
        minutes = max(1, int((until - datetime.now(UTC)).total_seconds() // 60) + 1)
        self.gate.setText(self.tr("This draft reads as written in anger. It can go to review "
                                  "in %1 minute(s), or now with a written reason.")
                          .replace("%1", str(minutes)))

    def send_to_review(self) -> None:
        """Draft -> in review (asks for a written reason while it cools off)."""
        if self.vault is None:
            return
        self.autosave()
        if self.draft_id is None:
            return
        reason = None
        if self.vault.cooling_off_until(self.draft_id, self.house) is not None:
            reason = ask_text(self, self.tr("Cooling-off"),
                              self.tr("Why must this go now? (kept in the audit log)"))
            if reason is None:
                return
        try:
            self.vault.submit_for_review(self.draft_id, role=self.role, style=self.house,
                                         override_reason=reason)
        except FlegmeError as exc:
            show_error(self, self.tr("Not sent"), str(exc))
            return
        self.status.emit(self.tr("Sent to review."))
        self.refresh_list()

    def copy_text(self) -> None:
        """The post on the clipboard, ready to paste into the platform."""
        QGuiApplication.clipboard().setText(self.editor.toPlainText())
        self.status.emit(self.tr("Copied."))

    def show_history(self) -> None:
        """Revisions with a diff; restoring one makes it the current text."""
        if self.vault is None or self.draft_id is None:
            return
        dialog = HistoryDialog(self.vault.revisions(self.draft_id), self)
        if dialog.exec() and dialog.chosen is not None:
            self.editor.setPlainText(dialog.chosen.body)  # undoable, autosaved as new revision

    def mark_published(self) -> None:
        """Approved -> published, with the post's address."""
        if self.vault is None or self.draft_id is None:
            return
        url = ask_text(self, self.tr("Published"), self.tr("Address of the published post:"))
        if url is None:
            return
        try:
            self.vault.mark_published(self.draft_id, role=self.role, url=url)
        except FlegmeError as exc:
            show_error(self, self.tr("Not marked"), str(exc))
            return
        self.refresh_list()
