"""Counting a post the way each platform counts it (rules and limits in resources/platforms.toml).

Each counter gives the total and, when needed, the str offset where a given budget runs out,
so the length checker can underline exactly the part beyond a limit.
"""

from __future__ import annotations

import re
import tomllib
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache

import regex

from flegme.engine.text import _EMOJI_RE, Span, find_urls, inside
from flegme.resources import resource_path

# twitter-text v3: code points in these ranges weigh 100 (count 1); all others 200 (count 2).
_X_LIGHT = "\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037"
_X_HEAVY_RE = re.compile(f"[^{_X_LIGHT}]")
# Emoji as twitter-text parses them: pictographic sequences, flags, keycaps: 2 each.
_X_EMOJI_RE = regex.compile(
    r"\p{Extended_Pictographic}(?:\uFE0F|\p{EMod}|\u200D\p{Extended_Pictographic}\uFE0F?"
    r"|\u200D[\u2640\u2642]\uFE0F?)*|\p{RI}\p{RI}|[0-9#*]\uFE0F?\u20E3"
)
_MAYBE_EMOJI_RE = re.compile("[\u00a9\u00ae\u203c-\U0010ffff]")
_GRAPHEME_RE = regex.compile(r"\X")
# Characters that can join a grapheme cluster; without them, graphemes == code points.
_CLUSTERING_RE = regex.compile(r"[\p{M}\p{Cf}\p{EMod}\p{RI}\r\u1100-\u11FF]")
_MASTODON_HANDLE_RE = re.compile(r"(?<![\w@])(@[A-Za-z0-9_]+)(@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")
_ASTRAL_RE = re.compile("[\U00010000-\U0010ffff]")


@dataclass(frozen=True, slots=True)
class PlatformRules:
    """One platform's counting rule and hard limits."""

    name: str
    label: str
    max_chars: int
    counting: str
    url_length: int = 23
    max_links: int | None = None
    max_hashtags: int | None = None
    max_mentions: int | None = None
    fold_chars: int | None = None
    fold_lines: int | None = None


@cache
def platform_rules() -> dict[str, PlatformRules]:
    """Every platform's rules, from resources/platforms.toml."""
    data = tomllib.loads(resource_path("platforms.toml").read_text(encoding="utf-8"))
    return {name: PlatformRules(name=name, **values) for name, values in data.items()}


# A "piece" is a run of the text that counts as a whole: a URL, an emoji, a handle's domain.
Piece = tuple[int, int, int]  # start, end, weight of the whole run


@lru_cache(maxsize=16)
def _urls(text: str) -> tuple[Span, ...]:
    return tuple(find_urls(text))


def _x_pieces(text: str) -> list[Piece]:
    links = list(_urls(text))
    pieces = [(s, e, 23) for s, e in links]
    if _MAYBE_EMOJI_RE.search(text) is None:
        return pieces  # emoji all lie above U+00A9: plain text skips the costly pattern
    for m in _X_EMOJI_RE.finditer(text):
        if not inside(m.start(), links):
            pieces.append((m.start(), m.end(), 2))
    return pieces


def _mastodon_pieces(text: str, url_length: int) -> list[Piece]:
    pieces = [(s, e, url_length) for s, e in _urls(text)]
    for m in _MASTODON_HANDLE_RE.finditer(text):
        pieces.append((m.start(2), m.end(2), 0))  # "@domain" part of @user@domain is free
    return pieces


def _threads_pieces(text: str) -> list[Piece]:
    return [(m.start(), m.end(), len(m.group().encode("utf-8")))
            for m in _EMOJI_RE.finditer(text)]


def _x_char_weight(char: str) -> int:
    return 1 if _X_HEAVY_RE.match(char) is None else 2


def _one(char: str) -> int:
    return 1


def _utf16_weight(char: str) -> int:
    return 2 if ord(char) > 0xFFFF else 1


def _raw_total(text: str, counting: str) -> int:
    """Count with the per-character rule only (pieces are corrected afterwards)."""
    if counting == "twitter":
        return len(text) + len(_X_HEAVY_RE.findall(text))
    if counting == "utf16":
        return len(text) + len(_ASTRAL_RE.findall(text))
    return len(text)


def _char_rule(counting: str) -> Callable[[str], int]:
    return {"twitter": _x_char_weight, "utf16": _utf16_weight}.get(counting, _one)


def _pieces(text: str, rules: PlatformRules) -> list[Piece]:
    if rules.counting == "twitter":
        return _x_pieces(text)
    if rules.counting == "mastodon":
        return _mastodon_pieces(text, rules.url_length)
    if rules.counting == "threads":
        return _threads_pieces(text)
    return []


def _prepare(text: str, rules: PlatformRules, *, keep_offsets: bool) -> str:
    # twitter-text counts the NFC form; for offsets, composing is used only when it keeps
    # the length (otherwise the cut is computed on the text as typed).
    if rules.counting == "twitter" and not text.isascii():
        composed = unicodedata.normalize("NFC", text)
        if not keep_offsets or len(composed) == len(text):
            return composed
    return text


def count(text: str, rules: PlatformRules) -> int:
    """How many characters `text` uses on this platform."""
    if rules.counting == "graphemes":
        if _CLUSTERING_RE.search(text) is None:
            return len(text)
        return len(_GRAPHEME_RE.findall(text))
    text = _prepare(text, rules, keep_offsets=False)
    total = _raw_total(text, rules.counting)
    for start, end, weight in _pieces(text, rules):
        total += weight - _raw_total(text[start:end], rules.counting)
    return total


def offset_at(text: str, rules: PlatformRules, budget: int) -> int:
    """The str offset where `budget` runs out: text[:offset] fits, text[offset:] does not."""
    if budget <= 0:
        return 0
    if rules.counting == "graphemes":
        for used, m in enumerate(_GRAPHEME_RE.finditer(text), start=1):
            if used > budget:
                return m.start()
        return len(text)
    prepared = _prepare(text, rules, keep_offsets=True)
    pieces = {start: (end, weight) for start, end, weight in _pieces(prepared, rules)}
    if not pieces and _raw_total(prepared, rules.counting) == len(prepared):
        return min(budget, len(text))  # one character counts one: no need to walk
    weight_of = _char_rule(rules.counting)
    used = 0
    i = 0
    while i < len(prepared):
        if i in pieces:
            end, weight = pieces[i]
        else:
            end, weight = i + 1, weight_of(prepared[i])
        if used + weight > budget:
            return i
        used += weight
        i = end
    return len(text)


def fold_offset(text: str, fold_chars: int, fold_lines: int) -> int | None:
    """Where LinkedIn's "see more" fold falls: after `fold_chars` characters or
    `fold_lines` lines, whichever comes first; None when the whole post shows."""
    cut = fold_chars if len(text) > fold_chars else None
    line_end = -1
    for _ in range(fold_lines):
        line_end = text.find("\n", line_end + 1)
        if line_end == -1:
            break
    else:
        if text[line_end:].strip():
            cut = line_end if cut is None else min(cut, line_end)
    return cut


def spans_beyond(spans: list[Span], cap: int) -> Span | None:
    """The run from the first item beyond `cap` to the last item, if there are too many."""
    if len(spans) <= cap:
        return None
    return Span(spans[cap].start, spans[-1].end)
