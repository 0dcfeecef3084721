"""The cue patterns' first mechanics, kept as the reference the fast path must agree with:
each pattern tried with `finditer` over the window from a little before its first trigger
word to a little after its last (hinted patterns over the whole paragraph)."""

from __future__ import annotations

from flegme.engine.checks.cue_patterns import CueHit, PatternSet
from flegme.engine.text import Document


def reference_hits(ps: PatternSet, part: Document) -> dict[str, list[CueHit]]:
    """Matches in one paragraph, by checker, as the first implementation found them."""
    folded = part.folded
    spans: dict[int, list[int]] = {}
    for match in ps.triggers.find(part):
        for index in match.payload:
            span = spans.get(index)
            if span is None:
                spans[index] = [match.start, match.end]
            else:
                span[1] = match.end
    size = len(folded)
    for index in ps.hinted:
        spans[index] = [ps.patterns[index].before, size]
    found: dict[str, list[CueHit]] = {}
    for index in sorted(spans):
        p = ps.patterns[index]
        if p.hint is not None and p.hint.search(folded) is None:
            continue
        start, end = spans[index]
        hits = [CueHit(p.name, p.rule, m.start(), m.end())
                for m in p.regex.finditer(folded, max(0, start - p.before),
                                          min(size, end + p.after)) if m.end() > m.start()]
        if hits:
            found.setdefault(p.checker, []).extend(hits)
    return found
