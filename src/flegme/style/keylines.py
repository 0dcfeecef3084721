"""Finds the line where a dotted key is written in TOML text, for error messages."""

from __future__ import annotations

import re

_HEADER = re.compile(r"^\s*(\[\[?)\s*([^\]]+?)\s*\]\]?")
_ONE = r"(?:\"[^\"]*\"|'[^']*'|[A-Za-z0-9_-]+)"
_KEY = re.compile(rf"^\s*({_ONE}(?:\s*\.\s*{_ONE})*)\s*=")
_PART = re.compile(r"\"([^\"]*)\"|'([^']*)'|([A-Za-z0-9_-]+)")


def _parts(dotted: str) -> list[str]:
    return [a or b or c for a, b, c in _PART.findall(dotted)]


def _normalise(path: str) -> list[str]:
    """'values[1].keywords.fr' -> ['values', '[1]', 'keywords', 'fr']; quoted keys kept whole."""
    out: list[str] = []
    for part in re.findall(r"\"[^\"]*\"|\[\d+\]|[^.\[\]]+", path):
        out.append(part.strip('"'))
    return out


def find_key_line(text: str, key: str) -> int | None:
    """1-based line of `key` (e.g. 'tone.threshold', 'values[1].name'), else of its table."""
    wanted = _normalise(key)
    table: list[str] = []
    counts: dict[tuple[str, ...], int] = {}
    best: int | None = None
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
            if table == wanted[: len(table)] and (best is None or len(table) == len(wanted)):
                best = number
                if table == wanted:
                    return number
            continue
        match = _KEY.match(stripped)
        if match:
            full = table + _parts(match.group(1))
            if full == wanted[: len(full)]:
                return number
    return best


def _with_indices(names: list[str], counts: dict[tuple[str, ...], int]) -> list[str]:
    """`[values.keywords]` inside the last `[[values]]` -> values[last].keywords."""
    out: list[str] = []
    for i, name in enumerate(names):
        out.append(name)
        seen = counts.get(tuple(names[: i + 1]))
        if seen:
            out.append(f"[{seen - 1}]")
    return out
