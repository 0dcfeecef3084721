"""General constructions as data: `resources/cues/<lang>.toml` patterns that add a cue.

Each `[[cue]]` names the cue it adds (a feature of a fitted verdict model), the checker and
rule id it reports under, trigger words (folded) without which the pattern is not even run,
and a regular expression over the paragraph's folded text (lower case, no accents, the same
length as the text, so offsets carry over). Each pattern carries examples it must flag and
must not flag, run by one parametrised test. A pattern is a construction ("if you ... we
will ..."), never a phrase one post needs.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

from flegme.errors import FlegmeError
from flegme.resources import resource_path

_KEYS = frozenset({"name", "checker", "rule", "triggers", "pattern", "examples_fail",
                   "examples_pass", "note", "always"})


@dataclass(frozen=True, slots=True)
class CuePattern:
    """One construction: the cue it adds, the rule it reports, and how to find it."""

    name: str
    checker: str
    rule: str
    triggers: frozenset[str]
    regex: re.Pattern[str]
    always: bool = False  # run on every paragraph (the pattern has no trigger word)
    examples_fail: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CueHit:
    """Where a construction matched (paragraph offsets)."""

    name: str
    rule: str
    start: int
    end: int


@cache
def load_patterns(language: str) -> tuple[CuePattern, ...]:
    """Every cue pattern of `language` (empty when there is no file)."""
    path = resource_path("cues", f"{language}.toml")
    if not path.is_file():
        return ()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FlegmeError(f"Cue patterns {path} cannot be read: {exc}") from exc
    out: list[CuePattern] = []
    for i, raw in enumerate(data.get("cue", [])):
        unknown = set(raw) - _KEYS
        if unknown or not all(isinstance(raw.get(k), str) for k in
                              ("name", "checker", "rule", "pattern")):
            raise FlegmeError(f"Cue patterns {path}, entry {i + 1}: bad entry ({unknown})")
        try:
            compiled = re.compile(raw["pattern"])
        except re.error as exc:
            raise FlegmeError(f"Cue patterns {path}, entry {i + 1} ({raw['name']}): "
                              f"bad pattern: {exc}") from exc
        out.append(CuePattern(
            name=raw["name"], checker=raw["checker"], rule=raw["rule"],
            triggers=frozenset(raw.get("triggers", ())), regex=compiled,
            always=bool(raw.get("always", False)),
            examples_fail=tuple(raw.get("examples_fail", ())),
            examples_pass=tuple(raw.get("examples_pass", ()))))
    return tuple(out)


@cache
def cue_words(language: str) -> dict[str, frozenset[str]]:
    """The `[words]` table of the cue file: named sets of folded words."""
    from flegme.engine.text import fold

    path = resource_path("cues", f"{language}.toml")
    if not path.is_file():
        return {}
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    return {key: frozenset(fold(w) for w in values)
            for key, values in data.get("words", {}).items()}


@cache
def valence_stems(language: str) -> frozenset[str]:
    """Stems of the strongly negative words of `resources/cues/valence-<lang>.txt`."""
    from flegme.engine.matcher import stem_tokens
    from flegme.engine.text import fold

    path = resource_path("cues", f"valence-{language}.txt")
    if not path.is_file():
        return frozenset()
    words = [fold(line.split("\t", 1)[0]) for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return frozenset(stem_tokens(words, language))


class CueFinder:
    """The patterns of one checker in one language, run on a paragraph's folded text."""

    def __init__(self, language: str, checker: str) -> None:
        self.patterns = tuple(p for p in load_patterns(language) if p.checker == checker)
        self.always = tuple(p for p in self.patterns if p.always)
        self.by_trigger: dict[str, list[CuePattern]] = {}
        for p in self.patterns:
            for word in p.triggers:
                self.by_trigger.setdefault(word, []).append(p)
        self.triggers = frozenset(self.by_trigger)

    def find(self, folded: str, norms: Sequence[str]) -> list[CueHit]:
        """Matches of the patterns whose trigger words occur in the paragraph."""
        chosen: dict[int, CuePattern] = {id(p): p for p in self.always}
        if not self.triggers.isdisjoint(norms):
            for word in self.triggers.intersection(norms):
                for p in self.by_trigger[word]:
                    chosen[id(p)] = p
        hits: list[CueHit] = []
        for p in _in_file_order(chosen.values(), self.patterns):
            hits.extend(CueHit(p.name, p.rule, m.start(), m.end())
                        for m in p.regex.finditer(folded) if m.end() > m.start())
        return hits


def _in_file_order(chosen: Iterable[CuePattern],
                   order: Sequence[CuePattern]) -> list[CuePattern]:
    wanted = {id(p) for p in chosen}
    return [p for p in order if id(p) in wanted]
