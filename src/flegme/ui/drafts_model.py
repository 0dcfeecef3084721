"""List model over the vault's draft summaries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from flegme.vault import DraftSummary

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[DraftSummary]]  # (limit, offset) -> summaries
PAGE = 200


class DraftsModel(QAbstractListModel):
    """One row per draft: title, status, platforms, last edit."""

    SummaryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[DraftSummary] = []
        self._fetch: Fetch | None = None
        self._more = False
        self._status_names = {
            "draft": self.tr("draft"), "in_review": self.tr("in review"),
            "changes_requested": self.tr("changes requested"), "approved": self.tr("approved"),
            "published": self.tr("published"), "archived": self.tr("archived"),
        }

    def set_rows(self, rows: list[DraftSummary]) -> None:
        """Replace the rows (a fixed list, e.g. search results)."""
        self._fetch = None
        self._reset(rows)

    def set_source(self, fetch: Fetch) -> None:
        """Rows paged in from `fetch(limit, offset)` as the view scrolls (10,000 drafts)."""
        self._fetch = fetch
        rows = fetch(PAGE, 0)
        self._more = len(rows) == PAGE
        self._reset(rows)

    def _reset(self, rows: list[DraftSummary]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._fetch is None:
            return
        rows = self._fetch(PAGE, len(self._rows))
        self._more = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            status = self._status_names.get(row.status.value, row.status.value)
            platforms = ", ".join(row.platforms) or "—"
            return f"{row.title or self.tr('Untitled')}\n{status} · {platforms} · " \
                   f"{row.updated_at.astimezone():%d/%m %H:%M}"
        if role == self.SummaryRole:
            return row
        return None

    def summary(self, row: int) -> DraftSummary | None:
        """The summary at `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, draft_id: int) -> int:
        """The row of a draft, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == draft_id), -1)
