"""Many-term phrase matching over a Document's words, by folded form or by stem.

Terms and text are tokenised the same way (`flegme.engine.text`): lower-cased, accents
folded, split on anything but letters and digits. A term is a tuple of tokens; matching is
one dict lookup per word of the text (longest term first, no overlaps), so hundreds of terms
cost no more than a few (Python's `re` with hundreds of alternatives is what this avoids).
Phrases only match when their words are separated by blanks, hyphens or apostrophes, never
across punctuation such as a comma or a full stop.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Generic, TypeVar

import Stemmer

from flegme.engine.text import Document, Word

T = TypeVar("T")

_STEMMER_NAMES = {"fr": "french", "en": "english"}
_JOINERS = frozenset(" \t\u00a0\u202f-'’‑")


@lru_cache(maxsize=4)
def _stemmer(language: str) -> Stemmer.Stemmer:
    return Stemmer.Stemmer(_STEMMER_NAMES.get(language, "english"))


def stem_tokens(tokens: Iterable[str], language: str) -> tuple[str, ...]:
    """Snowball stems of folded tokens. Text and terms are both folded before stemming, so
    they always meet on the same stem (and one C call stems a whole paragraph)."""
    words = list(tokens)
    if not words:
        return ()
    stems = _stemmer(language).stemWords(words)
    if language == "fr":
        # Snowball's French rules read accents: folded past participles keep an "e"
        # ("restaurees" -> "restaure", "restaurer" -> "restaur"). Dropping a final "e" from
        # every stem, text and terms alike, lets them meet again.
        return tuple([s[:-1] if s[-1:] == "e" else s for s in stems])
    return tuple(stems)


# Per text: the word keys (folded forms or stems) and where each key occurs. Several
# matchers look at the same paragraph, so this is computed once and shared.
_NORM = itemgetter(2)
_View = tuple[tuple[str, ...], frozenset[str]]
_VIEW_CACHE: dict[tuple[str, str, bool], _View] = {}
_VIEW_CACHE_SIZE = 256


def _view(doc: Document, stem: bool) -> _View:
    key = (doc.text, doc.language if stem else "", stem)
    view = _VIEW_CACHE.get(key)
    if view is None:
        norms = tuple(map(_NORM, doc.words))  # C-level: Word is a tuple, norm its 3rd item
        keys = stem_tokens(norms, doc.language) if stem else norms
        view = (keys, frozenset(keys))
        if len(_VIEW_CACHE) >= _VIEW_CACHE_SIZE:
            _VIEW_CACHE.pop(next(iter(_VIEW_CACHE)))  # oldest first: dicts keep insertion order
        _VIEW_CACHE[key] = view
    return view


def document_stems(doc: Document) -> tuple[str, ...]:
    """One stem per word of `doc` (cached by text, so several checkers share the work)."""
    return _view(doc, True)[0]


def document_norms(doc: Document) -> tuple[str, ...]:
    """The folded form of each word of `doc` (cached by text)."""
    return _view(doc, False)[0]


def clear_caches() -> None:
    """Forget cached word views (benchmarks measure cold checks with this)."""
    _VIEW_CACHE.clear()


def term_tokens(term: str) -> tuple[str, ...]:
    """A lexicon term as folded tokens, tokenised exactly like the text."""
    return tuple(w.norm for w in Document.analyse(term, "en").words)


@dataclass(frozen=True, slots=True)
class PhraseMatch(Generic[T]):
    """One occurrence: `[start, end)` in the text, the matched term and its payload."""

    start: int
    end: int
    term: str
    payload: T
    first_word: int  # index of its first word in doc.words
    word_count: int


class PhraseMatcher(Generic[T]):
    """Finds whole-word occurrences of many terms (phrases as phrases) in a Document."""

    def __init__(self, entries: Iterable[tuple[str, T]], language: str, *,
                 stem: bool = False) -> None:
        self.language = language
        self.stem = stem
        self._index: dict[str, list[tuple[tuple[str, ...], str, T]]] = {}
        seen: set[tuple[str, ...]] = set()
        for term, payload in entries:
            tokens = term_tokens(term)
            if stem:
                tokens = stem_tokens(tokens, language)
            if not tokens or tokens in seen:
                continue
            seen.add(tokens)
            self._index.setdefault(tokens[0], []).append((tokens, term, payload))
        for candidates in self._index.values():
            candidates.sort(key=lambda c: -len(c[0]))
        self._first_words = frozenset(self._index)  # set & set iterates the smaller side
        self._size = len(seen)  # __len__ is asked on every find: not recounted each time

    def __len__(self) -> int:
        return self._size

    def find(self, doc: Document) -> list[PhraseMatch[T]]:
        """Non-overlapping occurrences, left to right, the longest term winning."""
        index = self._index
        if not index:
            return []
        keys, present = _view(doc, self.stem)
        hits = present & self._first_words  # set work in C: most matchers stop here
        if not hits:
            return []
        words = doc.words
        text = doc.text
        found: list[PhraseMatch[T]] = []
        free = 0  # first word not yet covered by a match
        for i in [i for i, key in enumerate(keys) if key in hits]:
            if i < free:
                continue
            for tokens, term, payload in index[keys[i]]:
                size = len(tokens)
                if keys[i:i + size] == tokens and _joined(text, words, i, size):
                    found.append(PhraseMatch(words[i].start, words[i + size - 1].end, term,
                                             payload, i, size))
                    free = i + size
                    break
        return found


def _joined(text: str, words: Sequence[Word], first: int, size: int) -> bool:
    """True when the words of a phrase are separated by blanks, hyphens or apostrophes only."""
    for k in range(first, first + size - 1):
        gap = text[words[k].end:words[k + 1].start]
        if not gap or any(c not in _JOINERS for c in gap):
            return False
    return True
