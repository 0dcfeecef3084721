"""The leader's drafts pane: search box, drafts list (with who has new feedback), New draft.
The list and its further pages are read off the GUI thread; the selection stays on the
open draft."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtWidgets import QLineEdit, QListView, QPushButton, QVBoxLayout, QWidget

from flegme.errors import FlegmeError
from flegme.review.models import DraftSummary
from flegme.review.service import ReviewService
from flegme.ui import drafts_model
from flegme.ui.dialogs import show_error
from flegme.ui.drafts_model import DraftsModel
from flegme.ui.tasks import TaskRunner

Listed = tuple[dict[int, int], list[DraftSummary], bool]  # feedback, rows, paged


class DraftsPane(QWidget):
    """Search, list and create drafts; says which one to open."""

    openRequested = Signal(int)  # draft id
    newRequested = Signal()
    listed = Signal()  # the list was (re)loaded

    def __init__(self, service: Callable[[], ReviewService | None], runner: TaskRunner,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._service = service  # the view's service: attached later in team mode
        self.runner = runner
        self.current_id: int | None = None
        self.model = DraftsModel(runner, on_error=self._page_failed)
        self.search = QLineEdit(placeholderText=self.tr("Search drafts…"))
        self.search.setObjectName("draftSearch")
        self.search.textChanged.connect(self.refresh)
        self.list = QListView()
        self.list.setObjectName("draftsList")
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # two lines each: no per-row layout on refresh
        self.list.clicked.connect(self._open_index)
        new_button = QPushButton(self.tr("New draft"))
        new_button.clicked.connect(self.newRequested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(new_button)

    def refresh(self) -> None:
        """Reload the list (or the search results) off the GUI thread."""
        service = self._service()
        if service is None:
            return
        query = self.search.text().strip()

        def load() -> Listed:
            feedback = service.new_feedback()
            if query:
                return feedback, service.search(query), False
            return feedback, service.list_drafts(limit=drafts_model.PAGE, offset=0), True

        self.runner.run_task(load, lambda listed: self._show(service, listed), key="drafts",
                             on_error=self._failed)

    def _show(self, service: ReviewService, listed: Listed) -> None:
        feedback, rows, paged = listed
        scrolled = self.list.verticalScrollBar().value()  # a refresh must not move the list
        self.model.set_feedback(feedback)
        if paged:
            self.model.set_source(lambda limit, offset: service.list_drafts(limit=limit,
                                                                            offset=offset),
                                  first=rows)
        else:
            self.model.set_rows(rows)
        self.select(self.current_id)
        self.list.verticalScrollBar().setValue(scrolled)
        self.listed.emit()

    def _failed(self, exc: BaseException) -> None:
        if not isinstance(exc, FlegmeError):
            raise exc
        self.model.set_rows([])  # e.g. a damaged vault: say so, keep the window
        show_error(self, self.tr("The drafts could not be listed"), str(exc))

    def _page_failed(self, exc: BaseException) -> None:
        """A further page could not be read: say so; the rows shown so far stay."""
        if not isinstance(exc, FlegmeError):
            raise exc
        show_error(self, self.tr("The drafts could not be listed"), str(exc))

    def select(self, draft_id: int | None) -> None:
        """Keep the open draft selected (without scrolling the list away)."""
        self.current_id = draft_id
        row = self.model.row_of(draft_id) if draft_id is not None else -1
        if row >= 0 and self.list.currentIndex().row() != row:
            self.list.setCurrentIndex(self.model.index(row))

    def _open_index(self, index: QModelIndex) -> None:
        summary = self.model.summary(index.row())
        if summary is not None:
            self.openRequested.emit(summary.id)
