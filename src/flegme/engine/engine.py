"""Run the checkers for (text, style, platforms) and build the Report.

The lexical checkers look at one paragraph at a time and their scans are cached by paragraph
text, so re-checking after a keystroke only rescans the paragraph that changed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

from flegme.engine.cache import LRU, SCAN_CACHE_SIZE, clear_shared
from flegme.engine.checks.base import Checker, Conclusion, Scan
from flegme.engine.checks.disclosure import DisclosureChecker
from flegme.engine.checks.jargon import JargonChecker
from flegme.engine.checks.length import LengthChecker, LengthResult, rules_for
from flegme.engine.checks.promotion import PromotionChecker
from flegme.engine.checks.tone import ToneChecker
from flegme.engine.checks.values import ValuesChecker
from flegme.engine.gc_pause import gc_paused
from flegme.engine.matcher import MatcherGroup
from flegme.engine.report import Finding, Report, Scores, Severity, Verdicts
from flegme.engine.rules import StyleRules
from flegme.engine.text import (
    LANGUAGES,
    Document,
    JoinedWords,
    fold,
    language_from_votes,
    language_votes,
)
from flegme.style.model import HouseStyle

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """This module's logger (`logging` is imported when something is logged, not by every
    `flegme check`)."""
    import logging

    return logging.getLogger(__name__)


class CheckerFailure(RuntimeError):
    """A checker raised: a bug, reported as a note so the window keeps working."""


class _Part(NamedTuple):
    """One tokenised paragraph, its French/English function-word votes, and the same
    paragraph as a Document of each language checked so far (they share the words)."""

    doc: Document
    fr: int
    en: int
    by_language: dict[str, Document]

    def in_language(self, language: str) -> Document:
        found = self.by_language.get(language)
        if found is None:
            doc = self.doc
            found = self.by_language[language] = Document(doc.text, language, doc.folded,
                                                          doc.words)
        return found


class _Scans(NamedTuple):
    """What one paragraph gave: each checker's scan, and where allowed phrases lie."""

    scans: tuple[Scan, ...]
    allowed: tuple[tuple[int, int], ...]


class EngineCache:
    """Every cache a check fills, with one `clear()`: the paragraphs' words and votes, each
    language's scans of them, and (through `flegme.engine.cache`) the word views and
    platform counts other modules keep."""

    def __init__(self) -> None:
        self.parts: LRU[str, _Part] = LRU(SCAN_CACHE_SIZE)
        self._scans: dict[str, LRU[str, _Scans]] = {}

    def scans_for(self, language: str) -> LRU[str, _Scans]:
        """The checkers' scans of paragraphs in one language, by paragraph text."""
        found = self._scans.get(language)
        if found is None:
            found = self._scans.setdefault(language, LRU(SCAN_CACHE_SIZE))
        return found

    def clear(self) -> None:
        """Forget every cached paragraph, scan, word view and platform count (benchmarks
        measure cold checks with this)."""
        self.parts.clear()
        for scans in self._scans.values():
            scans.clear()
        clear_shared()


class _LanguageSet:
    """The lexical checkers compiled for one language, with their paragraph cache."""

    def __init__(self, style: HouseStyle, language: str, rules: StyleRules,
                 cache: LRU[str, _Scans]) -> None:
        self.jargon = JargonChecker(style, language)
        self.tone = ToneChecker(style, language)
        self.values = ValuesChecker(style, language)
        self.promotion = PromotionChecker(style, language)
        self.disclosure = DisclosureChecker(style, language)
        self.checkers: tuple[Checker, ...] = (self.jargon, self.tone, self.values,
                                              self.promotion, self.disclosure)
        self.cache = cache
        self.language = language
        self.rules = rules
        # All the checkers' phrase matchers walk a paragraph together, once: the group
        # holds one automaton for all their terms, and each matcher answers from it.
        self.matchers = MatcherGroup(m for checker in self.checkers for m in checker.matchers())

    def scans(self, part: Document, failed: dict[str, str], raise_errors: bool) -> _Scans:
        """Each checker's scan of one paragraph and its allowed phrases (paragraph offsets),
        cached by its text. A checker that raises gives an empty scan and is named in
        `failed`. (Allowed phrases are found here, while the paragraph's word views are
        fresh: a 100 KB paste has more paragraphs than the view cache holds.)"""
        cached = self.cache.get(part.text)
        if cached is not None:
            return cached
        result: list[Scan] = []
        ok = True
        for checker in self.checkers:
            try:
                result.append(checker.scan(part))
            except Exception as exc:
                _failed(checker.category, exc, failed, raise_errors)
                result.append(Scan())
                ok = False
        scans = _Scans(tuple(result), tuple(self.rules.allowed_spans(part)))
        if ok:  # a failure is retried (and reported) on the next check
            self.cache.put(part.text, scans)
        return scans


def _failed(category: str, exc: Exception, failed: dict[str, str], raise_errors: bool) -> None:
    """Log a checker's exception (or re-raise it in tests) and remember it for the notes."""
    if raise_errors:
        raise CheckerFailure(f"{category}: {type(exc).__name__}: {exc}") from exc
    _log().exception("the %s checker failed", category)
    failed.setdefault(category, type(exc).__name__)


def _shift(scan: Scan, offset: int) -> Scan:
    if not offset or not scan.findings:
        return scan
    return Scan(tuple([f.shifted(offset) for f in scan.findings]), scan.cues, scan.keys)


class Engine:
    """The local checking engine for one house style. Safe to call on every keystroke."""

    def __init__(self, style: HouseStyle) -> None:
        self.style = style
        self.rules = StyleRules(style)
        self.length = LengthChecker(style)
        self._sets: dict[str, _LanguageSet] = {}
        self.cache = EngineCache()
        self.raise_errors = False  # tests turn this on so checker bugs are not hidden

    def _set(self, language: str) -> _LanguageSet:
        found = self._sets.get(language)
        if found is None:
            found = self._sets[language] = _LanguageSet(self.style, language, self.rules,
                                                        self.cache.scans_for(language))
        return found

    def check(self, text: str, platforms: Sequence[str] = (), language: str = "auto") -> Report:
        """Check `text` with the local checkers (not grammar). Never raises on any text;
        an unknown platform is an `InputError`."""
        for platform in platforms:
            rules_for(platform, self.style)
        try:
            with gc_paused():
                return self._check(text, platforms, language)
        except CheckerFailure:
            raise  # only with raise_errors: already names the checker
        except Exception as exc:  # past the per-checker guards: a bug in the engine itself
            if self.raise_errors:
                raise CheckerFailure(f"engine: {type(exc).__name__}: {exc}") from exc
            _log().exception("the engine failed")
            return Report(text=text, language=language if language in LANGUAGES else
                          self.style.organisation.default_language, findings=(),
                          scores=Scores(), verdicts=Verdicts(),
                          notes=(f"The checks could not run ({type(exc).__name__}); "
                                 "please report it.",))

    def _check(self, text: str, platforms: Sequence[str], language: str) -> Report:
        doc, parts = self._analyse(text, language)
        checkers = self._set(doc.language)
        failed: dict[str, str] = {}
        per_checker: list[list[Scan]] = [[] for _ in checkers.checkers]
        allowed: list[tuple[int, int]] = []  # allowed phrases never span paragraphs
        for start, part in parts:
            found = checkers.scans(part, failed, self.raise_errors)
            for scans, scan in zip(per_checker, found.scans, strict=True):
                scans.append(_shift(scan, start))
            if found.allowed:
                allowed.extend([(s + start, e + start) for s, e in found.allowed])
        jargon, tone, values, promotion, disclosure = (
            self._conclude(c, doc, scans, failed)
            for c, scans in zip(checkers.checkers, per_checker, strict=True)
        )
        try:
            length = self.length.check(doc, platforms)
        except Exception as exc:
            _failed(self.length.category, exc, failed, self.raise_errors)
            length = LengthResult((), (), MappingProxyType({}))
        findings = self.rules.apply(
            [*length.findings, *jargon.findings, *tone.findings, *values.findings,
             *promotion.findings, *disclosure.findings], doc, allowed)
        notes = tuple(f"The {category} checks could not run ({name}); please report it."
                      for category, name in failed.items())
        return Report(
            text=text, language=doc.language,
            findings=_sorted(findings),
            scores=Scores(impulsivity=tone.score or 0, promotion=promotion.score or 0,
                          readability=jargon.readability),
            verdicts=_verdicts(jargon, tone, values, promotion, length.over_limit),
            counts=length.counts, notes=notes,
            features=MappingProxyType({"impulsive": tone.features,
                                       "promotional": promotion.features,
                                       "jargon": jargon.features}),
        )

    def _conclude(self, checker: Checker, doc: Document, scans: Sequence[Scan],
                  failed: dict[str, str]) -> Conclusion:
        if checker.category in failed:
            return Conclusion()  # its scans are incomplete: no verdict from it
        try:
            return checker.conclude(doc, scans)
        except Exception as exc:
            _failed(checker.category, exc, failed, self.raise_errors)
            return Conclusion()

    def _analyse(self, text: str, language: str) -> tuple[Document, list[tuple[int, Document]]]:
        """The whole document and its non-blank paragraphs, tokenised once per paragraph
        text (a keystroke re-tokenises only the paragraph it changed)."""
        parts: list[tuple[int, _Part]] = []
        folded: list[str] = []
        fr = en = 0
        cache = self.cache.parts
        for start, end in Document.paragraph_spans(text):
            part_text = text[start:end]
            if not part_text.strip():
                folded.append(fold(part_text))
                continue
            found = cache.get(part_text)
            if found is None:
                part = Document.analyse(part_text, "fr")  # words do not depend on language
                found = _Part(part, *language_votes(part.words), {"fr": part})
                cache.put(part_text, found)
            parts.append((start, found))
            folded.append(found.doc.folded)
            fr += found.fr
            en += found.en
        if language not in LANGUAGES:
            language = language_from_votes(fr, en, self.style.organisation.default_language)
        docs = [(start, found.in_language(language)) for start, found in parts]
        words = JoinedWords([(start, part.words) for start, part in docs])
        doc = Document(text=text, language=language, folded="".join(folded), words=words)
        return doc, docs

    def merge(self, report: Report, findings: Sequence[Finding],
              notes: Sequence[str] = ()) -> Report:
        """The report with extra findings (grammar) after the style's overrides and allow list."""
        doc = Document.analyse(report.text, report.language)
        extra = self.rules.apply(findings, doc)
        return replace(report, findings=_sorted([*report.findings, *extra]),
                       notes=(*report.notes, *notes))


def _verdicts(jargon: Conclusion, tone: Conclusion, values: Conclusion,
              promotion: Conclusion, over_limit: Mapping[str, bool]) -> Verdicts:
    return Verdicts(
        impulsive=tone.flag, promotional=promotion.flag, jargon=jargon.flag,
        values_linked=values.flag,
        linked_to=values.keys if values.flag else (),
        could_link_to=() if values.flag else values.keys,
        over_limit=over_limit,
    )


def _sorted(findings: Sequence[Finding]) -> tuple[Finding, ...]:
    return tuple(sorted(findings, key=lambda f: (f.start, -f.severity.rank, f.end, f.rule)))


def check_text(text: str, style: HouseStyle | None = None, platforms: Sequence[str] = (),
               language: str = "auto") -> Report:
    """One-off check with `style` (the default style when None)."""
    if style is None:
        from flegme.style.loader import default_style

        style = default_style()
    return Engine(style).check(text, platforms, language)


__all__ = ["Engine", "Severity", "check_text"]
