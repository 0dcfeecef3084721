"""The pieces of the engine's one cache object (`flegme.engine.engine.EngineCache`).

A keystroke re-checks the whole draft, so the engine remembers work by the text it was done
on: each paragraph's words and its checkers' scans, in `LRU`s the engine owns; the matchers'
word views and the platform counts are kept by their own modules (the length checker and the
window call them directly) and registered here, so that `EngineCache.clear()` empties them
all. Word-level memos (syllables per word, the C stemmer's
own cache) are not keyed by text and are left warm.

Thread safety: the window checks small drafts on the GUI thread and big ones in a worker, with
one engine. An LRU is only touched through single OrderedDict calls (atomic under the GIL),
and a key another thread evicted in between is simply a miss.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from contextlib import suppress
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")
SCAN_CACHE_SIZE = 1024  # paragraphs: a 100 KB paste has ~330


class LRU(Generic[K, V]):
    """A bounded mapping that forgets the least recently used entry first."""

    def __init__(self, size: int = SCAN_CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[K, V] = OrderedDict()

    def get(self, key: K) -> V | None:
        """The value for `key`, marked as recently used; None when absent."""
        found = self._items.get(key)
        if found is not None:
            with suppress(KeyError):
                self._items.move_to_end(key)
        return found

    def put(self, key: K, value: V) -> None:
        """Remember `value`, forgetting the oldest entries beyond the size."""
        self._items[key] = value
        while len(self._items) > self.size:
            try:
                self._items.popitem(last=False)
            except KeyError:
                break

    def clear(self) -> None:
        """Forget everything."""
        self._items.clear()

    def __len__(self) -> int:
        return len(self._items)


_SHARED: dict[str, Callable[[], None]] = {}


def shared_cache(name: str, clear: Callable[[], None]) -> None:
    """Register a module-level cache keyed by text (its `clear` function) under `name`."""
    _SHARED[name] = clear


def shared_cache_names() -> list[str]:
    """The registered module-level caches (for tests and the curious)."""
    return sorted(_SHARED)


def clear_shared() -> None:
    """Empty every registered module-level cache."""
    for clear in _SHARED.values():
        clear()
