"""The two-phase contract every lexical checker follows.

`scan(part)` looks at one paragraph (offsets relative to it) and is cached by the engine, so
re-checking after a one-character edit only rescans the edited paragraph. The engine then
moves each scan's findings to document offsets and calls `conclude(doc, scans)`, which turns
the per-paragraph cues into the checker's complete list of findings, a score and a verdict.
A checker is built once per (house style, language): it compiles its lexicons in `__init__`
and only matches afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

from flegme.engine.matcher import PhraseMatcher
from flegme.engine.report import Finding
from flegme.engine.text import Document


def _no_cues() -> Mapping[str, float]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Scan:
    """What a checker found in one paragraph: findings (paragraph offsets) and cue counts."""

    findings: tuple[Finding, ...] = ()
    cues: Mapping[str, float] = field(default_factory=_no_cues)  # e.g. {"shouting": 2}
    keys: frozenset[str] = frozenset()  # e.g. names of the statements a paragraph links to


@dataclass(frozen=True, slots=True)
class Conclusion:
    """A checker's document-level answer."""

    findings: tuple[Finding, ...] = ()  # all of the checker's findings, document offsets
    score: int | None = None  # 0-100 where the checker has one (tone, promotion)
    flag: bool = False  # its verdict: impulsive / promotional / jargon / values_linked
    keys: tuple[str, ...] = ()  # values: statements linked; when not linked, could link to
    readability: float | None = None  # jargon: the readability score
    features: Mapping[str, float] = field(default_factory=_no_cues)  # the verdict model's inputs


class Checker(Protocol):
    """A lexical checker (jargon, tone, values, promotion)."""

    category: str

    def scan(self, part: Document) -> Scan:
        """Findings and cues of one paragraph (paragraph-relative offsets)."""
        ...

    def conclude(self, doc: Document, scans: Sequence[Scan]) -> Conclusion:
        """Document-level findings, score and verdict from the paragraphs' scans."""
        ...

    def matchers(self) -> Sequence[PhraseMatcher[Any]]:
        """The phrase matchers `scan` uses on each paragraph."""
        ...


class Tally(dict[str, float]):
    """Cue counts that may be fractional (lexicon weights); a missing cue counts 0."""

    def __missing__(self, key: str) -> float:
        return 0.0

    def add(self, key: str, amount: float = 1.0) -> None:
        """Add `amount` to `key`."""
        self[key] = self[key] + amount

    def merge(self, cues: Mapping[str, float]) -> None:
        """Add every cue of `cues`."""
        for key, value in cues.items():
            self[key] = self[key] + value
