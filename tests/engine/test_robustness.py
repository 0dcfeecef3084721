"""Arbitrary Unicode never breaks the engine; every span lies inside the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from flegme.engine.engine import Engine
from flegme.engine.platform_count import platform_rules
from flegme.engine.text import Document
from flegme.style.loader import default_style

ENGINE = Engine(default_style())
ENGINE.raise_errors = True  # a checker bug must fail the test, not become a note
PLATFORMS = tuple(platform_rules())

_PIECES = st.sampled_from([
    "NEVER", "!!!", "?!", "leverage", "synergie", "#tag", "@anne@exemple.fr", "https://a.fr/x",
    "€", "…", "🚲", "👨‍👩‍👧", "🇫🇷", "e\u0301", "\u200d", "\u200b", "\u202e", "שלום", "مرحبا",
    "東京", "\n\n", "\n", " ", ".", "(NPS)", "KPI", "-20 %", "jamais", "they never",
])
_TEXT = st.one_of(st.text(max_size=300), st.lists(_PIECES, max_size=60).map("".join),
                  st.lists(st.one_of(_PIECES, st.text(max_size=5)), max_size=40).map("".join))


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, st.sampled_from(["auto", "fr", "en"]))
@example("\rAa:AAAAA", "auto")  # found by a longer run: a name after a lone line break
@example("\nBob Smith NEVER answers.\r\n\r\nCall @bob NOW!!!", "en")
@example(" \u0301\u200d🇫\u202eשלום KPI", "fr")
def test_engine_never_raises_and_spans_are_inside(text: str, lang: str) -> None:
    report = ENGINE.check(text, PLATFORMS, lang)
    assert report.notes == ()
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(text), f
        assert isinstance(text[f.start:f.end], str)
    assert set(report.verdicts.over_limit) == set(PLATFORMS)
    # The document the engine stitches from cached paragraphs is the whole text's analysis.
    doc, _ = ENGINE._analyse(text, lang)
    whole = Document.analyse(text, lang)
    assert doc.folded == whole.folded and list(doc.words) == list(whole.words)


@pytest.mark.slow
def test_a_one_megabyte_paste() -> None:
    text = ("Nous allons leverager nos synergies!!! 🚲 https://exemple.fr/x #tag\n\n" * 15_000)
    text = text[:1_000_000]
    report = ENGINE.check(text, PLATFORMS)
    assert report.verdicts.over_limit["x"]
    assert all(0 <= f.start <= f.end <= len(text) for f in report.findings)


_EDITS = st.lists(st.tuples(st.integers(min_value=0), st.integers(min_value=0, max_value=3),
                            st.one_of(_PIECES, st.text(max_size=3))), min_size=1, max_size=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_TEXT, _EDITS)
def test_cached_rechecks_while_typing_equal_a_fresh_check(
    text: str, edits: list[tuple[int, int, str]],
) -> None:
    typing = Engine(default_style())
    typing.raise_errors = True
    typing.check(text, ("x", "linkedin"))
    for at, removed, inserted in edits:
        at %= len(text) + 1
        text = text[:at] + inserted + text[at + removed:]
        typed = typing.check(text, ("x", "linkedin"))
    fresh = Engine(default_style())
    fresh.raise_errors = True
    assert typed == fresh.check(text, ("x", "linkedin"))
