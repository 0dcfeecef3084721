"""The one mechanism for background work: `run_task(fn, on_done)` runs `fn` on a thread pool
and calls `on_done(result)` on the GUI thread. A task started under a `key` makes every older
task of that key stale: its result is dropped (the generation number says which is latest).
Tests inject a synchronous runner: same calls, no threads."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)
T = TypeVar("T")
ErrorHandler = Callable[[BaseException], None]


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


class TaskRunner(QObject):
    """Runs tasks on `pool` (or at once, `synchronous`), results back on the GUI thread."""

    _finished = Signal(int, object, object)  # token, result, error

    def __init__(self, pool: QThreadPool | None = None, *, synchronous: bool = False,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = pool if pool is not None else QThreadPool.globalInstance()
        self.synchronous = synchronous
        self._token = 0
        self._latest: dict[str, int] = {}
        self._pending: dict[int, tuple[str | None, Callable[[Any], None],
                                       ErrorHandler | None]] = {}
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

    def forget(self, key: str) -> None:
        """Make every running task of `key` stale (e.g. the backend changed)."""
        self._token += 1
        self._latest[key] = self._token

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the pool is idle (closing the window, tests)."""
        return self.synchronous or self.pool.waitForDone(msecs)

    def _deliver(self, token: int, result: object, error: object) -> None:
        key, on_done, on_error = self._pending.pop(token, (None, None, None))
        if on_done is None or (key is not None and self._latest.get(key) != token):
            return  # stale: a newer task of the same key owns the answer
        if isinstance(error, BaseException):
            if on_error is not None:
                on_error(error)
            else:
                log.warning("background task failed: %r", error)
            return
        on_done(result)
