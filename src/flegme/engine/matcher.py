"""Many-term phrase matching over a Document's words, by folded form or by stem.

Terms and text are tokenised the same way (`flegme.engine.text`): lower-cased, accents
folded, split on anything but letters and digits. A term is a tuple of tokens. A paragraph's
tokens, joined with NUL separators, go through an Aho-Corasick automaton (pyahocorasick, in
C) holding every term as NUL-delimited tokens: one pass finds whole-word occurrences of
hundreds of terms, and Python only sees actual matches (Python's `re` with hundreds of
alternatives, or a walk from every word, is what this avoids).
Phrases only match when their words are separated by blanks, hyphens or apostrophes, never
across punctuation such as a comma or a full stop.
Stretched words ("nuuuul", "sooo", "fuuuck": a letter three times or more) are matched as the
word they stretch: a normalisation rule on the word keys, not a list of spellings.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, Generic, TypeVar

import ahocorasick
import Stemmer

from flegme.engine.text import Document, word_bounds, word_norms

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


# Per text: the word keys (folded forms or stems), joined for the automaton. Several
# matchers look at the same paragraph, so this is computed once and shared.
_SEP = "\x00"  # never inside a token (tokens are letters and digits)


class _View:
    """A paragraph's word keys, and (when first asked) the same keys as one string, each
    key between NUL separators, for the automaton."""

    __slots__ = ("_joined", "keys")

    def __init__(self, keys: tuple[str, ...]) -> None:
        self.keys = keys
        self._joined: str | None = None

    def joined(self) -> str:
        if self._joined is None:
            self._joined = _SEP + _SEP.join(self.keys) + _SEP
        return self._joined


_VIEW_CACHE: dict[tuple[str, str, bool], _View] = {}
_VIEW_CACHE_SIZE = 256


# Stretched words: a letter written three times or more. Tokens are judged once and
# remembered (a regex over every paragraph would cost ~0.1 ms per 3,000 characters).
_STRETCH_RE = re.compile(r"([^\W\d_])\1{2,}")
_PLAIN: set[str] = set()  # tokens known not to be stretched
_STRETCHED: dict[str, tuple[str, str]] = {}  # token -> (runs cut to two, runs cut to one)
_TOKEN_MEMO_SIZE = 200_000
_VOCABULARY: set[str] = set()  # every single token of every matcher's terms


def unstretch(token: str) -> str:
    """The word a stretched token stands for: its letter runs cut to two letters ("cooool"
    -> "cool") or to one ("nuuuul" -> "nul", "sooo" -> "so"), whichever a lexicon knows;
    one letter when neither is known. Other tokens are returned as they are."""
    if token in _PLAIN:
        return token
    pair = _STRETCHED.get(token)
    if pair is None:
        if _STRETCH_RE.search(token) is None:
            if len(_PLAIN) > _TOKEN_MEMO_SIZE:
                _PLAIN.clear()
            _PLAIN.add(token)
            return token
        pair = (_STRETCH_RE.sub(r"\1\1", token), _STRETCH_RE.sub(r"\1", token))
        _STRETCHED[token] = pair
    two, one = pair
    return two if two in _VOCABULARY and one not in _VOCABULARY else one


def _unstretched(norms: tuple[str, ...]) -> tuple[str, ...]:
    if _PLAIN.issuperset(norms):  # the usual case: every token already seen, none stretched
        return norms
    return tuple([unstretch(n) for n in norms])


def _view(doc: Document, stem: bool) -> _View:
    key = (doc.text, doc.language if stem else "", stem)
    view = _VIEW_CACHE.get(key)
    if view is None:
        if stem:  # the stems of the folded view's keys: unstretched once per paragraph
            view = _View(stem_tokens(_view(doc, False).keys, doc.language))
        else:
            view = _View(_unstretched(tuple(word_norms(doc.words))))
        if len(_VIEW_CACHE) >= _VIEW_CACHE_SIZE:
            _VIEW_CACHE.pop(next(iter(_VIEW_CACHE)))  # oldest first: dicts keep insertion order
        _VIEW_CACHE[key] = view
    return view


def document_stems(doc: Document) -> tuple[str, ...]:
    """One stem per word of `doc` (cached by text, so several checkers share the work)."""
    return _view(doc, True).keys


def document_norms(doc: Document) -> tuple[str, ...]:
    """The folded form of each word of `doc` (cached by text)."""
    return _view(doc, False).keys


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


_JOINER_CHARS = "".join(_JOINERS)
_Entry = tuple[int, int, str, Any]  # owner, token count, term, payload


class _Automaton:
    """The terms of one or more matchers (their owners), found in one pass per paragraph."""

    __slots__ = ("_automaton", "_terms", "owners", "stem")

    def __init__(self, stem: bool) -> None:
        self.stem = stem
        self.owners = 0
        self._terms: dict[str, list[_Entry]] = {}  # NUL-delimited tokens -> entries
        self._automaton: ahocorasick.Automaton | None = None

    def add_owner(self, terms: Sequence[tuple[tuple[str, ...], str, Any]]) -> int:
        """Add one matcher's terms (distinct token tuples); its owner slot."""
        owner = self.owners
        self.owners += 1
        for tokens, term, payload in terms:
            key = _SEP + _SEP.join(tokens) + _SEP
            self._terms.setdefault(key, []).append((owner, len(tokens), term, payload))
        self._automaton = None  # built again on the next scan
        return owner

    def _built(self) -> ahocorasick.Automaton:
        automaton = self._automaton
        if automaton is None:
            automaton = ahocorasick.Automaton()
            for key, found in self._terms.items():
                automaton.add_word(key, tuple(found))
            automaton.make_automaton()
            self._automaton = automaton  # one assignment: another thread sees old or new
        return automaton

    def scan(self, doc: Document) -> list[list[PhraseMatch[Any]]]:
        """Each owner's non-overlapping matches in `doc`, left to right, longest first."""
        out: list[list[PhraseMatch[Any]]] = [[] for _ in range(self.owners)]
        if not self._terms:
            return out
        joined = _view(doc, self.stem).joined()
        hits = list(self._built().iter(joined))
        if not hits:
            return out
        starts, ends = word_bounds(doc.words)
        text = doc.text
        candidates: list[tuple[int, int, int, str, Any]] = []  # first word, -size, owner, ...
        separators = 0  # NULs before `end`: the matched term's last word is separators - 1
        at = 0
        for end, found in hits:  # in order of `end`: counting on from the last is linear
            separators += joined.count(_SEP, at, end)
            at = end
            last = separators - 1
            for owner, size, term, payload in found:
                first = last - size + 1
                if size == 1 or _joined(text, starts, ends, first, size):
                    candidates.append((first, -size, owner, term, payload))
        candidates.sort(key=_LEFTMOST_LONGEST)
        free = [0] * self.owners  # per owner, the first word not yet covered by a match
        for first, minus_size, owner, term, payload in candidates:
            if free[owner] <= first:
                size = -minus_size
                out[owner].append(PhraseMatch(starts[first], ends[first + size - 1],
                                              term, payload, first, size))
                free[owner] = first + size
        return out


_LEFTMOST_LONGEST = itemgetter(0, 1)


def _joined(text: str, starts: Sequence[int], ends: Sequence[int], first: int,
            size: int) -> bool:
    """True when the words of a phrase are separated by blanks, hyphens or apostrophes only."""
    for k in range(first, first + size - 1):
        gap = text[ends[k]:starts[k + 1]]
        if gap != " " and (not gap or gap.strip(_JOINER_CHARS)):
            return False
    return True


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
            _VOCABULARY.update(tokens)
            if stem:
                tokens = stem_tokens(tokens, language)
            if not tokens or tokens in seen:
                continue
            seen.add(tokens)
            self._terms.append((tokens, term, payload))
        self._alone = _Automaton(stem)
        self._alone.add_owner(self._terms)
        self._group: MatcherGroup | None = None
        self._slot = 0  # its owner slot in the group's automaton

    def __len__(self) -> int:
        return len(self._terms)

    def find(self, doc: Document) -> list[PhraseMatch[T]]:
        """Non-overlapping occurrences, left to right, the longest term winning."""
        if not self._terms:
            return []
        if self._group is not None:
            return self._group.find(self, doc)
        return self._alone.scan(doc)[0]


class MatcherGroup:
    """Matchers that look at the same paragraphs, scanned in one pass per paragraph.

    The lexical checkers each hold matchers; the engine groups them per language, so one
    automaton pass over a paragraph answers all of them (results are the same as each
    matcher's own `find`). The last paragraph's results are kept: the checkers ask in turn.
    """

    def __init__(self, matchers: Iterable[PhraseMatcher[Any]]) -> None:
        self._automata = {False: _Automaton(False), True: _Automaton(True)}
        language = None
        for matcher in matchers:
            if not len(matcher) or matcher._group is self:
                continue
            if matcher.stem:
                if language is not None and matcher.language != language:
                    raise ValueError("a group's stemmed matchers must share one language")
                language = matcher.language
            automaton = self._automata[matcher.stem]
            matcher._group = self
            matcher._slot = automaton.add_owner(matcher._terms)
        # stem? -> (doc, that automaton's results for doc): one entry each, swapped whole, so
        # two threads sharing the engine only ever see a miss, never another's results.
        self._last: dict[bool, tuple[Document, list[list[PhraseMatch[Any]]]]] = {}

    def find(self, matcher: PhraseMatcher[T], doc: Document) -> list[PhraseMatch[T]]:
        """`matcher`'s matches in `doc` (a copy: callers may extend it)."""
        last = self._last.get(matcher.stem)
        if last is None or last[0] is not doc:
            last = (doc, self._automata[matcher.stem].scan(doc))
            self._last[matcher.stem] = last
        return list(last[1][matcher._slot])
