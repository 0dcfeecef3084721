"""Ordered writes off the caller's thread: one writer thread applies the submitted writes in
the order they came, replaces a still-waiting autosave by a newer one of the same draft, and
reports each result or error through callbacks (called on the writer thread; the window hands
them to its own thread). Closing waits, bounded, and says which writes did not happen."""

from __future__ import annotations

import logging
import threading
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from time import monotonic
from typing import Any

log = logging.getLogger(__name__)
Done = Callable[[Any], None]
Failed = Callable[[BaseException], None]


@dataclass(slots=True)
class _Write:
    fn: Callable[[], Any]
    on_done: Done | None
    on_error: Failed | None
    coalesce: Hashable | None
    label: str
    on_dropped: Callable[[], None] | None = None


class WriteQueueClosed(RuntimeError):
    """A write submitted after `close`: it was not applied."""


class WriteQueue:
    """A single writer thread (or, `synchronous`, the caller's thread) applying writes in order.

    `submit(..., coalesce=key)` replaces the last queued write when it has the same key and
    has not started: an autosave superseded by a newer text of the same draft is never
    applied, and no write ever moves before one submitted earlier."""

    def __init__(self, *, synchronous: bool = False, name: str = "flegme-writes") -> None:
        self.synchronous = synchronous
        self.name = name
        self._queue: deque[_Write] = deque()
        self._running: _Write | None = None
        self._cond = threading.Condition()
        self._thread: threading.Thread | None = None
        self._closed = False
        self.coalesced = 0  # how many writes a newer one replaced (for tests and benchmarks)

    # -- submitting -------------------------------------------------------------------------

    def submit(self, fn: Callable[[], Any], on_done: Done | None = None,
               on_error: Failed | None = None, *, coalesce: Hashable | None = None,
               label: str = "", on_dropped: Callable[[], None] | None = None) -> None:
        """Queue `fn`; `on_done(result)` or `on_error(exc)` once it ran, `on_dropped()` when
        it never will (a newer write replaced it, or the queue closed before it ran)."""
        write = _Write(fn, on_done, on_error, coalesce, label, on_dropped)
        if self.synchronous:
            if self._closed:
                raise WriteQueueClosed(label or "write")
            _apply(write)
            return
        with self._cond:
            if self._closed:
                raise WriteQueueClosed(label or "write")
            tail = self._queue[-1] if self._queue else None
            replaced = None
            if coalesce is not None and tail is not None and tail.coalesce == coalesce:
                replaced, self._queue[-1] = tail, write  # the newer text supersedes it
                self.coalesced += 1
            else:
                self._queue.append(write)
            if self._thread is None:
                self._thread = threading.Thread(target=self._work, name=self.name, daemon=True)
                self._thread.start()
            self._cond.notify_all()
        if replaced is not None and replaced.on_dropped is not None:
            replaced.on_dropped()

    @property
    def pending(self) -> int:
        """Writes queued or running."""
        with self._cond:
            return len(self._queue) + (self._running is not None)

    def pending_labels(self) -> list[str]:
        """What the queued and running writes are (their labels), oldest first."""
        with self._cond:
            running = [self._running] if self._running is not None else []
            return [w.label for w in (*running, *self._queue)]

    # -- waiting and closing ------------------------------------------------------------------

    def drain(self, timeout: float | None = None) -> list[str]:
        """Wait until every write submitted so far ran (at most `timeout` seconds); the
        labels of those still waiting or running (empty when all ran)."""
        deadline = None if timeout is None else monotonic() + timeout
        with self._cond:
            while self._queue or self._running is not None:
                left = None if deadline is None else deadline - monotonic()
                if left is not None and left <= 0:
                    break
                self._cond.wait(left)
        return self.pending_labels()

    def close(self, timeout: float | None = None) -> list[str]:
        """Refuse new writes, wait for the queued ones (bounded): the labels of the writes
        that did not run. Those still queued are dropped, and said."""
        with self._cond:
            self._closed = True
        left = self.drain(timeout)
        with self._cond:
            dropped = list(self._queue)
            self._queue.clear()
            self._cond.notify_all()
        for write in dropped:
            if write.on_dropped is not None:
                write.on_dropped()
        return left

    # -- the writer thread --------------------------------------------------------------------

    def _work(self) -> None:
        while True:
            with self._cond:
                while not self._queue:
                    if self._closed:
                        self._thread = None
                        return
                    self._cond.wait()
                write = self._running = self._queue.popleft()
            try:
                _apply(write)
            finally:
                with self._cond:
                    self._running = None
                    self._cond.notify_all()


def _apply(write: _Write) -> None:
    try:
        result = write.fn()
    except Exception as exc:  # reported, never fatal: the next writes still run
        if write.on_error is not None:
            write.on_error(exc)
        else:
            log.warning("write %r failed: %r", write.label, exc)
        return
    if write.on_done is not None:
        write.on_done(result)
