"""Saving the leader's draft through the window's ordered write queue: autosave after a pause
in typing, a new draft created by its first save, superseded autosaves never written, errors
said, and what is still unsaved known when the window closes."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLineEdit, QWidget

from flegme.errors import FlegmeError
from flegme.review.service import ReviewService, auto_title
from flegme.ui.dialogs import show_error
from flegme.ui.editor import DraftEditor
from flegme.ui.labels import error_text
from flegme.ui.platform_bar import PlatformBar
from flegme.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    _Widget = QWidget
else:
    _Widget = object

AUTOSAVE_MS = 1200
Snapshot = tuple["DraftRef", str, str, tuple[str, ...]]  # draft, body, title, platforms


class DraftRef:
    """The draft in the editor, shared with the writer thread: a new draft gets its id when
    its first save runs, so the saves queued meanwhile land in that same draft."""

    __slots__ = ("id",)

    def __init__(self, draft_id: int | None = None) -> None:
        self.id = draft_id


def save_text(service: ReviewService, ref: DraftRef, *, body: str, title: str,
              platforms: Sequence[str]) -> object | None:
    """(On the writer thread.) Create the draft at its first non-empty save, else store a
    revision; None when nothing was written."""
    if ref.id is None:
        if not body.strip():
            return None
        ref.id = service.create_draft(title=title, body=body, platforms=platforms).id
        return ref.id
    return service.save(ref.id, body=body, title=title or None, platforms=platforms)


class LeaderSaving(_Widget):
    """The leader view's saving (a part of `LeaderView`)."""

    service: ReviewService | None
    runner: TaskRunner
    editor: DraftEditor
    title: QLineEdit
    platforms: PlatformBar
    autosave_timer: QTimer
    ref: DraftRef
    save_error: str | None  # why the last save failed (None once one succeeds)
    _last_posted: Snapshot | None
    if TYPE_CHECKING:
        status: SignalInstance

        def refresh_list(self) -> None: ...
        def _show_state(self) -> None: ...
        def show_feedback(self) -> None: ...

    @property
    def draft_id(self) -> int | None:
        """The open draft's id (None for a new draft not yet saved)."""
        return self.ref.id

    def _schedule_autosave(self) -> None:
        if self.service is not None and not self.editor.isReadOnly():
            self.autosave_timer.start()

    def _snapshot(self) -> Snapshot:
        return (self.ref, self.editor.toPlainText(), self.title.text().strip(),
                tuple(self.platforms.selected()))

    def autosave(self) -> None:
        """Queue the editor's text as a new revision if it changed since the last save
        queued (creates the draft the first time); the service checks the text itself, on
        the writer thread. Returns at once."""
        self.autosave_timer.stop()
        service = self.service
        if service is None or self.editor.isReadOnly():
            return
        snapshot = self._snapshot()
        ref, body, title, platforms = snapshot
        if snapshot == self._last_posted:
            return
        posted_before = self._last_posted is not None and self._last_posted[0] is ref
        if ref.id is None and not body.strip() and not posted_before:
            return  # nothing to create yet
        self._last_posted = snapshot
        label = self.tr("your draft “%1”").replace(
            "%1", title or auto_title(body) or self.tr("Untitled"))
        self.runner.post(lambda: save_text(service, ref, body=body, title=title,
                                           platforms=platforms),
                         lambda result: self._saved(ref, result),
                         on_error=lambda exc: self._save_failed(ref, exc),
                         coalesce=("autosave", ref), label=label)

    def _saved(self, ref: DraftRef, result: object | None) -> None:
        self.save_error = None
        if result is None:
            return
        self.status.emit(self.tr("Saved."))
        self.refresh_list()
        if ref is self.ref:
            self._show_state()
            self.show_feedback()

    def _save_failed(self, ref: DraftRef, exc: BaseException) -> None:
        if ref is self.ref:
            self._last_posted = None  # the next autosave tries again
        if not isinstance(exc, FlegmeError):
            self.save_error = str(exc)
            raise exc  # the error hook says it in plain words
        self.save_error = error_text(exc)
        show_error(self, self.tr("Not saved"), self.save_error)

    def write_failed(self, title: str, exc: BaseException) -> None:
        """A queued write (not a save of the text) failed: say so."""
        if not isinstance(exc, FlegmeError):
            raise exc
        show_error(self, title, error_text(exc))
