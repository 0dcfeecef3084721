"""Shared machinery of the lexicon-driven checkers: one compiled index per lexicon."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import cache

from flegme.engine.emoji import EmojiFinder
from flegme.engine.inflect import forms
from flegme.engine.lexicon import Kind, LexiconEntry, lexicon_data, load_kinds, load_lexicon
from flegme.engine.masked import MaskedFinder
from flegme.engine.matcher import PhraseMatch, PhraseMatcher
from flegme.engine.text import Document, Span, fold, inside, word_bounds
from flegme.pattern_cache import compile_re


class LexiconIndex:
    """Exact and stemmed matchers over lexicon entries; longest, leftmost match wins.

    Entries marked `inflect` are matched in every form `flegme.engine.inflect` derives;
    entries that are emoji (no letter or digit) are found as emoji; with `masked`, the
    single words of the index are also found masked or in leet ("f*ck", "sh!t").
    """

    def __init__(self, entries: Iterable[LexiconEntry], language: str, *,
                 masked: bool = False) -> None:
        entries = list(entries)
        words = [e for e in entries if any(c.isalnum() for c in e.term)]
        self.exact = PhraseMatcher(
            [(form, e) for e in words if not e.stem
             for form in (forms(e.term, language) if e.inflect else (e.term,))], language)
        self.stemmed = PhraseMatcher([(e.term, e) for e in words if e.stem], language,
                                     stem=True)
        self.emoji = EmojiFinder([(e.term, e) for e in entries
                                  if not any(c.isalnum() for c in e.term)])
        singles = [(fold(form), e) for e in words if masked and " " not in e.term.strip()
                   for form in (forms(e.term, language) if e.inflect else (e.term,))]
        self.masked = MaskedFinder(singles)
        self.hashtag_words = dict(reversed(singles))  # the first entry of a form wins
        # phrases of two or three words, for hashtags whose CamelCase words spell one
        # (#ShameOnThem: "shame on")
        self.hashtag_words.update(reversed([
            (fold(e.term), e) for e in words
            if masked and not e.inflect and 2 <= len(e.term.split()) <= _HASHTAG_PHRASE]))

    @property
    def matchers(self) -> tuple[PhraseMatcher[LexiconEntry], ...]:
        """Its matchers (the engine scans all checkers' matchers in one pass)."""
        return (self.exact, self.stemmed)

    def find(self, doc: Document) -> list[PhraseMatch[LexiconEntry]]:
        """Non-overlapping matches of both matchers, in text order, outside hashtags,
        @-handles and links (those are names, not prose); with `masked`, the words of
        CamelCase hashtags too (#FuckThis, #ShameOnYou: a hashtag can be an insult)."""
        found = self._find(doc)
        if self.hashtag_words and "#" in doc.text:
            found.extend(self._hashtag_words(doc))
            found.sort(key=lambda m: m.start)
        return found

    def _find(self, doc: Document) -> list[PhraseMatch[LexiconEntry]]:
        found = self.exact.find(doc)
        if len(self.stemmed):
            taken = [(m.start, m.end) for m in found]
            found.extend(m for m in self.stemmed.find(doc)
                         if not any(s < m.end and m.start < e for s, e in taken))
            found.sort(key=lambda m: m.start)
        if len(self.emoji) and not doc.text.isascii():
            found.extend(self._as_phrase(doc, start, end, term, entry)
                         for start, end, term, entry in self.emoji.find(doc.text))
            found.sort(key=lambda m: m.start)
        if len(self.masked):
            masked = self.masked.find(doc.folded)
            if masked:
                taken = [(m.start, m.end) for m in found]
                found.extend(self._as_phrase(doc, m.start, m.end, m.word, m.payload)
                             for m in masked
                             if not any(s < m.end and m.start < e for s, e in taken))
                found.sort(key=lambda m: m.start)
        if not found:
            return found
        links = doc.urls() if "." in doc.text else []
        return [m for m in found if not _in_name(doc.text, m.start, links)]

    def _hashtag_words(self, doc: Document) -> list[PhraseMatch[LexiconEntry]]:
        """Lexicon words that are a segment of a hashtag's CamelCase body, or all of it."""
        out: list[PhraseMatch[LexiconEntry]] = []
        text, folded = doc.text, doc.folded
        at = text.find("#")
        while at >= 0:
            m = _HASHTAG_BODY_RE.match(text, at + 1)
            if m is not None and (at == 0 or not (text[at - 1].isalnum() or text[at - 1]
                                                  in "#&/")):
                segments = [(p.start(), p.end()) for p in _CAMEL_RE.finditer(text, *m.span())]
                for start, end, key in _hashtag_keys(folded, m.span(), segments):
                    entry = self.hashtag_words.get(key)
                    if entry is not None:
                        out.append(self._as_phrase(doc, start, end, entry.term, entry))
                        break  # one cue per hashtag
            at = text.find("#", at + 1)
        return out

    @staticmethod
    def _as_phrase(doc: Document, start: int, end: int, term: str,
                   entry: LexiconEntry) -> PhraseMatch[LexiconEntry]:
        """A match found outside the automaton, as a phrase match: its words are those it
        covers (none for an emoji: then the next word, with a count of zero)."""
        starts, ends = word_bounds(doc.words)
        first = bisect_left(ends, start + 1)
        last = bisect_left(starts, end)
        return PhraseMatch(start, end, term, entry, first, max(0, last - first))


_HASHTAG_BODY_RE = compile_re(r"[^\W_]+")
_HASHTAG_PHRASE = 3  # the longest lexicon phrase looked for in a hashtag's CamelCase words


def _hashtag_keys(folded: str, body: tuple[int, int], segments: list[tuple[int, int]]
                  ) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) to look up for one hashtag: its whole body, each CamelCase word,
    then runs of two or three words joined by a blank (#ShameOnThem -> "shame on")."""
    yield body[0], body[1], folded[body[0]:body[1]]
    for start, end in segments:
        if (start, end) != body:
            yield start, end, folded[start:end]
    for n in range(2, min(_HASHTAG_PHRASE, len(segments)) + 1):
        for i in range(len(segments) - n + 1):
            run = segments[i:i + n]
            yield run[0][0], run[-1][1], " ".join(folded[s:e] for s, e in run)
# A CamelCase segment: an optional capital and lower-case letters, or a run of capitals.
_CAMEL_RE = compile_re(r"[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿ]+|[A-ZÀ-ÖØ-Þ]+(?![a-zß-öø-ÿ])")


def entries(language: str, *names: str) -> list[LexiconEntry]:
    """The entries of several lexicon files of one language."""
    return [e for name in names for e in load_lexicon(language, name)]


def kinds(language: str, name: str) -> dict[str, Kind]:
    """The kinds of a lexicon file."""
    return load_kinds(language, name)


@cache
def word_sets(language: str, name: str) -> dict[str, frozenset[str]]:
    """The `[words]` table of a lexicon file: named sets of folded single words."""
    data = lexicon_data(language, name)
    return {key: frozenset(fold(w) for w in values)
            for key, values in data.get("words", {}).items()}


def _in_name(text: str, start: int, links: list[Span]) -> bool:
    """True when the word at `start` is part of a hashtag, an @-handle or a link."""
    i = start
    while i > 0 and (text[i - 1].isalnum() or text[i - 1] in "_-"):
        i -= 1
    if i > 0 and text[i - 1] in "#@":
        return True
    return inside(start, links)
