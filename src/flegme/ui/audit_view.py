"""The audit trail for the comms lead: who moved which draft, when, and why."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flegme.review.service import ReviewService
from flegme.ui.labels import status_label, when, who


class AuditView(QWidget):
    """Every status change, newest first."""

    def __init__(self, service: ReviewService | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
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

    def refresh(self) -> None:
        """Reload the trail."""
        if self.service is None:
            return
        entries = list(reversed(self.service.audit_log()))
        titles: dict[int, str] = {}
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            if entry.draft_id not in titles:
                titles[entry.draft_id] = self.service.get_draft(entry.draft_id).title
            change = self.tr("created") if entry.from_status is None else \
                f"{status_label(entry.from_status)} → {status_label(entry.to_status)}"
            cells = (when(entry.created_at), who(entry.author_role, entry.author_name),
                     titles[entry.draft_id], change, entry.reason or "")
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
