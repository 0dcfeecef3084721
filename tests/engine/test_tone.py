"""Tone checker: hostility is impulsive; strong positive emotion is not."""

from __future__ import annotations

from flegme.engine.report import Severity
from flegme.style.loader import parse_style
from flegme.style.model import HouseStyle
from tests.engine.conftest import rules, run, spans


def test_insult_and_shouting_make_a_post_impulsive(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "The inspectors are total idiots and I am FURIOUS!!!", "en")
    assert report.verdicts.impulsive
    assert report.scores.impulsivity >= 50
    assert spans(report, "tone.insult") == ["idiots"]
    assert spans(report, "tone.shouting") == ["FURIOUS"]
    (stack,) = [f for f in report.findings if f.rule == "tone.exclamations"]
    assert stack.suggestions == ("!",)
    assert next(f for f in report.findings if f.rule == "tone.insult").severity is Severity.ERROR


def test_pride_in_capitals_is_not_impulsive(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "We are SO PROUD of the apprentices who graduated today!!!", "en")
    assert not report.verdicts.impulsive
    assert "tone.shouting" in rules(report)  # still worth a gentle flag


def test_french_pride_is_not_impulsive(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "BRAVO à toute l'équipe, nous sommes tellement fiers !!", "fr")
    assert not report.verdicts.impulsive


def test_never_about_ourselves_is_not_an_accusation(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Nous n'avons jamais fermé un atelier un samedi.", "fr")
    assert "tone.absolutes" not in rules(report)
    report = run(neutral_style, "I have never seen a team work so hard.", "en")
    assert "tone.absolutes" not in rules(report)


def test_never_aimed_at_others_is_an_accusation(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Their support team never answers, and they always blame us.",
                 "en")
    assert spans(report, "tone.absolutes") == ["never"]
    report = run(neutral_style, "Ils ne répondent jamais à nos courriers.", "fr")
    assert spans(report, "tone.absolutes") == ["jamais"]


def test_threat_alone_carries_the_score(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "To whoever scratched our van: we know who you are.", "en")
    assert report.verdicts.impulsive
    assert spans(report, "tone.threat") == ["we know who you are"]


def test_sarcastic_praise_of_a_named_company(neutral_style: HouseStyle) -> None:
    text = ("Félicitations à Bricomax pour sa nouvelle pub. Quelle audace, vraiment. "
            "Quelle surprise de voir encore une promesse creuse.")
    report = run(neutral_style, text, "fr")
    assert report.verdicts.impulsive
    assert "tone.sarcasm" in rules(report)
    assert spans(report, "tone.callout") == ["Bricomax"]


def test_calm_disagreement_is_not_impulsive(neutral_style: HouseStyle) -> None:
    text = ("I disagree with the city's plan to close the riverside lane, and here is why. "
            "Around four hundred people use it every morning. A detour adds ten minutes.")
    assert not run(neutral_style, text, "en").verdicts.impulsive


def test_threshold_comes_from_the_style() -> None:
    strict = parse_style("schema = 1\n[tone]\nthreshold = 10\n")
    lenient = parse_style("schema = 1\n[tone]\nthreshold = 100\n")
    text = "This decision is unacceptable."
    assert run(strict, text, "en").verdicts.impulsive
    assert not run(lenient, text, "en").verdicts.impulsive


def test_acronyms_are_not_shouting(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Our KPIS and the ROI of the CRM project, ASAP.", "en")
    assert "tone.shouting" not in rules(report)


def test_offsets_after_emoji(neutral_style: HouseStyle) -> None:
    text = "🚲👨‍👩‍👧 Honestly, what a pathetic answer."
    report = run(neutral_style, text, "en")
    assert spans(report, "tone.contempt") == ["pathetic"]
