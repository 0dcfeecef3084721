"""Comments anchored to a passage of one revision, mapped onto a later text through the diff
(or marked outdated when the passage itself changed)."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from flegme.vault.models import ReviewEvent


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
    revision_number: int | None


def map_span(old: str, new: str, start: int, end: int) -> tuple[int, int] | None:
    """`[start, end)` of `old` in `new`, when that passage is unchanged; else None."""
    if old == new:
        return start, end
    matcher = SequenceMatcher(None, old, new, autojunk=False)
    for tag, i1, i2, j1, _j2 in matcher.get_opcodes():
        if tag == "equal" and i1 <= start and end <= i2:
            return j1 + start - i1, j1 + end - i1
    return None


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
