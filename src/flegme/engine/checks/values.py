"""Values checker: does the post connect to the mission, the vision or a value?

Keywords match whole words after lower-casing, accent folding and stemming, so "réparable",
"réparables" and "réparer" meet one stem; a multi-word keyword matches as a phrase. When a
post links to nothing, one finding names what it could link to.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flegme.engine.checks.base import Conclusion, Scan
from flegme.engine.matcher import PhraseMatcher
from flegme.engine.messages import texts, wording
from flegme.engine.report import Finding, Severity
from flegme.engine.text import Document, fold
from flegme.pattern_cache import compile_re
from flegme.style.model import HouseStyle, Statement

CATEGORY = "values"
RULES = {"values.unlinked": "lexicon"}  # its rule ids and kinds (texts: resources/messages)
# The words of a hashtag: CamelCase humps, capital runs, digits ("#DeveloppementDurable",
# "#RSE2025"); underscores and hyphens split too.
_HUMPS_RE = compile_re(r"[A-ZÀ-ÖØ-Þ]?[a-zß-öø-ÿœ]+|[A-ZÀ-ÖØ-ÞŒ]+(?![a-zß-öø-ÿœ])|\d+")
_NOT_LETTERS_RE = compile_re(r"[\W_]+")


class ValuesChecker:
    """Matches the house style's mission, vision and value keywords in one language."""

    category = CATEGORY

    def __init__(self, style: HouseStyle, language: str) -> None:
        self.style = style
        self.language = language
        self.statements: tuple[Statement, ...] = style.statements()
        pairs = [(kw, st.name) for st in self.statements for kw in st.keywords_in(language)]
        self.matcher: PhraseMatcher[str] = PhraseMatcher(pairs, language, stem=True)
        # a keyword written as one hashtag word: "#developpementdurable", "#zerowaste"
        self.compact = {_NOT_LETTERS_RE.sub("", fold(kw)): name for kw, name in pairs}

    def matchers(self) -> Sequence[PhraseMatcher[Any]]:
        """The phrase matchers its scans use (grouped by the engine: one pass each)."""
        return (self.matcher,)

    def scan(self, part: Document) -> Scan:
        """The statements this paragraph links to."""
        linked = {m.payload for m in self.matcher.find(part)}
        if "#" in part.text:
            linked.update(self._hashtags(part))
        return Scan(keys=frozenset(linked))

    def _hashtags(self, part: Document) -> set[str]:
        """Statements a hashtag names: its CamelCase words as a phrase
        ("#DeveloppementDurable" -> "developpement durable"), or a keyword run together."""
        found: set[str] = set()
        for span in part.hashtags():
            body = part.text[span.start + 1:span.end]
            name = self.compact.get(_NOT_LETTERS_RE.sub("", fold(body)))
            if name is not None:
                found.add(name)
                continue
            words = _HUMPS_RE.findall(body)
            if len(words) > 1:
                phrase = Document.analyse(" ".join(words), self.language)
                found.update(m.payload for m in self.matcher.find(phrase))
        return found

    def conclude(self, doc: Document, scans: Sequence[Scan]) -> Conclusion:
        """Linked statements, or one finding naming what the post could link to."""
        linked: set[str] = set()
        for scan in scans:
            linked |= scan.keys
        if not self.statements:
            return Conclusion()  # no mission, vision or values: nothing to link to
        order = [s.name for s in self.statements]
        if linked:
            return Conclusion(flag=True, keys=tuple(n for n in order if n in linked))
        if not doc.text.strip():
            return Conclusion(keys=tuple(order))
        return Conclusion(findings=(self._unlinked(doc),), keys=tuple(order))

    def _label(self, statement: Statement) -> str:
        rule = "values.unlinked"
        label = wording(self.language, rule, statement.name) \
            if statement.name in ("mission", "vision") else statement.name
        text = statement.text_in(self.language)
        return wording(self.language, rule, "quoted", label=label, text=text) if text else label

    def _unlinked(self, doc: Document) -> Finding:
        first_line = doc.text.find("\n")
        end = len(doc.text) if first_line == -1 else first_line
        lead = len(doc.text) - len(doc.text.lstrip())
        options = "; ".join(self._label(s) for s in self.statements)
        message, explanation = texts(self.language, "values.unlinked", options=options)
        return Finding(rule="values.unlinked", category=CATEGORY, severity=Severity.INFO,
                       start=lead, end=max(lead, end), message=message,
                       explanation=explanation)
