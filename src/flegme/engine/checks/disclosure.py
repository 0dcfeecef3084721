"""Disclosure and crisis risk (warnings a comms director acts on first): market-moving
statements in a personal post, accusing a named person or company of a crime or a lie, and
promotion next to a tragedy. The constructions are data (resources/cues, checker
"disclosure"); this module decides which of them make a finding.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flegme.engine.checks.base import Conclusion, Scan, Tally
from flegme.engine.checks.cue_patterns import CueFinder
from flegme.engine.checks.tone_cues import named_targets
from flegme.engine.matcher import PhraseMatcher
from flegme.engine.messages import texts
from flegme.engine.report import Finding, Severity
from flegme.engine.text import Document, fold
from flegme.style.model import HouseStyle

CATEGORY = "disclosure"
# The rule ids this checker reports, with their kinds (texts: resources/messages).
RULES = {"disclosure.market": "pattern", "disclosure.accusation": "pattern",
         "disclosure.tragedy": "pattern"}
NEAR_CHARS = 80  # an accusation names its target within this many characters
_PENDING = "?"  # tragedy findings wait for `conclude`: they need a sale somewhere in the post


class DisclosureChecker:
    """Finds statements that create legal or reputational risk, in one language."""

    category = CATEGORY

    def __init__(self, style: HouseStyle, language: str) -> None:
        self.language = language
        self.patterns = CueFinder(language, CATEGORY)
        names = [style.organisation.name, *style.organisation.handles]
        self.own = frozenset(fold(n).lstrip("@") for n in names if n)

    def matchers(self) -> Sequence[PhraseMatcher[Any]]:
        """The cue patterns' trigger-word matcher (shared by every checker's patterns)."""
        return self.patterns.matchers()

    def scan(self, part: Document) -> Scan:
        """Market statements and accusations of one paragraph; tragedies and sales as cues."""
        cues = Tally()
        findings: list[Finding] = []
        hits = self.patterns.find(part)
        if not hits:
            return Scan()
        targets = None
        for hit in hits:
            cues.add(hit.name, 1)
            if hit.name == "accusation":
                if targets is None:
                    targets = named_targets(part.text, self.own, limit=10)
                if not any(abs(t.start - hit.start) <= NEAR_CHARS for t in targets):
                    continue  # "fraud is rising": no one is accused
            elif hit.name == "tragedy":
                findings.append(self._finding(_PENDING + hit.rule, hit.start, hit.end))
                continue
            if hit.rule:
                findings.append(self._finding(hit.rule, hit.start, hit.end))
        return Scan(findings=tuple(findings), cues=dict(cues))

    def conclude(self, doc: Document, scans: Sequence[Scan]) -> Conclusion:
        """Every finding; a tragedy only when the post also sells something."""
        cues = Tally()
        for scan in scans:
            cues.merge(scan.cues)
        selling = cues["sale"] > 0
        out: list[Finding] = []
        for scan in scans:
            for f in scan.findings:
                if f.rule.startswith(_PENDING):
                    if selling and not any(o.rule == "disclosure.tragedy" for o in out):
                        out.append(self._finding(f.rule[1:], f.start, f.end))
                    continue
                out.append(f)
        return Conclusion(findings=tuple(out))

    def _finding(self, rule: str, start: int, end: int) -> Finding:
        message, explanation = texts(self.language, rule.lstrip(_PENDING))
        return Finding(rule=rule, category=CATEGORY, severity=Severity.WARNING, start=start,
                       end=end, message=message, explanation=explanation)
