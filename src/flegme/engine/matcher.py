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

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any, Generic, TypeVar

import ahocorasick
import Stemmer

from flegme.engine import text as text_module
from flegme.engine.cache import shared_cache
from flegme.engine.text import Document, word_bounds, word_norms
from flegme.pattern_cache import compile_re

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
_STRETCH_RE = compile_re(r"([^\W\d_])\1{2,}")
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
    """Forget cached word views (`EngineCache.clear()` calls this)."""
    _VIEW_CACHE.clear()


shared_cache("matcher: word views by paragraph", clear_caches)


def term_tokens(term: str) -> tuple[str, ...]:
    """A lexicon term as folded tokens, tokenised exactly like the text."""
    return text_module.tokens(term)


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

    def built(self) -> ahocorasick.Automaton:
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
        hits = list(self.built().iter(joined))
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
        # its own automaton, made when it first scans alone (an engine's matchers all scan in
        # its group: building each one's term table too cost ~5 % of an engine's start)
        self._alone: _Automaton | None = None
        # its group and owner slot in the group's automaton, set together by `join` once the
        # group is complete (a matcher shared between engines may be asked from another thread)
        self.member: tuple[MatcherGroup, int] | None = None

    @property
    def group(self) -> MatcherGroup | None:
        """The group whose shared scan answers this matcher (None: it scans alone)."""
        member = self.member
        return None if member is None else member[0]

    def __len__(self) -> int:
        return len(self._terms)

    @property
    def terms(self) -> list[tuple[tuple[str, ...], str, T]]:
        """(tokens, term as written, payload) for each distinct term."""
        return self._terms

    def join(self, group: MatcherGroup, slot: int) -> None:
        """From now on, answer from `group`'s shared scan (this matcher owns `slot` there);
        called once the group is complete, group and slot set in one assignment."""
        self.member = (group, slot)

    def find(self, doc: Document) -> list[PhraseMatch[T]]:
        """Non-overlapping occurrences, left to right, the longest term winning."""
        if not self._terms:
            return []
        member = self.member
        if member is not None:
            return member[0].find(self.stem, member[1], doc)
        alone = self._alone
        if alone is None:
            alone = _Automaton(self.stem)
            alone.add_owner(self._terms)
            self._alone = alone  # one assignment: another thread sees none or a whole one
        return alone.scan(doc)[0]


class MatcherGroup:
    """Matchers that look at the same paragraphs, scanned in one pass per paragraph.

    The lexical checkers each hold matchers; the engine groups them per language, so one
    automaton pass over a paragraph answers all of them (results are the same as each
    matcher's own `find`). The last paragraph's results are kept: the checkers ask in turn.
    """

    def __init__(self, matchers: Iterable[PhraseMatcher[Any]]) -> None:
        self._automata = {False: _Automaton(False), True: _Automaton(True)}
        # stem? -> (doc, that automaton's results for doc): one entry each, swapped whole, so
        # two threads sharing the engine only ever see a miss, never another's results. Set
        # before any matcher joins: a matcher shared between engines (the cue patterns'
        # trigger words) may be asked for matches by another thread while this group is built.
        self._last: dict[bool, tuple[Document, list[list[PhraseMatch[Any]]]]] = {}
        language = None
        members: list[tuple[PhraseMatcher[Any], int]] = []
        joined: set[int] = set()
        for matcher in matchers:
            if not len(matcher) or matcher.group is self or id(matcher) in joined:
                continue  # several checkers share the cue patterns' trigger matcher
            joined.add(id(matcher))
            if matcher.stem:
                if language is not None and matcher.language != language:
                    raise ValueError("a group's stemmed matchers must share one language")
                language = matcher.language
            members.append((matcher, self._automata[matcher.stem].add_owner(matcher.terms)))
        for automaton in self._automata.values():
            if automaton.owners:
                automaton.built()  # complete before any matcher points here
        for matcher, slot in members:
            matcher.join(self, slot)

    def find(self, stem: bool, slot: int, doc: Document) -> list[PhraseMatch[Any]]:
        """The matches in `doc` of the matcher in `slot` of the stemmed or plain automaton
        (a copy: callers may extend it)."""
        last = self._last.get(stem)
        if last is None or last[0] is not doc:
            last = (doc, self._automata[stem].scan(doc))
            self._last[stem] = last
        return list(last[1][slot])
