"""The audit trail for the comms lead: who moved which draft, when, and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flegme.review.models import AuditEntry
from flegme.review.service import ReviewService
from flegme.ui.labels import status_label, when, who
from flegme.ui.tasks import TaskRunner


class AuditView(QWidget):
    """Every status change, newest first."""

    def __init__(self, service: ReviewService | None, runner: TaskRunner | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.runner = runner if runner is not None else TaskRunner(synchronous=True,
                                                                   parent=self)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTable")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("Draft"),
                                              self.tr("Change"), self.tr("Reason")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Who did what, when, and why (overrides of the "
                                        "cooling-off included).")))
        layout.addWidget(self.table, 1)
        self.refresh()

    def _reason(self, reason: str | None) -> str:
        """The core's reasons in the UI language (the leader's own words kept as written)."""
        if not reason:
            return ""
        prefix = "cooling-off overridden:"
        if reason.startswith(prefix):
            return self.tr("Sent before the end of the cooling-off: “%1”").replace(
                "%1", reason[len(prefix):].strip())
        return {"taken back to edit": self.tr("taken back to edit"),
                "restored": self.tr("restored from the archive"),
                "edited after approval": self.tr("edited after approval")}.get(reason, reason)

    def refresh(self) -> None:
        """Reload the trail (read off the GUI thread)."""
        service = self.service
        if service is None:
            return

        def load() -> list[tuple[AuditEntry, str]]:
            entries = list(reversed(service.audit_log()))
            titles: dict[int, str] = {}
            for entry in entries:
                if entry.draft_id not in titles:
                    titles[entry.draft_id] = service.get_draft(entry.draft_id).title
            return [(entry, titles[entry.draft_id]) for entry in entries]

        self.runner.run_task(load, self._show, key="audit")

    def _show(self, rows: list[tuple[AuditEntry, str]]) -> None:
        self.table.setRowCount(len(rows))
        for row, (entry, title) in enumerate(rows):
            change = self.tr("created") if entry.from_status is None else \
                f"{status_label(entry.from_status)} → {status_label(entry.to_status)}"
            cells = (when(entry.created_at), who(entry.author_role, entry.author_name),
                     title, change, self._reason(entry.reason))
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
