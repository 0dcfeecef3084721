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
from typing import Any, Generic, TypeVar

import Stemmer

from flegme.engine.text import Document

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


# A trie over term tokens: node[token] is the next node; node[_ENDS] maps each owner (a
# matcher's slot in its group) to the (term, payload) ending there. Tokens are never empty,
# so "" cannot clash with one.
_ENDS = ""
_Node = dict[str, Any]
_JOINER_CHARS = "".join(_JOINERS)


class _Trie:
    """The terms of one or more matchers (their owners), walked once per paragraph."""

    __slots__ = ("first", "owners", "root", "stem")

    def __init__(self, stem: bool) -> None:
        self.stem = stem
        self.root: _Node = {}
        self.first: frozenset[str] = frozenset()
        self.owners = 0

    def add_owner(self, terms: Sequence[tuple[tuple[str, ...], str, Any]]) -> int:
        """Add one matcher's terms (first entry wins for equal tokens); its owner slot."""
        owner = self.owners
        self.owners += 1
        for tokens, term, payload in terms:
            node = self.root
            for token in tokens:
                node = node.setdefault(token, {})
            node.setdefault(_ENDS, {}).setdefault(owner, (term, payload))
        self.first = frozenset(self.root)  # set & set iterates the smaller side
        return owner

    def scan(self, doc: Document) -> list[list[PhraseMatch[Any]]]:
        """Each owner's non-overlapping matches in `doc`, left to right, longest first."""
        out: list[list[PhraseMatch[Any]]] = [[] for _ in range(self.owners)]
        keys, present = _view(doc, self.stem)
        hits = present & self.first  # set work in C: most paragraphs stop here
        if not hits:
            return out
        words = doc.words
        text = doc.text
        root = self.root
        count = len(keys)
        free = [0] * self.owners  # per owner, the first word not yet covered by a match
        for i in [i for i, key in enumerate(keys) if key in hits]:
            node = root[keys[i]]
            best: dict[int, tuple[int, tuple[str, Any]]] = {}  # owner -> (size, term+payload)
            j = i
            while True:
                ends = node.get(_ENDS)
                if ends is not None:
                    size = j - i + 1
                    for owner, found in ends.items():
                        best[owner] = (size, found)
                j += 1
                if j == count:
                    break
                nxt = node.get(keys[j])
                if nxt is None:
                    break
                gap = text[words[j - 1][1]:words[j][0]]  # Word.end, Word.start
                if gap != " " and (not gap or gap.strip(_JOINER_CHARS)):
                    break  # a phrase never crosses punctuation
                node = nxt
            for owner, (size, (term, payload)) in best.items():
                if free[owner] <= i:
                    out[owner].append(PhraseMatch(words[i][0], words[i + size - 1][1], term,
                                                  payload, i, size))
                    free[owner] = i + size
        return out


class PhraseMatcher(Generic[T]):
    """Finds whole-word occurrences of many terms (phrases as phrases) in a Document."""

    def __init__(self, entries: Iterable[tuple[str, T]], language: str, *,
                 stem: bool = False) -> None:
        self.language = language
        self.stem = stem
        self._terms: list[tuple[tuple[str, ...], str, T]] = []
        seen: set[tuple[str, ...]] = set()
        for term, payload in entries:
            tokens = term_tokens(term)
            if stem:
                tokens = stem_tokens(tokens, language)
            if not tokens or tokens in seen:
                continue
            seen.add(tokens)
            self._terms.append((tokens, term, payload))
        self._group: MatcherGroup | None = None
        self._trie = _Trie(stem)
        self._owner = self._trie.add_owner(self._terms)

    def __len__(self) -> int:
        return len(self._terms)

    def find(self, doc: Document) -> list[PhraseMatch[T]]:
        """Non-overlapping occurrences, left to right, the longest term winning."""
        if not self._terms:
            return []
        if self._group is not None:
            return self._group.find(self, doc)
        return self._trie.scan(doc)[self._owner]


class MatcherGroup:
    """Matchers that look at the same paragraphs, scanned in one pass per paragraph.

    The lexical checkers each hold matchers; the engine groups them per language, so one
    trie walk over a paragraph's words answers all of them (results are the same as each
    matcher's own `find`). The last paragraph's results are kept: the checkers ask in turn.
    """

    def __init__(self, matchers: Iterable[PhraseMatcher[Any]]) -> None:
        self._tries = {False: _Trie(False), True: _Trie(True)}
        self._slots: dict[int, tuple[_Trie, int]] = {}
        language = None
        for matcher in matchers:
            if not len(matcher) or id(matcher) in self._slots:
                continue
            if language is not None and matcher.language != language and matcher.stem:
                raise ValueError("a group's stemmed matchers must share one language")
            if matcher.stem:
                language = matcher.language
            trie = self._tries[matcher.stem]
            self._slots[id(matcher)] = (trie, trie.add_owner(matcher._terms))
            matcher._group = self
        # (trie, doc) -> that trie's results for doc; one entry per trie: atomic swaps, so
        # two threads sharing the engine only ever see a miss, never another's results.
        self._last: dict[bool, tuple[Document, list[list[PhraseMatch[Any]]]]] = {}

    def find(self, matcher: PhraseMatcher[T], doc: Document) -> list[PhraseMatch[T]]:
        """`matcher`'s matches in `doc` (a copy: callers may extend it)."""
        trie, owner = self._slots[id(matcher)]
        last = self._last.get(trie.stem)
        if last is None or last[0] is not doc:
            last = (doc, trie.scan(doc))
            self._last[trie.stem] = last
        return list(last[1][owner])
