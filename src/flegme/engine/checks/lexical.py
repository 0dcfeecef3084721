"""Shared machinery of the lexicon-driven checkers: one compiled index per lexicon."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache

from flegme.engine.lexicon import Kind, LexiconEntry, lexicon_data, load_kinds, load_lexicon
from flegme.engine.matcher import PhraseMatch, PhraseMatcher
from flegme.engine.text import Document, Span, inside


class LexiconIndex:
    """Exact and stemmed matchers over lexicon entries; longest, leftmost match wins."""

    def __init__(self, entries: Iterable[LexiconEntry], language: str) -> None:
        entries = list(entries)
        self.exact = PhraseMatcher([(e.term, e) for e in entries if not e.stem], language)
        self.stemmed = PhraseMatcher([(e.term, e) for e in entries if e.stem], language,
                                     stem=True)

    @property
    def matchers(self) -> tuple[PhraseMatcher[LexiconEntry], ...]:
        """Its matchers (the engine scans all checkers' matchers in one pass)."""
        return (self.exact, self.stemmed)

    def find(self, doc: Document) -> list[PhraseMatch[LexiconEntry]]:
        """Non-overlapping matches of both matchers, in text order, outside hashtags,
        @-handles and links (those are names, not prose)."""
        found = self.exact.find(doc)
        if len(self.stemmed):
            taken = [(m.start, m.end) for m in found]
            found.extend(m for m in self.stemmed.find(doc)
                         if not any(s < m.end and m.start < e for s, e in taken))
            found.sort(key=lambda m: m.start)
        if not found:
            return found
        links = doc.urls() if "." in doc.text else []
        return [m for m in found if not _in_name(doc.text, m.start, links)]


def entries(language: str, *names: str) -> list[LexiconEntry]:
    """The entries of several lexicon files of one language."""
    return [e for name in names for e in load_lexicon(language, name)]


def kinds(language: str, name: str) -> dict[str, Kind]:
    """The kinds of a lexicon file."""
    return load_kinds(language, name)


@cache
def word_sets(language: str, name: str) -> dict[str, frozenset[str]]:
    """The `[words]` table of a lexicon file: named sets of folded single words."""
    from flegme.engine.text import fold

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
