"""Jargon checker: buzzwords with replacements, acronyms, long sentences, readability."""

from __future__ import annotations

from collections.abc import Mapping

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


def test_capitals_for_emphasis_and_promo_codes_are_not_acronyms(
        neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "WE DID IT, and the code SPRING30 works. Our ROI is up.", "en")
    assert spans(report, "jargon.acronym") == ["ROI"]
    report = run(neutral_style, "NON ET NON : notre CDI reste un CDI.", "fr")
    assert "jargon.acronym" not in rules(report)


def test_a_listed_acronym_is_one_finding_and_one_item(neutral_style: HouseStyle) -> None:
    # "KPI" is both a French lexicon term and a jargon acronym: one finding, one item.
    report = run(neutral_style, "Nos KPI sont au vert.", "fr")
    assert [report.text[f.start:f.end] for f in report.findings
            if f.category == "jargon"] == ["KPI"]
    # one item, counted once (the fitted model decides what one item weighs)
    assert report.features["jargon"]["item"] + report.features["jargon"]["acro"] == 1.0


def test_stems_do_not_reach_plain_words(neutral_style: HouseStyle) -> None:
    plain = ("We learn at every repair, deliver on Fridays and stay optimistic. "
             "The impact was small; the solution was simple; the operation went well.")
    assert not [f for f in run(neutral_style, plain, "en").findings if f.category == "jargon"]
    report = run(neutral_style, "L'impact reste faible. Adressez le courrier au siège.", "fr")
    assert not [f for f in report.findings if f.category == "jargon"]


def test_words_with_a_plain_meaning_weigh_half(neutral_style: HouseStyle) -> None:
    # A half-weight word ("robust", "pipeline") counts half an item: one alone is not a jargon
    # post, one full buzzword is (how much a count weighs is the fitted model's call).
    report = run(neutral_style, "A robust bridge and a new water pipeline for the village.",
                 "en")
    assert len(spans(report, "jargon.term")) == 2
    assert report.features["jargon"]["soft"] == 1.0
    assert not run(neutral_style, "A robust bridge for the village.", "en").verdicts.jargon
    assert run(neutral_style, "A bridge for the village, with synergies.", "en").verdicts.jargon


def test_long_sentence_limit_comes_from_the_house_style() -> None:
    from flegme.style.loader import parse_style

    style = parse_style("schema = 1\n[jargon]\nmax_sentence_words = 8\n", "short.toml")
    text = "We walked all the way to the old mill and back again today. Short one."
    assert spans(run(style, text, "en"), "jargon.long_sentence") == [
        "We walked all the way to the old mill and back again today."]


def test_a_single_long_sentence_is_not_a_jargon_post(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, " ".join(["walk"] * 45) + ".", "en")
    assert "jargon.long_sentence" in rules(report)
    assert not report.verdicts.jargon


def test_poor_readability_is_one_document_level_note(neutral_style: HouseStyle) -> None:
    text = ("Institutional stakeholders necessitate comprehensive organisational "
            "reconfiguration, notwithstanding considerable interdepartmental "
            "administrative complexity. ") * 5
    report = run(neutral_style, text, "en")
    (note,) = [f for f in report.findings if f.rule == "jargon.readability"]
    assert note.start == 0 and report.scores.readability is not None
    assert report.scores.readability < 30


def test_an_acronym_explained_once_is_understood_everywhere(neutral_style: HouseStyle) -> None:
    text = "Our Net Promoter Score (NPS) went up.\n\nThe NPS matters, and so does the QBR."
    report = run(neutral_style, text, "en")
    assert spans(report, "jargon.acronym") == ["QBR"]


def test_words_with_a_plain_meaning_are_gentle_notes(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "A robust pipeline of synergies.", "en")
    severities = {report.text[f.start:f.end]: f.severity.value for f in report.findings
                  if f.category == "jargon"}
    assert severities == {"robust": "info", "pipeline": "info", "synergies": "warning"}


def test_codes_with_digits_are_names_not_acronyms(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "The fire destroyed SBG2; SBG3 is safe. The A320 landed.", "en")
    assert "jargon.acronym" not in rules(report)


def _jargon(text: str, language: str) -> Mapping[str, float]:
    from flegme.engine.engine import check_text
    from flegme.style.loader import default_style

    return check_text(text, default_style(), language=language).features["jargon"]


def test_a_quoted_buzzword_is_named_not_used() -> None:
    assert _jargon('Enough with the "synergies" talk.', "en")["item"] == 0.0
    assert _jargon("Assez parlé de « synergies ».", "fr")["item"] == 0.0
    assert _jargon("Enough with the 'synergy' talk.", "en")["item"] == 0.0
    assert _jargon("Our synergies are real.", "en")["item"] == 1.0
    # apostrophes are no quotation marks: "l'équipe ... aujourd'hui" quotes nothing
    assert _jargon("L'équipe crée des synergies aujourd'hui.", "fr")["item"] == 1.0


def test_capitals_on_a_shouted_line_or_a_word_in_capitals_are_not_acronyms() -> None:
    assert _jargon("L'ÉTÉ À MONTCLARET, C'EST PARTI !", "fr")["caps"] == 0.0
    assert _jargon("GRAND MARCHÉ DU 18 MAI", "fr")["caps"] == 0.0
    assert _jargon("I see a LOT of people who agree.", "en")["caps"] == 0.0
    assert _jargon("The SBF case is closed.", "en")["caps"] == 1.0  # spelt letter by letter


def test_acronyms_the_audience_knows_are_not_jargon() -> None:
    assert _jargon("Il n'y aura ni intervenants RN ni intervenants LFI.", "fr")["caps"] == 0.0
    assert _jargon("Our LLM team shipped.", "en")["acro"] == 1.0
