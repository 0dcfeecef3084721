"""Finds the line where a dotted key is written in TOML text, for error messages."""

from __future__ import annotations

import re
from collections.abc import Callable

from flegme.pattern_cache import compile_re

_HEADER = compile_re(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?")
_ONE = r"(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)"
_KEY = compile_re(rf"^\s*({_ONE}(?:\s*\.\s*{_ONE})*)\s*=")
_PART = compile_re(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)")


def _parts(dotted: str) -> list[str]:
    return [a or b or c for a, b, c in _PART.findall(dotted)]


def _normalise(path: str) -> list[str]:
    """'values[1].keywords.fr' -> ['values', '[1]', 'keywords', 'fr']; quoted keys kept whole."""
    out: list[str] = []
    for part in re.findall(r"\"[^\"]*\"|\[\d+\]|[^.\[\]]+", path):
        out.append(part.strip('"'))
    return out


class KeyLines:
    """Every table header and key line of a TOML text, indexed in one pass: each lookup then
    costs the depth of the key, never a rescan of the file (10,000 problems stay linear)."""

    def __init__(self, text: str) -> None:
        self._keys: dict[tuple[str, ...], int] = {}  # key lines and exact headers: first line
        self._headers: dict[tuple[str, ...], int] = {}  # table headers: first line
        table: list[str] = []
        counts: dict[tuple[str, ...], int] = {}
        for number, line in enumerate(text.splitlines(), start=1):
            stripped = line.split("#", 1)[0] if '"' not in line else line
            header = _HEADER.match(stripped)
            if header:
                names = _parts(header.group(2))
                if header.group(1) == "[[":
                    idx = counts.get(tuple(names), 0)
                    counts[tuple(names)] = idx + 1
                    table = [*names, f"[{idx}]"]
                else:
                    table = _with_indices(names, counts)
                self._headers.setdefault(tuple(table), number)
                continue
            match = _KEY.match(stripped)
            if match:
                self._keys.setdefault(tuple(table + _parts(match.group(1))), number)

    def line_of(self, key: str) -> int | None:
        """1-based line of `key` (e.g. 'tone.threshold', 'values[1].name'), else of its table.

        The first line that writes the key, its exact table, or a key above it (an inline
        table) wins; failing that, the first header of a table that contains it."""
        wanted = tuple(_normalise(key))
        prefixes = [wanted[:n] for n in range(1, len(wanted) + 1)]
        direct = [line for p in prefixes if (line := self._keys.get(p)) is not None]
        exact = self._headers.get(wanted)
        if exact is not None:
            direct.append(exact)
        if direct:
            return min(direct)
        tables = [line for p in prefixes if (line := self._headers.get(p)) is not None]
        return min(tables) if tables else None


def key_line_finder(text: str) -> Callable[[str], int | None]:
    """`line_of(key)` for `text`, indexing the text once, at the first lookup."""
    index: list[KeyLines] = []

    def line_of(key: str) -> int | None:
        if not index:
            index.append(KeyLines(text))
        return index[0].line_of(key)

    return line_of


def _with_indices(names: list[str], counts: dict[tuple[str, ...], int]) -> list[str]:
    """`[values.keywords]` inside the last `[[values]]` -> values[last].keywords."""
    out: list[str] = []
    for i, name in enumerate(names):
        out.append(name)
        seen = counts.get(tuple(names[: i + 1]))
        if seen:
            out.append(f"[{seen - 1}]")
    return out
