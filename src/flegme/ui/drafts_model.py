"""List model over the vault's draft summaries; further pages are read off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from flegme.review.models import DraftSummary
from flegme.ui.labels import status_label
from flegme.ui.tasks import ErrorHandler, TaskRunner

Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[int, int], list[DraftSummary]]  # (limit, offset) -> summaries
PAGE = 200


class DraftsModel(QAbstractListModel):
    """One row per draft: title, status, platforms, last edit."""

    SummaryRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, runner: TaskRunner | None = None, *,
                 on_error: ErrorHandler | None = None) -> None:
        """`runner` reads the further pages (synchronous when none: a fixed list needs
        none); `on_error(exc)` when a page could not be read."""
        super().__init__()
        self.runner = runner if runner is not None else TaskRunner(synchronous=True,
                                                                   parent=self)
        self._on_error = on_error
        self._rows: list[DraftSummary] = []
        self._fetch: Fetch | None = None
        self._more = False
        self._fetching = False  # a page is being read: asked again, nothing more starts
        self._generation = 0  # a new source or new rows make a page being read stale
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

    def set_source(self, fetch: Fetch, first: list[DraftSummary]) -> None:
        """Rows paged in from `fetch(limit, offset)` as the view scrolls (10,000 drafts),
        off the GUI thread; `first`, the first page (read off the GUI thread too)."""
        self._fetch = fetch
        self._more = len(first) == PAGE
        self._reset(first)

    def _reset(self, rows: list[DraftSummary]) -> None:
        """Show `rows`: the same drafts in the same order (a refresh after a save) only
        repaint the rows that changed; anything else resets the list (and drops a page
        being read for the old rows)."""
        if [r.id for r in rows] == [r.id for r in self._rows]:
            changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True))
                       if old != new]
            self._rows = list(rows)
            if changed:
                self.dataChanged.emit(self.index(changed[0]), self.index(changed[-1]))
            return
        self._generation += 1
        self._fetching = False
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and self._more \
            and not self._fetching

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        """Read the next page off the GUI thread; its rows are appended when it comes (a
        page read for an older source or older rows is dropped)."""
        fetch = self._fetch
        if parent.isValid() or fetch is None or self._fetching or not self._more:
            return
        self._fetching = True
        generation, offset = self._generation, len(self._rows)
        self.runner.run_task(lambda: fetch(PAGE, offset),
                             lambda rows: self._append(generation, rows),
                             key=f"drafts-page-{id(self)}",
                             on_error=lambda exc: self._fetch_failed(generation, exc))

    def _append(self, generation: int, rows: list[DraftSummary]) -> None:
        if generation != self._generation:
            return  # the list was replaced meanwhile (that also ended this fetch)
        self._fetching = False
        if self._fetch is None:
            return  # a fixed list (search results) with the same rows replaced it
        self._more = len(rows) == PAGE
        if rows:
            self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows) + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()

    def _fetch_failed(self, generation: int, exc: BaseException) -> None:
        if generation != self._generation:
            return
        self._fetching = False
        self._more = False  # not asked again and again while scrolling: said once
        if self._on_error is None:
            raise exc
        self._on_error(exc)

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
