"""The one mechanism for background work: `run_task(fn, on_done)` runs `fn` on a thread pool
and calls `on_done(result)` on the GUI thread. A task started under a `key` makes every older
task of that key stale: its result is dropped (the generation number says which is latest).
Writes to the vault go through `post`: one writer thread applies them in order (see
`flegme.review.write_queue`); their results also come back on the GUI thread, never stale.
Tests inject a synchronous runner: same calls, no threads."""

from __future__ import annotations

import logging
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    QThreadPool,
    Signal,
)

from flegme.review.write_queue import WriteQueue

log = logging.getLogger(__name__)
T = TypeVar("T")
ErrorHandler = Callable[[BaseException], None]
_DROPPED = object()  # a write replaced by a newer one, or never run: no callback


class _Runnable(QRunnable):
    def __init__(self, token: int, fn: Callable[[], Any], finished: Any) -> None:
        super().__init__()
        self.token, self.fn, self.finished = token, fn, finished

    def run(self) -> None:
        try:
            result, error = self.fn(), None
        except Exception as exc:  # a task must never take the window down
            result, error = None, exc
        self.finished.emit(self.token, result, error)


def _ignore(_result: object) -> None:
    pass


class TaskRunner(QObject):
    """Runs tasks on `pool` (or at once, `synchronous`), results back on the GUI thread."""

    _finished = Signal(int, object, object)  # token, result, error

    def __init__(self, pool: QThreadPool | None = None, *, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self.synchronous = synchronous
        self.writes = WriteQueue(synchronous=synchronous)
        self._token = 0
        self._latest: dict[str, int] = {}
        self._pending: dict[int, tuple[str | None, Callable[[Any], None],
                                       ErrorHandler | None]] = {}
        self._posted: set[int] = set()  # writes whose callback has not been delivered yet
        self._finished.connect(self._deliver)

    def run_task(self, fn: Callable[[], T], on_done: Callable[[T], None], *,
                 key: str | None = None, on_error: ErrorHandler | None = None) -> int:
        """Start `fn`; `on_done(result)` (or `on_error(exc)`) later on the GUI thread, unless
        a newer task of the same `key` started meanwhile. Returns the task's generation."""
        self._token += 1
        token = self._token
        if key is not None:
            self._latest[key] = token
        self._pending[token] = (key, on_done, on_error)
        runnable = _Runnable(token, fn, self._finished)
        if self.synchronous:
            runnable.run()
        else:
            self.pool.start(runnable)
        return token

    def post(self, fn: Callable[[], T], on_done: Callable[[T], None] | None = None, *,
             on_error: ErrorHandler | None = None, coalesce: Hashable | None = None,
             label: str = "") -> int:
        """Queue a write: applied after every write posted before it, on the writer thread;
        `on_done`/`on_error` on the GUI thread. A write still waiting last in the queue with
        the same `coalesce` key is replaced by this one (its callbacks never run)."""
        self._token += 1
        token = self._token
        self._pending[token] = (None, on_done or _ignore, on_error)
        self._posted.add(token)
        finished = self._finished
        self.writes.submit(fn, lambda result: finished.emit(token, result, None),
                           lambda error: finished.emit(token, None, error),
                           coalesce=coalesce, label=label,
                           on_dropped=lambda: finished.emit(token, None, _DROPPED))
        return token

    @property
    def writing(self) -> bool:
        """Writes queued, running, or whose callback is still on its way."""
        return bool(self._posted) or self.writes.pending > 0

    def drain(self, msecs: int = 10_000) -> list[str]:
        """Wait (bounded) until every posted write ran and its callback was delivered (the
        callbacks may post more); the labels of the writes that did not run in time."""
        deadline = QDeadlineTimer(msecs)
        while True:
            left = self.writes.drain(max(0, deadline.remainingTime()) / 1000)
            QCoreApplication.sendPostedEvents()  # the callbacks of the writes that ran
            QCoreApplication.processEvents()
            if left or not self.writing:
                return left
            if deadline.hasExpired():
                return self.writes.pending_labels()

    def settle(self, msecs: int = 10_000) -> bool:
        """Wait (bounded) until every write and task started so far delivered its result,
        including those their callbacks started (tests, screenshots); False on timeout."""
        deadline = QDeadlineTimer(msecs)
        while self._pending or self.writes.pending:
            if deadline.hasExpired():
                return False
            self.writes.drain(0.05)
            if not self.synchronous:
                self.pool.waitForDone(50)
            QCoreApplication.sendPostedEvents()
            QCoreApplication.processEvents()
        return True

    def forget(self, key: str) -> None:
        """Make every running task of `key` stale (e.g. the backend changed)."""
        self._token += 1
        self._latest[key] = self._token

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (closing the window, tests)."""
        return self.synchronous or self.pool.waitForDone(msecs)

    def _deliver(self, token: int, result: object, error: object) -> None:
        self._posted.discard(token)
        key, on_done, on_error = self._pending.pop(token, (None, None, None))
        if error is _DROPPED:
            return
        if on_done is None or (key is not None and self._latest.get(key) != token):
            return  # stale: a newer task of the same key owns the answer
        if isinstance(error, BaseException):
            if on_error is not None:
                on_error(error)
            else:
                log.warning("background task failed: %r", error)
            return
        on_done(result)
