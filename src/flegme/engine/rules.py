"""The house style's last word on findings: severity overrides, `off`, and the allow list."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import replace

from flegme.engine.matcher import PhraseMatcher
from flegme.engine.report import Finding, Severity
from flegme.engine.text import Document
from flegme.style.model import HouseStyle


class StyleRules:
    """Compiled once per style: overrides by rule id and the allow-list phrase matcher."""

    def __init__(self, style: HouseStyle) -> None:
        self.overrides = {rule: o.severity for rule, o in style.rules.items()}
        self.allow = PhraseMatcher([(term, term) for term in style.jargon.allow], "en")
        self._any_allowed = len(self.allow) > 0

    def allowed_spans(self, doc: Document) -> list[tuple[int, int]]:
        """Where allowed words and phrases occur (whole words, case and accents folded)."""
        if not self._any_allowed:
            return []
        return [(m.start, m.end) for m in self.allow.find(doc)]

    def apply(self, findings: Iterable[Finding], doc: Document,
              allowed: list[tuple[int, int]] | None = None) -> tuple[Finding, ...]:
        """Drop findings turned off or lying inside an allowed phrase; re-rate the others.
        `allowed` may be given when the caller already knows where allowed phrases are."""
        if allowed is None:
            allowed = self.allowed_spans(doc)
        allowed = sorted(allowed)
        out: list[Finding] = []
        for finding in findings:
            severity = self._severity(finding.rule)
            if severity == "off":
                continue
            if allowed and finding.start < finding.end and _inside_one(
                    allowed, finding.start, finding.end):
                continue
            if severity is not None and severity != finding.severity.value:
                finding = replace(finding, severity=Severity(severity))
            out.append(finding)
        return tuple(out)

    def _severity(self, rule: str) -> str | None:
        """The override for `rule`, or for its category prefix (`tone` covers `tone.*`)."""
        if rule in self.overrides:
            return self.overrides[rule]
        parts = rule.split(".")
        for i in range(len(parts) - 1, 0, -1):
            prefix = ".".join(parts[:i])
            if prefix in self.overrides:
                return self.overrides[prefix]
        return None


def _inside_one(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """True when [start, end) lies inside one of `spans` (sorted). Allowed phrases never
    overlap, so only the last span starting at or before `start` can hold it: a binary
    search (as `text.inside` does for a point), so a huge paste with many allowed names stays
    linear."""
    i = bisect_right(spans, (start, 1 << 62)) - 1
    return i >= 0 and end <= spans[i][1]


def apply_style(findings: Iterable[Finding], text: str, style: HouseStyle) -> tuple[Finding, ...]:
    """Apply `style`'s overrides and allow list to findings on `text`."""
    return StyleRules(style).apply(findings, Document.analyse(text, "en"))
