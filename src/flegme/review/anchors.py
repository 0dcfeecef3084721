"""Comments anchored to a passage of one revision, mapped onto a later text through the diff
(or marked outdated when the passage itself changed)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import accumulate

from flegme.review.models import ReviewEvent


@dataclass(frozen=True, slots=True)
class Anchor:
    """Where a comment's passage is in the text shown; `quote` is always the passage as the
    reviewer saw it."""

    start: int | None  # None when outdated
    end: int | None
    quote: str
    outdated: bool


@dataclass(frozen=True, slots=True)
class Thread:
    """A comment (or a decision), its replies, and where its passage is now."""

    event: ReviewEvent
    replies: tuple[ReviewEvent, ...]
    anchor: Anchor | None  # None for a comment on the whole draft


def map_span(old: str, new: str, start: int, end: int) -> tuple[int, int] | None:
    """`[start, end)` of `old` in `new`, when that passage is unchanged; else None."""
    if old == new:
        return start, end
    for i1, i2, j1 in _equal_blocks(old, new):
        if i1 <= start and end <= i2:
            return j1 + start - i1, j1 + end - i1
    return None


_TOKENS = re.compile(r"\w+|\s+|[^\w\s]")


@lru_cache(maxsize=64)
def _equal_blocks(old: str, new: str) -> tuple[tuple[int, int, int], ...]:
    """Runs of `old` found unchanged in `new`, as (start, end, start in new).

    The common head and tail are taken as they are (an edit is usually local), and only the
    changed middle is diffed, word by word: several times faster than a character diff of
    the whole post (benchmarks/bench_anchors.py measures both in the same run)."""
    shortest = min(len(old), len(new))
    head = 0
    while head < shortest and old[head] == new[head]:
        head += 1
    limit = shortest - head
    tail = 0
    while tail < limit and old[-1 - tail] == new[-1 - tail]:
        tail += 1
    a_mid, b_mid = old[head:len(old) - tail], new[head:len(new) - tail]
    a_tokens, b_tokens = _TOKENS.findall(a_mid), _TOKENS.findall(b_mid)
    a_starts = [0, *accumulate(len(t) for t in a_tokens)]
    b_starts = [0, *accumulate(len(t) for t in b_tokens)]
    blocks = [(0, head, 0)] if head else []
    matcher = SequenceMatcher(None, a_tokens, b_tokens, autojunk=False)
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal":
            blocks.append((head + a_starts[i1], head + a_starts[i2], head + b_starts[j1]))
    if tail:
        blocks.append((len(old) - tail, len(old), len(new) - tail))
    merged: list[tuple[int, int, int]] = []
    for i1, i2, j1 in blocks:  # adjacent runs that stay adjacent in `new` are one run
        if merged and merged[-1][1] == i1 and merged[-1][2] + (i1 - merged[-1][0]) == j1:
            merged[-1] = (merged[-1][0], i2, merged[-1][2])
        elif i2 > i1:
            merged.append((i1, i2, j1))
    return tuple(merged)


def anchor(event: ReviewEvent, revision_body: str, current: str) -> Anchor | None:
    """The comment's passage in `current` (None for a comment on the whole draft)."""
    if event.start is None or event.end is None or event.start >= event.end:
        return None
    quote = revision_body[event.start:event.end]
    if not quote:  # the revision is shorter than the span: never show an empty quote
        return None
    mapped = map_span(revision_body, current, event.start, event.end)
    if mapped is None:
        return Anchor(None, None, quote, True)
    return Anchor(mapped[0], mapped[1], quote, False)
