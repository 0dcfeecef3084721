"""Counting a post the way each platform counts it (rules and limits in resources/platforms.toml).

Each counter gives the total and, when needed, the str offset where a given budget runs out,
so the length checker can underline exactly the part beyond a limit.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from flegme.engine.cache import shared_cache
from flegme.engine.text import (
    EMOJI_RE,
    HASHTAG_RE,
    MENTION_RE,
    Document,
    Span,
    find_urls,
    inside,
)
from flegme.names import platform_table
from flegme.pattern_cache import compile_re, compile_regex

if TYPE_CHECKING:
    import regex

# twitter-text v3: code points in these ranges weigh 100 (count 1); all others 200 (count 2).
_X_LIGHT = "\u0000-\u10ff\u2000-\u200d\u2010-\u201f\u2032-\u2037"
_X_HEAVY_RE = compile_re(f"[^{_X_LIGHT}]")
# Emoji as twitter-text parses them: pictographic sequences, flags, keycaps: 2 each.
# Three patterns rather than one alternation: flags and keycaps are rare, and the pattern
# is far cheaper when it starts with one property class.
_X_EMOJI_RE = compile_regex(
    r"\p{Extended_Pictographic}(?:\uFE0F|\p{EMod}|\u200D\p{Extended_Pictographic}\uFE0F?"
    r"|\u200D[\u2640\u2642]\uFE0F?)*"
)
_X_FLAG_RE = compile_re("[\U0001F1E6-\U0001F1FF]{2}")
_X_KEYCAP_RE = compile_re("[0-9#*]\uFE0F?\u20E3")
_X_FLAG_HINT_RE = compile_re("[\U0001F1E6-\U0001F1FF]")
_MAYBE_EMOJI_RE = compile_re("[\u00a9\u00ae\u203c-\U0010ffff]")
_GRAPHEME_RE = compile_regex(r"\X")
# Non-ASCII characters that can join a grapheme cluster (marks, joiners, flags, Hangul,
# prepend); between two "Other" characters there is always a cluster boundary, so only
# regions around these need the (slower) \X pattern. ASCII CR LF is counted apart.
_CLUSTERING_RE = compile_regex(r"[^\p{GCB=Other}\x00-\x7f]")
_REGION_RE = compile_regex(r"\p{GCB=Other}?(?:[^\p{GCB=Other}\x00-\x7f]+\p{GCB=Other}?)+")
# Starts with a literal "@" so the scan is fast; the character before is checked in Python.
_MASTODON_HANDLE_RE = compile_re(r"(@[A-Za-z0-9_]+)(@[A-Za-z0-9.-]+\.[A-Za-z]{2,})")
_WORDISH_RE = compile_re(r"[\w@]")
_ASTRAL_RE = compile_re("[\U00010000-\U0010ffff]")
_PIECEWISE = ("twitter", "mastodon", "threads")  # where runs count as a whole


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
    return {name: PlatformRules(name=name, **values) for name, values in platform_table().items()}


# A "piece" is a run of the text that counts as a whole: a URL, an emoji, a handle's domain.
Piece = tuple[int, int, int]  # start, end, weight of the whole run


# Counting is additive over paragraphs (no link, emoji, handle or grapheme cluster spans a
# blank line), so each paragraph is counted once and cached: a keystroke recounts one.
_SPLIT_FROM = 400  # shorter texts are counted whole


@lru_cache(maxsize=16)
def _parts(text: str) -> tuple[tuple[int, str], ...]:
    """(offset, paragraph) pairs covering `text`."""
    if len(text) < _SPLIT_FROM:
        return ((0, text),)
    parts: list[tuple[int, str]] = []
    start = 0
    for _, end in Document.paragraph_spans(text):  # paragraphs grouped into ~400-char parts
        if end - start >= _SPLIT_FROM:
            parts.append((start, text[start:end]))
            start = end
    if start < len(text) or not parts:
        parts.append((start, text[start:]))
    return tuple(parts)


@lru_cache(maxsize=512)
def _urls(text: str) -> tuple[Span, ...]:
    return tuple(find_urls(text))


@dataclass(frozen=True, slots=True)
class Entities:
    """Links, hashtags and @-mentions of a post (hashtags and mentions outside links)."""

    links: tuple[Span, ...]
    hashtags: tuple[Span, ...]
    mentions: tuple[Span, ...]


@lru_cache(maxsize=16)
def entities(text: str) -> Entities:
    """Links, hashtags and mentions, found once per paragraph (the URL pattern is costly)."""
    parts = _parts(text)
    if len(parts) == 1:
        return _part_entities(text)
    links: list[Span] = []
    tags: list[Span] = []
    mentions: list[Span] = []
    for offset, part in parts:
        found = _part_entities(part)
        links.extend(Span(s + offset, e + offset) for s, e in found.links)
        tags.extend(Span(s + offset, e + offset) for s, e in found.hashtags)
        mentions.extend(Span(s + offset, e + offset) for s, e in found.mentions)
    return Entities(tuple(links), tuple(tags), tuple(mentions))


@lru_cache(maxsize=512)
def _part_entities(text: str) -> Entities:
    links = _urls(text)
    spans = list(links)
    tags = tuple(Span(m.start(), m.end()) for m in HASHTAG_RE.finditer(text)
                 if not inside(m.start(), spans)) if "#" in text else ()
    mentions = tuple(Span(m.start(), m.end()) for m in MENTION_RE.finditer(text)
                     if not inside(m.start(), spans)) if "@" in text else ()
    return Entities(links, tags, mentions)


@cache
def _x_tlds() -> frozenset[str]:
    """Top-level domains twitter-text links (from the twitter-text-parser package's lists),
    kept in the user cache folder until the package changes: importing `twitter_text` imports
    pkg_resources (~0.5 s, five times a whole `flegme check`)."""
    import importlib.util

    from flegme.user_cache import derived

    package = importlib.util.find_spec("twitter_text")  # found, not run
    folders = (package.submodule_search_locations or []) if package else []
    sources = [Path(folder, "regexp", f"valid_{kind}.py") for folder in folders[:1]
               for kind in ("gtld", "cctld")]
    found: frozenset[str] = derived("x-tlds", sources, _read_x_tlds) if sources else _read_x_tlds()
    return found


def _read_x_tlds() -> frozenset[str]:
    from twitter_text.regexp.valid_cctld import valid_cctld
    from twitter_text.regexp.valid_gtld import valid_gtld

    names: set[str] = set()
    for pattern in (valid_gtld.pattern, valid_cctld.pattern):
        body = pattern.removeprefix("(?:(?:").split(")(?=", 1)[0]
        names.update(name.lower() for name in body.split("|"))
    return frozenset(names)


@cache
def _x_bare_domain_re() -> re.Pattern[str]:
    """(Compiled when X counting first needs it: a case-insensitive Unicode pattern takes
    milliseconds to compile, which every `flegme check` would pay.)"""
    return compile_re(
        r"(?i)(?<![@\w./-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.([a-z]{2,63})(?![\w@+-])"
        r"(?:/[^\s<>\"]*[^\s<>\"\.,;:!?\)\]»…])?"
    )


_DOT_LETTERS_RE = compile_re(r"\.[A-Za-z]{2}")
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_HOST_RE = compile_re(r"(?i)(?:https?://)?([^/?#:\s]+)")  # used with match(pos)


def _x_links(text: str) -> list[Span]:
    """Links as X shortens them: ours, when their top-level domain is one X knows, plus bare
    domains under any such top-level domain (".bike", ".paris" ...)."""
    tlds = _x_tlds()
    links = []
    for span in _urls(text):
        host = _HOST_RE.match(text, span.start, span.end)
        if host and host.group(1).rstrip(".").rsplit(".", 1)[-1].lower() in tlds:
            links.append(span)
    # The pattern is costly to try at every position: try it only at the start of the
    # domain-like run before each ".xx" (found by a literal-first pattern).
    last_end = 0
    for hit in _DOT_LETTERS_RE.finditer(text):
        start = hit.start()
        while start > 0 and text[start - 1] in _DOMAIN_CHARS:
            start -= 1
        if start < last_end:
            continue
        m = _x_bare_domain_re().match(text, start)
        if m is None:
            continue
        last_end = m.end()
        if m.group(1).lower() in tlds and not any(
                s < m.end() and m.start() < e for s, e in links):
            links.append(Span(m.start(), m.end()))
    links.sort()
    return links


def _x_pieces(text: str) -> list[Piece]:
    links = _x_links(text)
    pieces = [(s, e, 23) for s, e in links]
    if _MAYBE_EMOJI_RE.search(text) is None:
        return pieces  # emoji all lie above U+00A9: plain text skips the costly pattern
    matches: list[re.Match[str] | regex.Match[str]] = list(_X_EMOJI_RE.finditer(text))
    if "\u20e3" in text:
        matches.extend(_X_KEYCAP_RE.finditer(text))
    if _X_FLAG_HINT_RE.search(text):
        matches.extend(_X_FLAG_RE.finditer(text))
    for m in matches:
        if not inside(m.start(), links):
            pieces.append((m.start(), m.end(), 2))
    return pieces


def _mastodon_pieces(text: str, url_length: int) -> list[Piece]:
    # Mastodon only shortens links written with their scheme (extract_url_without_protocol
    # is off on the server), so "exemple.fr" counts as typed.
    pieces = [(s, e, url_length) for s, e in _urls(text)
              if text.startswith(("http://", "https://", "HTTP://", "HTTPS://"), s)]
    if "@" not in text:
        return pieces
    for m in _MASTODON_HANDLE_RE.finditer(text):
        start = m.start()
        if start == 0 or _WORDISH_RE.match(text, start - 1) is None:
            pieces.append((m.start(2), m.end(2), 0))  # "@domain" of @user@domain is free
    return pieces


def _threads_pieces(text: str) -> list[Piece]:
    return [(m.start(), m.end(), len(m.group().encode("utf-8")))
            for m in EMOJI_RE.finditer(text)]


def _graphemes(text: str, start: int, end: int) -> int:
    """Extended grapheme clusters in text[start:end]: C-speed regexes, Python only per cluster
    region (a run around marks, joiners, flags, Hangul), so plain text costs one scan."""
    total = (end - start) - text.count("\r\n", start, end)
    if _CLUSTERING_RE.search(text, start, end) is None:
        return total
    for m in _REGION_RE.finditer(text, start, end):
        total -= (m.end() - m.start()) - len(_GRAPHEME_RE.findall(text, m.start(), m.end()))
    return total


def _units(text: str, start: int, end: int, counting: str) -> int:
    """What text[start:end] weighs with the per-character rule only (no pieces).
    CR LF counts one for X (twitter-text turns line endings into LF) and for graphemes."""
    if counting == "threads":
        return end - start
    size = end - start
    if counting in ("twitter", "graphemes", "mastodon") and "\r" in text:
        size -= text.count("\r\n", start, end)
    if text.isascii() if (start, end) == (0, len(text)) else text[start:end].isascii():
        return size
    if counting == "twitter":
        return size + len(_X_HEAVY_RE.findall(text, start, end))
    if counting == "utf16":
        return size + len(_ASTRAL_RE.findall(text, start, end))
    if counting in ("graphemes", "mastodon"):
        return _graphemes(text, start, end)
    return size


@lru_cache(maxsize=256)
def _pieces(text: str, counting: str, url_length: int) -> tuple[Piece, ...]:
    """Runs that count as a whole, sorted, without overlaps."""
    if counting == "twitter":
        found = _x_pieces(text)
    elif counting == "mastodon":
        found = _mastodon_pieces(text, url_length)
    elif counting == "threads":
        found = _threads_pieces(text)
    else:
        return ()
    found.sort()
    pieces: list[Piece] = []
    for piece in found:
        if not pieces or piece[0] >= pieces[-1][1]:
            pieces.append(piece)
    return tuple(pieces)


def _prepare(text: str, counting: str, *, keep_offsets: bool) -> str:
    # twitter-text counts the NFC form; for offsets, composing is used only when it keeps
    # the length (otherwise the cut is computed on the text as typed).
    if counting == "twitter" and not text.isascii():
        composed = unicodedata.normalize("NFC", text)
        if not keep_offsets or len(composed) == len(text):
            return composed
    return text


def count(text: str, rules: PlatformRules) -> int:
    """How many characters `text` uses on this platform."""
    return sum(_count_part(part, rules.counting, rules.url_length) for _, part in _parts(text))


@lru_cache(maxsize=1024)
def _count_part(text: str, counting: str, url_length: int) -> int:
    if counting not in _PIECEWISE:
        return _units(text, 0, len(text), counting)
    text = _prepare(text, counting, keep_offsets=False)
    total = 0
    pos = 0
    for start, end, weight in _pieces(text, counting, url_length):
        total += _units(text, pos, start, counting) + weight
        pos = end
    return total + _units(text, pos, len(text), counting)


def offset_at(text: str, rules: PlatformRules, budget: int) -> int:
    """The str offset where `budget` runs out: text[:offset] fits, text[offset:] does not.
    Never inside a piece (URL, emoji) nor, for grapheme counting, inside a cluster."""
    left = budget
    for offset, part in _parts(text):
        used = _count_part(part, rules.counting, rules.url_length)
        if used > left:
            return offset + _offset_in(part, rules.counting, rules.url_length, left)
        left -= used
    return len(text)


def _offset_in(text: str, counting: str, url_length: int, budget: int) -> int:
    if budget <= 0:
        return 0
    prepared = _prepare(text, counting, keep_offsets=True)
    pieces = _pieces(prepared, counting, url_length) if counting in _PIECEWISE else ()
    left = budget
    pos = 0
    for start, end, weight in [*pieces, (len(prepared), len(prepared), 0)]:
        units = _units(prepared, pos, start, counting)
        if units > left:
            return min(_advance(prepared, pos, start, left, counting), len(text))
        left -= units
        if weight > left:
            return start
        left -= weight
        pos = end
    return len(text)


def _advance(text: str, pos: int, end: int, left: int, counting: str) -> int:
    """The furthest offset in [pos, end] such that text[pos:offset] weighs at most `left`."""
    if counting in ("graphemes", "mastodon"):
        k = min(left.bit_length() - 1, _MAX_CHUNK)
        while k >= 0 and pos < end and left > 0:
            m = _chunk(k).match(text, pos, end) if (1 << k) <= left else None
            if m is None:
                k -= 1
            else:
                pos, left = m.end(), left - (1 << k)
        return pos
    # Every character weighs 1 or 2: try as if all weighed 1, else take half as many.
    while pos < end and left > 0:
        stop = min(end, pos + left)
        units = _units(text, pos, stop, counting)
        if units > left:
            if left < 2:
                return pos
            stop = pos + left // 2
            units = _units(text, pos, stop, counting)
        pos, left = stop, left - units
    return pos


_MAX_CHUNK = 20


@cache
def _chunk(k: int) -> regex.Pattern[str]:
    """Matches exactly 2**k grapheme clusters."""
    return compile_regex(rf"\X{{{1 << k}}}")


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


def spans_beyond(spans: Sequence[Span], cap: int) -> Span | None:
    """The run from the first item beyond `cap` to the last item, if there are too many."""
    if len(spans) <= cap:
        return None
    return Span(spans[cap].start, spans[-1].end)


for _name, _cached in (("paragraphs", _parts), ("links", _urls), ("entities", entities),
                       ("paragraph entities", _part_entities), ("pieces", _pieces),
                       ("paragraph counts", _count_part)):
    shared_cache(f"platform_count: {_name} by text", _cached.cache_clear)
