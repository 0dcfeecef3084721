"""Python str offsets (the core's) <-> Qt text positions (UTF-16 code units)."""

from __future__ import annotations

import bisect
import re

_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


class PositionMap:
    """Converts offsets for one text; build one per text version.

    Only characters outside the Basic Multilingual Plane (emoji, mostly) take two UTF-16
    units, so the map only notes where those are (found in C): building it costs nothing
    for a text without emoji, and a conversion is one binary search."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._astral: list[int] = ([] if text.isascii() else
                                   [m.start() for m in _ASTRAL_RE.finditer(text)])

    @property
    def qt_length(self) -> int:
        """The text's length in Qt positions (UTF-16 code units)."""
        return len(self.text) + len(self._astral)

    def to_qt(self, offset: int) -> int:
        """A str offset as a Qt position."""
        offset = max(0, min(offset, len(self.text)))
        return offset + bisect.bisect_left(self._astral, offset) if self._astral else offset

    def to_str(self, position: int) -> int:
        """A Qt position as a str offset (rounding down inside a surrogate pair)."""
        if not self._astral:
            return max(0, min(position, len(self.text)))
        # The k-th astral character (0-based) sits at Qt position astral[k] + k.
        lo, hi = 0, len(self._astral)
        while lo < hi:  # how many astral characters start before `position`
            mid = (lo + hi) // 2
            if self._astral[mid] + mid < position:
                lo = mid + 1
            else:
                hi = mid
        # (inside a pair, position - lo is the astral character's own offset: rounds down)
        return max(0, min(position - lo, len(self.text)))


def common_ends(old: str, new: str) -> tuple[int, int]:
    """How many characters two versions of a text share at the start, and then at the end
    (not overlapping the start): what an edit left in place. Slices are compared in C, by
    halves, so a 3,000-character text costs microseconds."""
    shortest = min(len(old), len(new))
    lo, hi = 0, shortest
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[:mid] == new[:mid]:
            lo = mid
        else:
            hi = mid - 1
    prefix = lo
    lo, hi = 0, shortest - prefix
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if old[len(old) - mid:] == new[len(new) - mid:]:
            lo = mid
        else:
            hi = mid - 1
    return prefix, lo
