"""Run the checkers for (text, style, platforms) and build the Report.

The lexical checkers look at one paragraph at a time and their scans are cached by paragraph
text, so re-checking after a keystroke only rescans the paragraph that changed.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Mapping, Sequence
from dataclasses import replace

from flegme.engine.checks.base import Checker, Conclusion, Scan
from flegme.engine.checks.jargon import JargonChecker
from flegme.engine.checks.length import LengthChecker, rules_for
from flegme.engine.checks.promotion import PromotionChecker
from flegme.engine.checks.tone import ToneChecker
from flegme.engine.checks.values import ValuesChecker
from flegme.engine.report import Finding, Report, Scores, Severity, Verdicts
from flegme.engine.rules import StyleRules
from flegme.engine.text import LANGUAGES, Document, JoinedWords, detect_language, fold
from flegme.style.model import HouseStyle

log = logging.getLogger(__name__)
SCAN_CACHE_SIZE = 1024


class CheckerFailure(RuntimeError):
    """A checker raised: a bug, reported as a note so the window keeps working."""


class _LanguageSet:
    """The lexical checkers compiled for one language, with their paragraph cache."""

    def __init__(self, style: HouseStyle, language: str) -> None:
        self.jargon = JargonChecker(style, language)
        self.tone = ToneChecker(style, language)
        self.values = ValuesChecker(style, language)
        self.promotion = PromotionChecker(style, language)
        self.checkers: tuple[Checker, ...] = (self.jargon, self.tone, self.values,
                                              self.promotion)
        self.cache: OrderedDict[str, tuple[Scan, ...]] = OrderedDict()
        self.language = language

    def scans(self, part: Document) -> tuple[Scan, ...]:
        """Each checker's scan of one paragraph (paragraph offsets), cached by its text."""
        cached = self.cache.get(part.text)
        if cached is not None:
            self.cache.move_to_end(part.text)
            return cached
        result = tuple(checker.scan(part) for checker in self.checkers)
        self.cache[part.text] = result
        if len(self.cache) > SCAN_CACHE_SIZE:
            self.cache.popitem(last=False)
        return result


def _shift(scan: Scan, offset: int) -> Scan:
    if not offset or not scan.findings:
        return scan
    return replace(scan, findings=tuple(f.shifted(offset) for f in scan.findings))


class Engine:
    """The local checking engine for one house style. Safe to call on every keystroke."""

    def __init__(self, style: HouseStyle) -> None:
        self.style = style
        self.rules = StyleRules(style)
        self.length = LengthChecker(style)
        self._sets: dict[str, _LanguageSet] = {}
        self._parts: OrderedDict[str, Document] = OrderedDict()
        self.raise_errors = False  # tests turn this on so checker bugs are not hidden

    def clear_caches(self) -> None:
        """Forget cached paragraphs (benchmarks measure cold checks with this)."""
        self._parts.clear()
        for checker_set in self._sets.values():
            checker_set.cache.clear()

    def _set(self, language: str) -> _LanguageSet:
        found = self._sets.get(language)
        if found is None:
            found = self._sets[language] = _LanguageSet(self.style, language)
        return found

    def check(self, text: str, platforms: Sequence[str] = (), language: str = "auto") -> Report:
        """Check `text` with the local checkers (not grammar). Never raises on any text;
        an unknown platform is an `InputError`."""
        for platform in platforms:
            rules_for(platform, self.style)
        doc, parts = self._analyse(text, language)
        checkers = self._set(doc.language)
        per_checker: list[list[Scan]] = [[] for _ in checkers.checkers]
        notes: list[str] = []
        try:
            for start, part in parts:
                if part.language != doc.language:
                    part = replace(part, language=doc.language)
                for i, scan in enumerate(checkers.scans(part)):
                    per_checker[i].append(_shift(scan, start))
            jargon, tone, values, promotion = (
                c.conclude(doc, scans) for c, scans in zip(checkers.checkers, per_checker,
                                                           strict=True)
            )
            length = self.length.check(doc, platforms)
        except Exception as exc:
            if self.raise_errors:
                raise CheckerFailure(str(exc)) from exc
            log.exception("a checker failed")
            notes.append(f"Some checks could not run ({type(exc).__name__}); please report it.")
            return _empty_report(doc, notes)
        # Allowed phrases never span paragraphs: find them per (cached) paragraph.
        allowed = [(s + start, e + start) for start, part in parts
                   for s, e in self.rules.allowed_spans(part)]
        findings = self.rules.apply(
            [*length.findings, *jargon.findings, *tone.findings, *values.findings,
             *promotion.findings], doc, allowed)
        return Report(
            text=text, language=doc.language,
            findings=_sorted(findings),
            scores=Scores(impulsivity=tone.score or 0, promotion=promotion.score or 0,
                          readability=jargon.readability),
            verdicts=_verdicts(jargon, tone, values, promotion, length.over_limit),
            counts=length.counts, notes=tuple(notes),
        )

    def _analyse(self, text: str, language: str) -> tuple[Document, list[tuple[int, Document]]]:
        """The whole document and its non-blank paragraphs, tokenised once per paragraph
        text (a keystroke re-tokenises only the paragraph it changed)."""
        parts: list[tuple[int, Document]] = []
        for start, end in Document.paragraph_spans(text):
            part_text = text[start:end]
            if not part_text.strip():
                continue
            part = self._parts.get(part_text)
            if part is None:
                part = Document.analyse(part_text, "fr")  # words do not depend on language
                self._parts[part_text] = part
                if len(self._parts) > SCAN_CACHE_SIZE:
                    self._parts.popitem(last=False)
            parts.append((start, part))
        if language not in LANGUAGES:
            language = detect_language((w for _, part in parts for w in part.words),
                                       self.style.organisation.default_language)
        words = JoinedWords([(start, part.words) for start, part in parts])
        return Document(text=text, language=language, folded=fold(text), words=words), parts

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


def _empty_report(doc: Document, notes: list[str]) -> Report:
    return Report(text=doc.text, language=doc.language, findings=(), scores=Scores(),
                  verdicts=Verdicts(), notes=tuple(notes))


def check_text(text: str, style: HouseStyle | None = None, platforms: Sequence[str] = (),
               language: str = "auto") -> Report:
    """One-off check with `style` (the default style when None)."""
    if style is None:
        from flegme.style.loader import default_style

        style = default_style()
    return Engine(style).check(text, platforms, language)


__all__ = ["Engine", "Severity", "check_text"]
