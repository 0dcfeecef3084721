"""Masked and leet-spelled words ("f*ck", "f**k", "sh!t", "b1tch", "a$$") found by rule.

The tokeniser splits "f*ck" into "f" and "ck", so no lexicon term can meet it. A masked word
is a run of letters, digits and masking marks (`*`, `#`, `!`, `@`, `$`) holding at least
two letters and one mark inside it, or an initial and two marks or more ("f***"). Each run
of marks stands for as many letters, give or take one; leet digits stand for the letters
they imitate, and `@`, `$`, `!` for any letter. The word is matched against a vocabulary of
single words (the lexicon's), so an ordinary token with a digit ("Q3", "B2B", "web3") never
matches anything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Generic, TypeVar

from flegme.pattern_cache import compile_re

T = TypeVar("T")

_LEET = {"0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s",
         "!": "i"}
# Where to look: rare marks next to a letter ("f*ck", "$hit", "f#ck"), and common ones ("!",
# "@", leet digits) only between two letters ("sh!t", "b1tch"; not "Great!" or "2024").
# `str.find` per mark: a regex over the whole text costs ~0.5 ms per 3,000 characters.
_RARE_MARKS = "*$#"
_INNER_MARKS = "!@013457"
_TOKEN_CHARS = frozenset("*#!@$")
_INITIAL_RE = compile_re(r"[^\W\d_][*$]{2,}")
_RUN_RE = compile_re(r"[^\W_*#!@$]*(?:[*#!@$0-9]+[^\W_*#!@$]*)+")


@dataclass(frozen=True, slots=True)
class MaskedMatch(Generic[T]):
    """A masked word: `[start, end)` in the text, the word it hides and its payload."""

    start: int
    end: int
    word: str
    payload: T


class MaskedFinder(Generic[T]):
    """Finds masked spellings of a vocabulary of single (folded) words."""

    def __init__(self, words: Iterable[tuple[str, T]]) -> None:
        self._by_length: dict[int, list[tuple[str, T]]] = {}
        for word, payload in words:
            if word.isalpha() and len(word) >= 3:
                self._by_length.setdefault(len(word), []).append((word, payload))
        self._count = sum(map(len, self._by_length.values()))

    def __len__(self) -> int:
        return self._count

    def find(self, folded: str) -> list[MaskedMatch[T]]:
        """Masked words of `folded` text (lower-cased, accents stripped), left to right."""
        if not self._by_length:
            return []
        out: list[MaskedMatch[T]] = []
        for start, end in _candidates(folded):
            token = folded[start:end]
            if start > 0 and folded[start - 1] in "#@" and token[:1].isalpha():
                continue  # a hashtag or a handle, a name rather than prose
            stripped = token.rstrip("!")  # "shit!": the mark ends the sentence
            hit = self._lookup(stripped)
            if hit is not None:
                out.append(MaskedMatch(start, start + len(stripped), *hit))
        return out

    def _lookup(self, token: str) -> tuple[str, T] | None:
        letters = sum(c.isalpha() for c in token)
        if letters == len(token) or (letters < 2 and not _INITIAL_RE.fullmatch(token)):
            return None  # one letter is enough only as an initial followed by marks: "f***"
        if token[0] in "*#!@" or token[0].isdigit():
            return None  # "*really*", "**bold**", "#tag", "@name", "1st": emphasis or names
        if token[-1] in "*#" and not _INITIAL_RE.fullmatch(token):
            return None  # "word**" closes an emphasis; only an initial ends in marks: "f***"
        pattern, low, high = _pattern(token)
        regex = re.compile(pattern)
        for length in range(low, high + 1):
            for word, payload in self._by_length.get(length, ()):
                if regex.fullmatch(word):
                    return word, payload
        return None


def _candidates(folded: str) -> list[tuple[int, int]]:
    """The runs of word characters and marks around each mark that may mask a letter."""
    marks: list[int] = []
    n = len(folded)
    for mark in _RARE_MARKS:
        at = folded.find(mark)
        while at >= 0:
            if (at > 0 and folded[at - 1].isalpha()) or (at + 1 < n and folded[at + 1].isalpha()):
                marks.append(at)
            at = folded.find(mark, at + 1)
    for mark in _INNER_MARKS:
        at = folded.find(mark)
        while at >= 0:
            if 0 < at < n - 1 and folded[at - 1].isalpha() and folded[at + 1].isalpha():
                marks.append(at)
            at = folded.find(mark, at + 1)
    runs: set[tuple[int, int]] = set()
    for at in marks:
        m = _RUN_RE.match(folded, _run_start(folded, at))
        if m is not None and m.end() > at:
            runs.add((m.start(), m.end()))
    return sorted(runs)


def _run_start(folded: str, at: int) -> int:
    while at > 0 and (folded[at - 1].isalnum() or folded[at - 1] in _TOKEN_CHARS):
        at -= 1
    return at


def _pattern(token: str) -> tuple[str, int, int]:
    """A regex for the words `token` may hide, and the range of their lengths."""
    parts: list[str] = []
    low = high = 0
    for run in re.finditer(r"[*#]+|.", token):
        text = run.group()
        if text[0] in "*#":
            n = len(text)
            parts.append(f"[^\\W\\d_]{{{max(1, n - 1)},{n + 1}}}")
            low, high = low + max(1, n - 1), high + n + 1
        elif text in _LEET:
            parts.append(f"[{_LEET[text]}]" if text.isdigit() else "[^\\W\\d_]")
            low, high = low + 1, high + 1
        else:
            parts.append(re.escape(text))
            low, high = low + 1, high + 1
    return "".join(parts), low, high
