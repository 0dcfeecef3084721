"""Pause Python's cycle collector while a check runs.

A check allocates tens of thousands of small objects (words, stems, findings) and creates no
reference cycles: everything it drops is freed by reference counting (a test holds the engine
to that). The cycle collector still runs every 700 allocations and, as a 100 KB paste fills
the caches, full collections over every object of the process: pure overhead, 5-15 % of a
check. The pause is counted across threads (the window checks on the GUI thread and in a
worker), and the collector's state before the first pause is restored after the last one.
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
