"""The assistant's view: the review queue, the draft read-only with its findings, comments
on a selected passage, approve or request changes, and the history of review events."""

from __future__ import annotations

import html

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from flegme.engine.engine import Engine
from flegme.errors import FlegmeError
from flegme.style.model import HouseStyle
from flegme.ui.dialogs import ask_text, show_error
from flegme.ui.drafts_model import DraftsModel
from flegme.ui.editor import DraftEditor
from flegme.ui.findings_panel import FindingsPanel
from flegme.vault import Role, Vault


class ReviewView(QWidget):
    """Oldest first: read, comment, approve or send back."""

    status = Signal(str)
    changed = Signal()

    def __init__(self, vault: Vault | None, engine: Engine, style: HouseStyle, role: Role,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.vault, self.engine, self.house, self.role = vault, engine, style, role
        self.draft_id: int | None = None
        self.model = DraftsModel()
        self.queue = QListView()
        self.queue.setObjectName("reviewQueue")
        self.queue.setModel(self.model)
        self.queue.clicked.connect(self._open_index)
        self.reader = DraftEditor()
        self.reader.setReadOnly(True)
        self.reader.setObjectName("reviewReader")
        self.header = QLabel()
        self.comment = QLineEdit(placeholderText=self.tr("Comment on the selected passage…"))
        self.comment.setObjectName("reviewComment")
        comment_button = QPushButton(self.tr("Comment"))
        comment_button.setObjectName("commentButton")
        comment_button.clicked.connect(self.add_comment)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.approve_button.setObjectName("approveButton")
        self.approve_button.clicked.connect(self.approve)
        changes_button = QPushButton(self.tr("Request changes…"))
        changes_button.setObjectName("requestChangesButton")
        changes_button.clicked.connect(self.request_changes)
        self.events = QListWidget()
        self.events.setObjectName("reviewEvents")
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
        layout.addWidget(self.reader, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("History")))
        layout.addWidget(self.events)
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
        self.refresh()

    def refresh(self) -> None:
        """Reload the queue (drafts in review, oldest first)."""
        if self.vault is None:
            return
        try:
            self.model.set_rows(self.vault.review_queue())
        except FlegmeError as exc:  # e.g. a damaged vault: say so, keep the window
            self.model.set_rows([])
            show_error(self, self.tr("The review queue could not be read"), str(exc))

    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is not None:
            self.open_draft(summary.id)

    def open_draft(self, draft_id: int) -> None:
        """Show a draft read-only with its findings and review history."""
        if self.vault is None:
            return
        draft = self.vault.get_draft(draft_id)
        self.draft_id = draft.id
        self.header.setText(f"<b>{html.escape(draft.title)}</b> — "
                            f"{html.escape(', '.join(draft.platforms))}")
        self.reader.setPlainText(draft.body)
        report = self.engine.check(draft.body, draft.platforms)
        self.reader.set_findings(draft.body, report.findings)
        self.panel.show_report(report, None, self.house.tone.threshold,
                               self.house.promotion.threshold)
        self._show_events()

    def _show_events(self) -> None:
        self.events.clear()
        if self.vault is None or self.draft_id is None:
            return
        body = self.vault.get_draft(self.draft_id).body
        for e in self.vault.review_events(self.draft_id):
            passage = f" “{body[e.start:e.end]}”" if e.start is not None else ""
            self.events.addItem(f"{e.created_at.astimezone():%d/%m %H:%M} {e.author_role.value}"
                                f" — {e.kind}{passage}: {e.text}")

    def add_comment(self) -> None:
        """A comment anchored to the passage selected in the reader."""
        if self.vault is None or self.draft_id is None or not self.comment.text().strip():
            return
        cursor = self.reader.textCursor()
        positions = self.reader._positions
        start = positions.to_str(cursor.selectionStart())
        end = positions.to_str(cursor.selectionEnd())
        revision = self.vault.revisions(self.draft_id)[-1]
        try:
            self.vault.comment(self.draft_id, revision_id=revision.id, start=start, end=end,
                               text=self.comment.text().strip(), role=self.role)
        except FlegmeError as exc:
            show_error(self, self.tr("Comment not saved"), str(exc))
            return
        self.comment.clear()
        self._show_events()

    def approve(self) -> None:
        """Approve the draft shown."""
        if self.vault is None or self.draft_id is None:
            return
        if self.vault.cooling_off_until(self.draft_id, self.house) is not None:
            show_error(self, self.tr("Cooling off"), self.tr(
                "This draft reads as written in anger and is cooling off; only the leader can "
                "override, with a written reason."))
            return
        try:
            self.vault.approve(self.draft_id, role=self.role, style=self.house)
        except FlegmeError as exc:
            show_error(self, self.tr("Not approved"), str(exc))
            return
        self.status.emit(self.tr("Approved."))
        self._after_decision()

    def request_changes(self) -> None:
        """Send the draft back with what to change."""
        if self.vault is None or self.draft_id is None:
            return
        text = ask_text(self, self.tr("Request changes"), self.tr("What should change?"))
        if text is None:
            return
        self.request_changes_with(text)

    def request_changes_with(self, text: str) -> None:
        """(also used by tests) Send the draft back with `text`."""
        if self.vault is None or self.draft_id is None:
            return
        try:
            self.vault.request_changes(self.draft_id, role=self.role, text=text)
        except FlegmeError as exc:
            show_error(self, self.tr("Not sent back"), str(exc))
            return
        self._after_decision()

    def _after_decision(self) -> None:
        self._show_events()
        self.refresh()
        self.changed.emit()
