"""The fast cue-pattern mechanics find exactly what the reference (first) mechanics find,
on every corpus post, every pattern example and arbitrary text; so does the whole engine."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flegme.engine.checks import cue_patterns, promotion
from flegme.engine.checks.cue_patterns import (
    PatternSet,
    holds_any,
    load_patterns,
    pattern_set,
)
from flegme.engine.engine import Engine
from flegme.engine.text import Document
from flegme.style.loader import default_style
from tests.engine.conftest import CORPUS
from tests.engine.cue_reference import reference_hits

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "benchmarks" / "data"


def corpus_posts() -> Iterator[tuple[str, str]]:
    """(language, text) of every post of the corpora present on this machine."""
    files = [ROOT / "corpus" / "real" / "posts.jsonl", CORPUS / "dev.jsonl",
             *sorted((CORPUS / "more").glob("*.jsonl"))]
    for path in files:
        if path.is_file():
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    row = json.loads(line)
                    yield row.get("lang", "en"), row["text"]
    for language in ("en", "fr"):
        yield language, (BENCH / f"post-{language}.txt").read_text(encoding="utf-8")


def example_texts(language: str) -> list[str]:
    """Every pattern example, alone and run together in one paragraph (so windows meet)."""
    examples = [e for p in load_patterns(language) for e in (*p.examples_fail,
                                                             *p.examples_pass)]
    return [*examples, " ".join(examples), " ".join(reversed(examples))]


def assert_same(ps: PatternSet, text: str, language: str) -> None:
    for paragraph in text.split("\n"):
        part = Document.analyse(paragraph, language)
        assert ps.hits(part) == reference_hits(ps, part), paragraph


def test_same_hits_on_the_corpora_and_examples() -> None:
    seen = 0
    for language, text in corpus_posts():
        assert_same(pattern_set(language), text, language)
        seen += 1
    for language in ("en", "fr"):
        for text in example_texts(language):
            assert_same(pattern_set(language), text, language)
    assert seen >= 2


def _words(language: str) -> list[str]:
    """Words the patterns are made of: their examples' words and their trigger words."""
    out: set[str] = set()
    for p in load_patterns(language):
        out.update(p.triggers)
        for e in (*p.examples_fail, *p.examples_pass):
            out.update(e.split())
    return sorted(out)


PIECES = st.one_of(st.sampled_from(_words("en") + _words("fr")),
                   st.sampled_from([" ", " ", ", ", ". ", "! ", "? ", "\n", "'", "-", "€",
                                    "$", "%", "🤬", "@x ", "#Tag ", "*", "10 ", "2024 "]),
                   st.text(max_size=4))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(PIECES, max_size=60), language=st.sampled_from(["en", "fr"]))
def test_same_hits_on_arbitrary_text(pieces: list[str], language: str) -> None:
    assert_same(pattern_set(language), "".join(pieces), language)


def _reports(texts: list[tuple[str, str]]) -> list[tuple[object, ...]]:
    engine = Engine(default_style())
    engine.raise_errors = True
    out: list[tuple[object, ...]] = []
    for language, text in texts:
        engine.cache.clear()  # (also the matcher's shared word views)
        r = engine.check(text, ("linkedin", "x"), language)
        out.append((r.findings, r.scores, r.verdicts, dict(r.features), r.counts))
    return out


def test_engine_results_unchanged(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every finding, score, feature and verdict is the same with the reference mechanics."""
    texts = [*corpus_posts(), *(("en", t) for t in example_texts("en")),
             *(("fr", t) for t in example_texts("fr"))]
    fast = _reports(texts)
    monkeypatch.setattr(cue_patterns.PatternSet, "hits", reference_hits)
    for language in ("en", "fr"):
        pattern_set(language)._last = ("\0", {})
    assert _reports(texts) == fast


HINT_SETS = [p.hints for language in ("en", "fr") for p in load_patterns(language) if p.hints]
HINT_SETS += [promotion._OFF_HINTS, promotion._CURRENCY_HINTS, promotion._DEADLINE_HINTS,
              promotion._DAY_HINTS, promotion._SCARCITY_HINTS]
HINT_TEXT = st.text(alphabet=st.sampled_from(sorted({c for hints in HINT_SETS for h in hints
                                                     for c in h} | {" ", "a", "é"})),
                    max_size=40)


@settings(max_examples=300, deadline=None)
@given(text=HINT_TEXT, hints=st.sampled_from(HINT_SETS))
def test_holds_any_is_the_regex_alternation(text: str, hints: tuple[str, ...]) -> None:
    alternation = re.compile("|".join(map(re.escape, hints)))
    assert holds_any(text, hints) == (alternation.search(text) is not None)
