"""The engine: report shape, rule overrides, allow list, caching, language detection."""

from __future__ import annotations

import pytest

from flegme.engine.cache import SCAN_CACHE_SIZE
from flegme.engine.checks.base import Scan
from flegme.engine.engine import CheckerFailure, Engine, check_text
from flegme.engine.report import Finding, Severity
from flegme.engine.text import Document
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


def test_a_failing_checker_becomes_a_note_and_the_others_still_report(
    neutral_style: HouseStyle, monkeypatch: pytest.MonkeyPatch,
) -> None:
    engine = Engine(neutral_style)
    text = "They NEVER answer!!! We will leverage synergies."
    checkers = engine._set("en")

    def broken(part: object) -> object:
        raise ValueError("boom")

    monkeypatch.setattr(checkers.tone, "scan", broken)
    report = engine.check(text, ("x",), "en")
    assert len(report.notes) == 1 and "tone" in report.notes[0]
    assert not any(f.category == "tone" for f in report.findings)
    assert not report.verdicts.impulsive
    assert any(f.category == "jargon" for f in report.findings)
    monkeypatch.undo()
    again = engine.check(text, ("x",), "en")  # failed paragraphs were not cached
    assert again.notes == () and any(f.category == "tone" for f in again.findings)


def test_raise_errors_lets_checker_bugs_through(neutral_style: HouseStyle,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Engine(neutral_style)
    engine.raise_errors = True

    def broken(doc: object, platforms: object) -> object:
        raise KeyError("x")

    monkeypatch.setattr(engine.length, "check", broken)
    with pytest.raises(CheckerFailure, match="length"):
        engine.check("Hello.", ("x",), "en")


def test_only_changed_paragraphs_are_rescanned(neutral_style: HouseStyle,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    engine = Engine(neutral_style)
    checkers = engine._set("en")
    seen: list[str] = []
    real_scan = checkers.jargon.scan

    def counting(part: Document) -> Scan:
        seen.append(part.text.strip())
        return real_scan(part)

    monkeypatch.setattr(checkers.jargon, "scan", counting)
    text = "We leverage synergies.\n\nThe second paragraph.\n\nThe third one."
    engine.check(text, (), "en")
    assert len(seen) == 3
    seen.clear()
    report = engine.check(text.replace("second", "2nd"), (), "en")
    assert seen == ["The 2nd paragraph."]
    assert [report.text[f.start:f.end] for f in report.findings if f.category == "jargon"][:1] \
        == ["leverage"]


def test_paragraph_caches_are_bounded(neutral_style: HouseStyle) -> None:
    engine = Engine(neutral_style)
    for n in range(SCAN_CACHE_SIZE + 50):
        engine.check(f"Paragraph number {n}.", (), "en")
    assert len(engine.cache.scans_for("en")) <= SCAN_CACHE_SIZE
    assert len(engine.cache.parts) <= SCAN_CACHE_SIZE


def test_the_house_default_language_breaks_ties() -> None:
    en_first = parse_style('schema = 1\n[organisation]\ndefault_language = "en"\n')
    fr_first = parse_style('schema = 1\n[organisation]\ndefault_language = "fr"\n')
    assert Engine(en_first).check("Vélo 🚲 bike").language == "en"
    assert Engine(fr_first).check("Vélo 🚲 bike").language == "fr"
    assert Engine(en_first).check("Nous réparons les vélos.").language == "fr"


def test_explicit_language_wins_over_detection(neutral_style: HouseStyle) -> None:
    report = Engine(neutral_style).check("We repaired the bikes of our neighbours.", (), "fr")
    assert report.language == "fr"


def test_public_names_are_reexported() -> None:
    import flegme.engine as api

    assert api.Engine is Engine and api.check_text is check_text
    assert api.Severity is Severity and callable(api.apply_style)
    with pytest.raises(AttributeError):
        api.nothing_here  # noqa: B018


def test_one_engine_checks_from_several_threads(neutral_style: HouseStyle,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    # The window checks small drafts on the GUI thread and big ones in a worker.
    import sys
    import threading

    import flegme.engine.engine as engine_module

    monkeypatch.setattr(engine_module, "SCAN_CACHE_SIZE", 5)  # evict all the time
    engine = Engine(neutral_style)
    engine.raise_errors = True
    texts = [f"Draft {n}: we leverage synergies!!!\n\nThey NEVER answer.\n\nBuy now {n}."
             for n in range(40)]
    expected = [Engine(neutral_style).check(t, ("x",)) for t in texts]
    errors: list[BaseException] = []

    def work(offset: int) -> None:
        try:
            for i in range(len(texts)):
                n = (i + offset) % len(texts)
                assert engine.check(texts[n], ("x",)) == expected[n]
        except BaseException as exc:
            errors.append(exc)

    old = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # interleave the threads as much as possible
    try:
        threads = [threading.Thread(target=work, args=(k * 7,)) for k in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
    finally:
        sys.setswitchinterval(old)
    assert errors == []


def test_a_failure_outside_the_checkers_still_returns_a_report(
    neutral_style: HouseStyle, monkeypatch: pytest.MonkeyPatch,
) -> None:
    import flegme.engine.engine as engine_module

    def no_lexicons(style: HouseStyle, language: str, rules: object, cache: object) -> object:
        raise OSError("lexicon file missing")

    monkeypatch.setattr(engine_module, "_LanguageSet", no_lexicons)
    report = Engine(neutral_style).check("Hello there.", ("x",), "en")
    assert report.findings == () and report.language == "en"
    assert "could not run (OSError)" in report.notes[0]
    strict = Engine(neutral_style)
    strict.raise_errors = True
    with pytest.raises(CheckerFailure, match="lexicon file missing"):
        strict.check("Hello there.", ("x",), "en")
    with pytest.raises(InputError):  # a wrong platform is the caller's error, not a bug
        Engine(neutral_style).check("Hello.", ("myspace",))


def test_one_clear_empties_every_cache_keyed_by_text(neutral_style: HouseStyle) -> None:
    from flegme.engine import matcher, platform_count
    from flegme.engine.cache import shared_cache_names

    engine = Engine(neutral_style)
    text = "We leverage synergies. https://example.com #bikes\n\nAnother paragraph here."
    engine.check(text, ("x", "linkedin", "mastodon"), "en")
    assert len(engine.cache.parts) and len(engine.cache.scans_for("en"))
    assert matcher._VIEW_CACHE and platform_count._count_part.cache_info().currsize
    assert {"matcher: word views by paragraph", "platform_count: paragraph counts by text"} <= \
        set(shared_cache_names())
    engine.cache.clear()
    assert not len(engine.cache.parts) and not len(engine.cache.scans_for("en"))
    assert not matcher._VIEW_CACHE
    assert all(f.cache_info().currsize == 0 for f in (
        platform_count._parts, platform_count._urls, platform_count.entities,
        platform_count._part_entities, platform_count._pieces, platform_count._count_part))
    assert engine.check(text, ("x",), "en").findings  # and it still checks
