"""Findings, scores, verdicts and the report for one draft (immutable values)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any


class Severity(StrEnum):
    """How serious a finding is; `OFF` exists only in house-style overrides."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """Bigger is more serious."""
        return {"error": 3, "warning": 2, "info": 1}[self.value]


CATEGORIES = ("length", "jargon", "tone", "values", "promotion", "disclosure", "grammar")


@dataclass(frozen=True, slots=True)
class Finding:
    """One thing a comms director would flag, over `text[start:end]` (Python str offsets)."""

    rule: str  # dotted id, e.g. "tone.shouting"
    category: str  # one of CATEGORIES
    severity: Severity
    start: int
    end: int
    message: str  # what is wrong, short
    explanation: str = ""  # why it matters, one or two sentences
    suggestions: tuple[str, ...] = ()  # replacements for text[start:end], possibly empty

    def shifted(self, offset: int) -> Finding:
        """The same finding moved by `offset` characters (paragraph -> document offsets)."""
        return Finding(self.rule, self.category, self.severity, self.start + offset,
                       self.end + offset, self.message, self.explanation, self.suggestions)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "rule": self.rule,
            "category": self.category,
            "severity": self.severity.value,
            "start": self.start,
            "end": self.end,
            "message": self.message,
            "explanation": self.explanation,
            "suggestions": list(self.suggestions),
        }


def _frozen_map(data: Mapping[str, bool] | None = None) -> Mapping[str, bool]:
    return MappingProxyType(dict(data or {}))


def _no_features() -> Mapping[str, Mapping[str, float]]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Scores:
    """Document scores: impulsivity and promotion 0-100; readability as textstat gives it."""

    impulsivity: int = 0
    promotion: int = 0
    readability: float | None = None  # Flesch reading ease (EN) / Kandel-Moles style (FR)


@dataclass(frozen=True, slots=True)
class Verdicts:
    """Document-level yes/no answers, the ones the corpus labels."""

    impulsive: bool = False
    promotional: bool = False
    jargon: bool = False
    values_linked: bool = False
    linked_to: tuple[str, ...] = ()  # "mission", "vision" or a value's name
    could_link_to: tuple[str, ...] = ()  # statements it could link to when not linked
    over_limit: Mapping[str, bool] = field(default_factory=_frozen_map)  # platform -> over?

    @property
    def any_over_limit(self) -> bool:
        """True when the post is over the hard limit of any checked platform."""
        return any(self.over_limit.values())


@dataclass(frozen=True, slots=True)
class PlatformCount:
    """How one platform counts this post: used/limit, plus the fold for LinkedIn."""

    platform: str
    used: int
    limit: int
    preferred_max: int | None = None
    fold_at: int | None = None  # str offset where the "see more" fold falls, if any


@dataclass(frozen=True, slots=True)
class Report:
    """Everything the engine says about one draft."""

    text: str
    language: str  # "fr" | "en"
    findings: tuple[Finding, ...]
    scores: Scores
    verdicts: Verdicts
    counts: tuple[PlatformCount, ...] = ()
    notes: tuple[str, ...] = ()  # e.g. why grammar was skipped
    # the fitted verdict models' inputs, per label ("impulsive", "promotional", "jargon")
    features: Mapping[str, Mapping[str, float]] = field(default_factory=_no_features)

    @property
    def has_errors(self) -> bool:
        """True when any finding is at error level."""
        return any(f.severity is Severity.ERROR for f in self.findings)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict of the whole report."""
        v = self.verdicts
        return {
            "language": self.language,
            "findings": [f.to_dict() for f in self.findings],
            "scores": {
                "impulsivity": self.scores.impulsivity,
                "promotion": self.scores.promotion,
                "readability": self.scores.readability,
            },
            "verdicts": {
                "impulsive": v.impulsive,
                "promotional": v.promotional,
                "jargon": v.jargon,
                "values_linked": v.values_linked,
                "linked_to": list(v.linked_to),
                "could_link_to": list(v.could_link_to),
                "over_limit": dict(v.over_limit),
            },
            "counts": [
                {
                    "platform": c.platform,
                    "used": c.used,
                    "limit": c.limit,
                    "preferred_max": c.preferred_max,
                    "fold_at": c.fold_at,
                }
                for c in self.counts
            ],
            "notes": list(self.notes),
        }
