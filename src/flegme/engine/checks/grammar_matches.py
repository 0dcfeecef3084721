"""LanguageTool's JSON matches -> Findings (UTF-16 offsets -> str offsets, old formats too)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from flegme.engine.report import Finding, Severity
from flegme.engine.text import Document, fold, utf16_offsets
from flegme.style.model import HouseStyle

MAX_SUGGESTIONS = 5
# Spelling and grammar slips are warnings (a leader should fix them before posting); matters
# of typography, spacing and style are info. Anything else LanguageTool reports: warning.
# A house style can change any of these per rule: [rules."grammar.<ID>"] severity = ...
_SEVERITY_OF_ISSUE = {
    "misspelling": Severity.WARNING,
    "grammar": Severity.WARNING,
    "typographical": Severity.INFO,
    "whitespace": Severity.INFO,
    "style": Severity.INFO,
    "duplication": Severity.WARNING,
}


def _replacements(raw: Any) -> tuple[str, ...]:
    """[{"value": ...}] in current servers, plain strings in old ones."""
    out: list[str] = []
    for item in raw or ():
        value = item.get("value") if isinstance(item, Mapping) else item
        if isinstance(value, str) and value not in out:
            out.append(value)
        if len(out) == MAX_SUGGESTIONS:
            break
    return tuple(out)


def _protected(text: str, language: str, style: HouseStyle) -> tuple[list[tuple[int, int]],
                                                                     set[str]]:
    """Spans never reported as misspelt (hashtags, handles, links) and dictionary words."""
    doc = Document.analyse(text, language)
    spans = [(s.start, s.end) for s in (*doc.hashtags(), *doc.mentions(), *doc.urls())]
    words = {fold(w) for w in style.grammar.dictionary}
    org = style.organisation
    for name in (org.name, *org.handles):
        if name:
            words.add(fold(name).lstrip("@"))
            words.update(fold(part) for part in name.split())
    return spans, words


def matches_to_findings(data: Mapping[str, Any], text: str, language: str,
                        style: HouseStyle) -> tuple[Finding, ...]:
    """Findings from a /v2/check answer; raises ValueError/KeyError/TypeError if malformed."""
    table = utf16_offsets(text)
    to_str = {units: index for index, units in enumerate(table)}
    spans, dictionary = _protected(text, language, style)
    out: list[Finding] = []
    for match in data["matches"]:
        offset, length = int(match["offset"]), int(match["length"])
        if offset < 0 or length < 0 or offset + length > table[-1]:
            raise ValueError(f"match outside the text: {offset}+{length}")
        start = to_str.get(offset)
        end = to_str.get(offset + length)
        if start is None or end is None:  # inside a surrogate pair: widen to whole characters
            start = max(i for i, u in enumerate(table) if u <= offset)
            end = min(i for i, u in enumerate(table) if u >= offset + length)
        rule = match.get("rule") or {}
        rule_id = str(rule.get("id") or "UNKNOWN")
        issue = str(rule.get("issueType") or "")
        category = (rule.get("category") or {}).get("id", "")
        if issue == "misspelling" or category == "TYPOS":
            word = fold(text[start:end])
            if word in dictionary or any(s <= start < e for s, e in spans):
                continue
        message = str(match.get("shortMessage") or match.get("message") or rule_id)
        explanation = str(match.get("message") or "")
        description = str(rule.get("description") or "")
        if description and description not in explanation:
            explanation = f"{explanation} ({description})" if explanation else description
        out.append(Finding(
            rule=f"grammar.{rule_id}", category="grammar",
            severity=_SEVERITY_OF_ISSUE.get(issue, Severity.WARNING), start=start, end=end,
            message=message, explanation=explanation,
            suggestions=_replacements(match.get("replacements")),
        ))
    return tuple(out)
