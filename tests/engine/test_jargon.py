"""Jargon checker: buzzwords with replacements, acronyms, long sentences, readability."""

from __future__ import annotations

from flegme.style.model import HouseStyle
from tests.engine.conftest import rules, run, spans


def test_buzzwords_have_plain_replacements(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "We will leverage synergies across the ecosystem.", "en")
    assert report.verdicts.jargon
    leverage = next(f for f in report.findings if report.text[f.start:f.end] == "leverage")
    assert leverage.suggestions == ("use",)
    assert leverage.rule == "jargon.term"


def test_inflections_are_matched(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "They were leveraging old contacts.", "en")
    assert spans(report, "jargon.term") == ["leveraging"]


def test_french_anglicisms(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Merci pour ton feedback avant la deadline du meeting.", "fr")
    assert spans(report, "jargon.anglicism") == ["feedback", "deadline", "meeting"]
    assert report.findings[0].suggestions == ("retour",)


def test_unexplained_acronyms(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Our NPS and the QBR numbers look fine.", "en")
    assert spans(report, "jargon.acronym") == ["NPS", "QBR"]


def test_explained_and_known_acronyms_are_fine(neutral_style: HouseStyle) -> None:
    text = "Our Net Promoter Score (NPS) rose; the NPS is now shared with the EU team."
    assert "jargon.acronym" not in rules(run(neutral_style, text, "en"))


def test_allow_list_silences_phrases_and_acronyms(team_style: HouseStyle) -> None:
    report = run(team_style, "The Business Unit Sud team published its CSR report.", "en")
    assert "jargon.term" not in rules(report)
    assert "jargon.acronym" not in rules(report)
    # The same words outside the allowed phrase are still jargon.
    report = run(team_style, "Each business unit will report back.", "fr")
    assert spans(report, "jargon.anglicism") == ["business unit"]


def test_house_extra_terms(team_style: HouseStyle) -> None:
    report = run(team_style, "Time to circle the wagons.", "en")
    assert spans(report, "jargon.term") == ["circle the wagons"]


def test_long_sentence(neutral_style: HouseStyle) -> None:
    text = " ".join(["word"] * 35) + "."
    assert "jargon.long_sentence" in rules(run(neutral_style, text, "en"))


def test_one_buzzword_is_not_a_jargon_post(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "We met our partners to agree on a plan and a roadmap.", "en")
    assert not report.verdicts.jargon


def test_readability_in_both_languages(neutral_style: HouseStyle) -> None:
    easy = run(neutral_style, "We fix bikes. We like it. Come by.", "en").scores.readability
    hard = run(neutral_style, "Institutional considerations necessitate comprehensive "
               "organisational reconfiguration.", "en").scores.readability
    assert easy is not None and hard is not None and easy > hard
    fr = run(neutral_style, "Nous réparons des vélos. Venez nous voir.", "fr")
    assert fr.scores.readability is not None
