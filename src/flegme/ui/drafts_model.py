"""List model over the vault's draft summaries."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from flegme.review.models import DraftSummary
from flegme.ui.labels import status_label

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
        self._feedback: dict[int, int] = {}  # draft id -> events not read yet

    def set_feedback(self, unread: dict[int, int]) -> None:
        """Which drafts have feedback the user has not read (shown in bold, with a count)."""
        if dict(unread) == self._feedback:
            return
        self._feedback = dict(unread)
        if self._rows:
            self.dataChanged.emit(self.index(0), self.index(len(self._rows) - 1))

    def new_feedback(self, draft_id: int) -> int:
        """How many unread events a draft has."""
        return self._feedback.get(draft_id, 0)

    def set_rows(self, rows: list[DraftSummary]) -> None:
        """Replace the rows (a fixed list, e.g. search results)."""
        self._fetch = None
        self._reset(rows)

    def set_source(self, fetch: Fetch, first: list[DraftSummary] | None = None) -> None:
        """Rows paged in from `fetch(limit, offset)` as the view scrolls (10,000 drafts);
        `first`, the first page when it was read already (off the GUI thread)."""
        self._fetch = fetch
        rows = fetch(PAGE, 0) if first is None else first
        self._more = len(rows) == PAGE
        self._reset(rows)

    def _reset(self, rows: list[DraftSummary]) -> None:
        """Show `rows`: the same drafts in the same order (a refresh after a save) only
        repaint the rows that changed; anything else resets the list."""
        if [r.id for r in rows] == [r.id for r in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True))
                       if old != new]
            self._rows = list(rows)
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            return
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
        unread = self._feedback.get(row.id, 0)
        if role == Qt.ItemDataRole.DisplayRole:
            platforms = ", ".join(row.platforms) or "—"
            mark = ("● " + self.tr("%1 new").replace("%1", str(unread)) + " · ") if unread \
                else ""
            return f"{row.title or self.tr('Untitled')}\n{mark}{status_label(row.status)} · " \
                   f"{platforms} · {row.updated_at.astimezone():%d/%m %H:%M}"
        if role == Qt.ItemDataRole.FontRole and unread:
            font = QFont()
            font.setBold(True)
            return font
        if role == self.SummaryRole:
            return row
        return None

    def summary(self, row: int) -> DraftSummary | None:
        """The summary at `row`."""
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, draft_id: int) -> int:
        """The row of a draft, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == draft_id), -1)
