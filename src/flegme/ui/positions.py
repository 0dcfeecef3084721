"""Python str offsets (the core's) <-> Qt text positions (UTF-16 code units)."""

from __future__ import annotations

from flegme.engine.text import utf16_offsets


class PositionMap:
    """Converts offsets for one text; build one per text version."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._table = utf16_offsets(text) if not text.isascii() else None

    def to_qt(self, offset: int) -> int:
        """A str offset as a Qt position."""
        if self._table is None:
            return offset
        return self._table[max(0, min(offset, len(self.text)))]

    def to_str(self, position: int) -> int:
        """A Qt position as a str offset (rounding down inside a surrogate pair)."""
        if self._table is None:
            return position
        import bisect

        return max(0, bisect.bisect_right(self._table, position) - 1)
