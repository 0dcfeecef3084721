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
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from flegme.engine.matcher import PhraseMatcher
from flegme.engine.text import Document
from flegme.errors import FlegmeError
from flegme.pattern_cache import compile_re
from flegme.resources import resource_path
from flegme.toml_cache import parse_toml

_KEYS = frozenset({"name", "checker", "rule", "triggers", "pattern", "examples_fail",
                   "examples_pass", "note", "hints", "before", "after"})
# A pattern is tried only around its trigger words: by default from this many characters
# before the first to this many after the last (a pattern whose trigger word comes late in the
# construction says how far back it reaches with `before`).
BEFORE, AFTER = 40, 80


@dataclass(frozen=True, slots=True)
class CuePattern:
    """One construction: the cue it adds, the rule it reports, and how to find it."""

    name: str
    checker: str
    rule: str
    triggers: frozenset[str]
    regex: re.Pattern[str]
    # substrings one of which the paragraph must hold (a currency sign for a price); a
    # pattern without trigger words is tried on any paragraph that holds one
    hints: tuple[str, ...] = ()
    hint: re.Pattern[str] | None = None  # the hints as one search
    before: int = BEFORE
    after: int = AFTER
    examples_fail: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CueHit:
    """Where a construction matched (paragraph offsets)."""

    name: str
    rule: str
    start: int
    end: int


def holds_any(text: str, hints: tuple[str, ...]) -> bool:
    """True when `text` holds one of the substrings `hints`. A loop of `in` (C substring
    search, instant for a non-ASCII hint in ASCII text) rather than a regex alternation of the
    same literals, which `re` tries branch by branch at every position once a hint is not
    ASCII (13 emoji: ~100 µs per paragraph, against ~5 µs)."""
    for hint in hints:  # noqa: SIM110 (a loop: no generator per call)
        if hint in text:
            return True
    return False


@cache
def load_patterns(language: str) -> tuple[CuePattern, ...]:
    """Every cue pattern of `language` (empty when there is no file)."""
    path = resource_path("cues", f"{language}.toml")
    if not path.is_file():
        return ()
    try:
        data = parse_toml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # (bad UTF-8 and TOML errors are ValueErrors)
        raise FlegmeError(f"Cue patterns {path} cannot be read: {exc}") from exc
    out: list[CuePattern] = []
    for i, raw in enumerate(data.get("cue", [])):
        unknown = set(raw) - _KEYS
        if unknown or not all(isinstance(raw.get(k), str) for k in
                              ("name", "checker", "rule", "pattern")):
            raise FlegmeError(f"Cue patterns {path}, entry {i + 1}: bad entry ({unknown})")
        try:
            compiled = compile_re(raw["pattern"])
        except re.error as exc:
            raise FlegmeError(f"Cue patterns {path}, entry {i + 1} ({raw['name']}): "
                              f"bad pattern: {exc}") from exc
        out.append(CuePattern(
            name=raw["name"], checker=raw["checker"], rule=raw["rule"],
            triggers=frozenset(raw.get("triggers", ())), regex=compiled,
            hints=tuple(raw.get("hints", ())),
            hint=compile_re("|".join(map(re.escape, raw["hints"]))) if raw.get("hints") else None,
            before=int(raw.get("before", BEFORE)), after=int(raw.get("after", AFTER)),
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
    data = parse_toml(path.read_text(encoding="utf-8"))
    return {key: frozenset(fold(w) for w in values)
            for key, values in data.get("words", {}).items()}


@cache
def valence_stems(language: str) -> frozenset[str]:
    """Stems of the strongly negative words of `resources/cues/valence-<lang>.txt`, kept in
    the user cache folder until the list, the folding or stemming code or the stemmer change
    (folding and stemming ~2,600 French words was ~9 % of a `flegme check` process)."""
    import Stemmer

    from flegme.engine import matcher, text
    from flegme.user_cache import derived

    path = resource_path("cues", f"valence-{language}.txt")
    if not path.is_file():
        return frozenset()
    sources = [path, *(Path(m.__file__ or "?") for m in (matcher, text, Stemmer))]
    found: frozenset[str] = derived(f"valence-{language}", sources,
                                    lambda: _valence_stems(path, language))
    return found


def _valence_stems(path: Path, language: str) -> frozenset[str]:
    from flegme.engine.matcher import stem_tokens
    from flegme.engine.text import fold

    words = [fold(line.split("\t", 1)[0]) for line in path.read_text(encoding="utf-8").splitlines()
             if line and not line.startswith("#")]
    return frozenset(stem_tokens(words, language))


class PatternSet:
    """Every pattern of one language. Its trigger words are one more phrase matcher in the
    engine's single automaton pass over a paragraph; each pattern is then tried only around
    its trigger words, for all the checkers at once (they scan the same paragraph one after
    the other, so the last paragraph's hits are kept)."""

    def __init__(self, language: str) -> None:
        self.patterns = load_patterns(language)
        self.hinted = tuple(i for i, p in enumerate(self.patterns) if p.hints and not p.triggers)
        by_trigger: dict[str, list[int]] = {}
        for index, p in enumerate(self.patterns):
            for word in p.triggers:
                by_trigger.setdefault(word, []).append(index)
        self.triggers: PhraseMatcher[tuple[int, ...]] = PhraseMatcher(
            [(word, tuple(indexes)) for word, indexes in by_trigger.items()], language)
        self._last: tuple[str, dict[str, list[CueHit]]] = ("\0", {})

    def hits(self, part: Document) -> dict[str, list[CueHit]]:
        """Matches in one paragraph, by checker: each pattern is tried once, from a little
        before its first trigger word to a little after its last."""
        folded = part.folded
        last = self._last
        if last[0] == folded:
            return last[1]
        spans: dict[int, list[int]] = {}
        for match in self.triggers.find(part):
            for index in match.payload:
                span = spans.get(index)
                if span is None:
                    spans[index] = [match.start, match.end]
                else:
                    span[1] = match.end
        size = len(folded)
        for index in self.hinted:
            spans[index] = [self.patterns[index].before, size]
        found: dict[str, list[CueHit]] = {}
        patterns = self.patterns
        for index in sorted(spans):
            p = patterns[index]
            if p.hints and not holds_any(folded, p.hints):
                continue  # no currency sign, no "?", no emoji: the pattern cannot match
            start, end = spans[index]
            hits = [CueHit(p.name, p.rule, m.start(), m.end())
                    for m in p.regex.finditer(folded, max(0, start - p.before),
                                              min(size, end + p.after)) if m.end() > m.start()]
            if hits:
                found.setdefault(p.checker, []).extend(hits)
        self._last = (folded, found)
        return found


@cache
def pattern_set(language: str) -> PatternSet:
    """The shared pattern set of `language`."""
    return PatternSet(language)


class CueFinder:
    """The patterns of one checker in one language, run on a paragraph's folded text."""

    def __init__(self, language: str, checker: str) -> None:
        self.checker = checker
        self.set = pattern_set(language)
        self.patterns = tuple(p for p in self.set.patterns if p.checker == checker)

    def matchers(self) -> tuple[PhraseMatcher[tuple[int, ...]], ...]:
        """The trigger-word matcher (the engine's group scans it with the lexicons)."""
        return (self.set.triggers,)

    def find(self, part: Document) -> list[CueHit]:
        """This checker's matches in one paragraph."""
        return list(self.set.hits(part).get(self.checker, ()))
