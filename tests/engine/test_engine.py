"""The engine: report shape, rule overrides, allow list, caching, language detection."""

from __future__ import annotations

import pytest

from flegme.engine.engine import Engine, check_text
from flegme.engine.report import Finding, Severity
from flegme.errors import InputError
from flegme.style.loader import parse_style
from flegme.style.model import HouseStyle
from tests.engine.conftest import rules, run


def test_report_holds_scores_verdicts_and_counts(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "We fixed 40 bikes today.", "en", ("x", "bluesky"))
    assert report.language == "en"
    assert [c.platform for c in report.counts] == ["x", "bluesky"]
    assert report.verdicts.over_limit == {"x": False, "bluesky": False}
    data = report.to_dict()
    assert set(data) >= {"findings", "scores", "verdicts", "counts", "language"}


def test_language_is_detected() -> None:
    assert check_text("Nous avons réparé les vélos de nos voisins.").language == "fr"
    assert check_text("We repaired the bikes of our neighbours.").language == "en"


def test_severity_override_and_off_apply_to_every_checker() -> None:
    style = parse_style(
        'schema = 1\n[rules."tone.shouting"]\nseverity = "off"\n'
        '[rules."length.over_limit"]\nseverity = "warning"\n'
    )
    report = run(style, "THIS IS LOUD " * 30, "en", ("x",))
    assert "tone.shouting" not in rules(report)
    over = next(f for f in report.findings if f.rule == "length.over_limit")
    assert over.severity is Severity.WARNING
    assert not report.has_errors


def test_allowed_phrase_silences_every_finding_inside_it() -> None:
    style = parse_style('schema = 1\n[jargon]\nallow = ["Business Unit Sud"]\n')
    report = run(style, "Bravo à la Business Unit Sud pour ce trimestre.", "fr")
    assert "jargon.anglicism" not in rules(report)
    report = run(style, "Chaque business unit publiera ses chiffres.", "fr")
    assert "jargon.anglicism" in rules(report)


def test_merge_applies_style_to_extra_findings() -> None:
    style = parse_style('schema = 1\n[rules."grammar.WHITESPACE_RULE"]\nseverity = "off"\n')
    engine = Engine(style)
    report = engine.check("Hello  world.", (), "en")
    extra = [
        Finding("grammar.WHITESPACE_RULE", "grammar", Severity.INFO, 5, 7, "Two spaces"),
        Finding("grammar.MORFOLOGIK", "grammar", Severity.WARNING, 0, 5, "Spelling"),
    ]
    merged = engine.merge(report, extra, ["grammar checked"])
    assert [f.rule for f in merged.findings if f.category == "grammar"] == ["grammar.MORFOLOGIK"]
    assert merged.notes[-1] == "grammar checked"


def test_unknown_platform_is_an_input_error(neutral_style: HouseStyle) -> None:
    with pytest.raises(InputError):
        Engine(neutral_style).check("hi", ["myspace"])


def test_recheck_after_edit_matches_a_fresh_check(neutral_style: HouseStyle) -> None:
    engine = Engine(neutral_style)
    first = "We will leverage synergies.\n\nThey NEVER answer!!!\n\nSee you soon."
    engine.check(first, ("linkedin",))
    edited = first.replace("soon", "sooon")
    assert engine.check(edited, ("linkedin",)) == Engine(neutral_style).check(edited,
                                                                              ("linkedin",))


def test_findings_are_sorted_and_inside_the_text(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Leverage!!! SYNERGY NOW. Buy now 🚀🚀🚀 #a #b #c #d #e #f",
                 "en", ("x",))
    starts = [f.start for f in report.findings]
    assert starts == sorted(starts)
    assert all(0 <= f.start <= f.end <= len(report.text) for f in report.findings)


def test_empty_text(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "", "auto", ("x",))
    assert report.findings == () and report.counts[0].used == 0
