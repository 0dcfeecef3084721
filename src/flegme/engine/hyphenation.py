"""Hyphenation points (Liang's patterns) from pyphen's dictionaries, loaded in milliseconds.

textstat counts the syllables of a word it cannot look up as pyphen's hyphenation points plus
one. `pyphen.Pyphen(lang="en_US")` takes 0.15-0.2 s to build (a regular expression per
pattern, an int subclass per value) and `import pyphen` another 25 ms, paid on the first
French word or the first English word missing from the CMU table. This reads the same
`hyph_<lang>.dic` files shipped inside the pyphen package (found without importing it) with
string methods, and runs pyphen's own lookup on them; tests hold the patterns and the points
equal to pyphen's for thousands of words. Dictionaries with pyphen's non-standard
(`/`-alternative) patterns are left to pyphen itself.
"""

from __future__ import annotations

import importlib.util
import threading
from pathlib import Path

from flegme.pattern_cache import compile_re

_DIGITS = "0123456789"
_NOT_LETTERS = str.maketrans("", "", _DIGITS)
# Comments and settings (LEFTHYPHENMIN 2, ...): pyphen skips lines starting with these.
_KEYWORD_LINE_RE = compile_re(
    r"(?m)^[ \t]*(?:%|#|LEFTHYPHENMIN|RIGHTHYPHENMIN|COMPOUNDLEFTHYPHENMIN"
    r"|COMPOUNDRIGHTHYPHENMIN).*$")
_DIGITS_RE = compile_re("[0-9]")


def dictionary_path(language: str) -> Path | None:
    """pyphen's `hyph_<language>.dic`, found without importing pyphen (None if absent)."""
    spec = importlib.util.find_spec("pyphen")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / "dictionaries" / f"hyph_{language}.dic"
        if path.is_file():
            return path
    return None


def read_patterns(raw: bytes) -> dict[str, str] | None:
    """Pattern letters -> the pattern as written (its values are parsed when first matched:
    a check meets a few hundred of en_US's 10,000); None for what this reader does not
    handle (hex escapes, non-standard hyphenation)."""
    first, _, body = raw.partition(b"\n")
    encoding = first.decode().strip()
    text = body.decode("cp1251" if encoding.lower() == "microsoft-cp1251" else encoding)
    if "^^" in text or "/" in text:
        return None
    text = _KEYWORD_LINE_RE.sub("", text)
    lines = text.split()  # (patterns hold no blanks)
    letters = _DIGITS_RE.sub("", text).split()
    if len(letters) != len(lines):  # a pattern of digits only: the slow way
        letters = [line.translate(_NOT_LETTERS) for line in lines]
    return dict(zip(letters, lines, strict=True))


def parse_pattern(pattern: str) -> tuple[int, tuple[int, ...]] | None:
    """(offset of the first non-zero value, the values) as pyphen's HyphDict keeps them;
    None for a pattern of zeros only (pyphen drops those)."""
    values = [0] * (len(pattern) + 1)
    k = 0
    for char in pattern:
        if char in _DIGITS:
            values[k] = int(char)
        else:
            k += 1
    del values[k + 1:]
    start, end = 0, len(values)
    while start < end and not values[start]:
        start += 1
    if start == end:
        return None
    while not values[end - 1]:
        end -= 1
    return start, tuple(values[start:end])


class Hyphenator:
    """pyphen's `HyphDict.positions` and `Pyphen.positions` (left = right = 2)."""

    def __init__(self, raw: dict[str, str]) -> None:
        self._raw = raw
        self._parsed: dict[str, tuple[int, tuple[int, ...]] | None] = {}
        self.maxlen = max(map(len, raw), default=0)

    def pattern(self, letters: str) -> tuple[int, tuple[int, ...]] | None:
        """The parsed pattern for `letters`, if there is one."""
        try:
            return self._parsed[letters]
        except KeyError:
            raw = self._raw.get(letters)
            found = self._parsed[letters] = None if raw is None else parse_pattern(raw)
            return found

    def positions(self, word: str) -> list[int]:
        """Where `word` can be hyphenated, as pyphen says."""
        pointed = f".{word.lower()}."
        size = len(pointed)
        references = [0] * (size + 1)
        raw, maxlen = self._raw, self.maxlen
        for i in range(size - 1):
            for j in range(i + 1, min(i + maxlen, size) + 1):
                if pointed[i:j] not in raw:
                    continue
                found = self.pattern(pointed[i:j])
                if found is None:
                    continue
                offset, values = found
                for n, value in enumerate(values, i + offset):
                    if value > references[n]:
                        references[n] = value
        right = len(word) - 2
        return [i - 1 for i, value in enumerate(references)
                if value % 2 and 2 <= i - 1 <= right]


class _PyphenFallback:
    """pyphen itself, for dictionaries this reader does not handle."""

    def __init__(self, language: str) -> None:
        import pyphen

        self._pyphen = pyphen.Pyphen(lang=language)

    def positions(self, word: str) -> list[int]:
        return list(self._pyphen.positions(word))


_LOCK = threading.Lock()
_LOADED: dict[str, Hyphenator | _PyphenFallback] = {}


def hyphenator(language: str) -> Hyphenator | _PyphenFallback:
    """The hyphenator for a pyphen language name ("fr", "en_US"), loaded once."""
    found = _LOADED.get(language)
    if found is None:
        with _LOCK:
            found = _LOADED.get(language)
            if found is None:
                path = dictionary_path(language)
                patterns = read_patterns(path.read_bytes()) if path else None
                found = Hyphenator(patterns) if patterns else _PyphenFallback(language)
                _LOADED[language] = found
    return found
