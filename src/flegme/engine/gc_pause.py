"""Pause Python's cycle collector while a check runs.

A check allocates tens of thousands of small objects (words, stems, findings) and creates no
reference cycles: everything it drops is freed by reference counting (a test holds the engine
to that). The cycle collector still runs every 700 allocations and, as a 100 KB paste fills
the caches, full collections over every object of the process: pure overhead, 5-15 % of a
check. The pause is counted across threads (the window checks on the GUI thread and in a
worker), and the collector's state before the first pause is restored after the last one.

The switch is process-wide (CPython has no per-thread collector), so while a worker checks
a big paste the GUI thread's cyclic garbage waits too. That cannot hurt it: the pause lasts
one check (a 100 KB paste: ~50 ms; a check never waits for anything, and a failing one still
ends the pause: `finally`), nothing is lost (objects in cycles are only collected later, on
the next threshold after the pause: a test holds it), and reference counting, which frees
almost everything Qt and the window drop, never pauses.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_LOCK = threading.Lock()
_depth = 0
_was_enabled = False


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cycle collector off (re-entrant, thread-safe)."""
    global _depth, _was_enabled
    with _LOCK:
        if _depth == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _depth += 1
    try:
        yield
    finally:
        with _LOCK:
            _depth -= 1
            if _depth == 0 and _was_enabled:
                gc.enable()
