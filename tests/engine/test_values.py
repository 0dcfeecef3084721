"""Values checker: stemmed, folded keyword matching; one finding when nothing links."""

from __future__ import annotations

from flegme.style.model import HouseStyle
from tests.engine.conftest import rules, run


def test_inflected_keyword_links_to_the_mission(team_style: HouseStyle) -> None:
    report = run(team_style, "We restored forty chairs from the old school.", "en")
    assert report.verdicts.values_linked
    assert report.verdicts.linked_to == ("mission",)
    assert "values.unlinked" not in rules(report)


def test_accents_and_phrases(team_style: HouseStyle) -> None:
    report = run(team_style, "Ces MEUBLES ont une seconde vie.", "fr")
    assert report.verdicts.linked_to == ("mission",)
    report = run(team_style, "We publish our costs every quarter.", "en")
    assert report.verdicts.linked_to == ("Openness",)


def test_phrase_words_apart_do_not_link(team_style: HouseStyle) -> None:
    report = run(team_style, "Our plans are open. Books arrive Monday.", "en")
    assert not report.verdicts.values_linked


def test_unlinked_post_names_what_it_could_link_to(team_style: HouseStyle) -> None:
    report = run(team_style, "Great conference in Lyon yesterday.", "en")
    assert not report.verdicts.values_linked
    (finding,) = [f for f in report.findings if f.rule == "values.unlinked"]
    assert "Keep old furniture" in finding.explanation and "Openness" in finding.explanation
    assert report.verdicts.could_link_to == ("mission", "Openness")


def test_no_statements_means_no_finding(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Great conference in Lyon yesterday.", "en")
    assert "values.unlinked" not in rules(report)


def test_unlinked_finding_spans_the_first_line(team_style: HouseStyle) -> None:
    text = "  Great conference in Lyon yesterday.\nSee you next year."
    report = run(team_style, text, "en")
    (finding,) = [f for f in report.findings if f.rule == "values.unlinked"]
    assert text[finding.start:finding.end] == "Great conference in Lyon yesterday."


def test_french_explanation_uses_the_french_statement(team_style: HouseStyle) -> None:
    report = run(team_style, "Belle conférence à Lyon hier.", "fr")
    (finding,) = [f for f in report.findings if f.rule == "values.unlinked"]
    assert "Faire durer les meubles" in finding.explanation
    assert "Keep old furniture" not in finding.explanation


def test_linked_keys_follow_the_statement_order(team_style: HouseStyle) -> None:
    report = run(team_style, "Nos coûts sont publics.\n\nNous restaurons des meubles.", "fr")
    assert report.verdicts.linked_to == ("mission", "Openness")
    assert report.verdicts.could_link_to == ()


def test_keywords_in_hashtags_and_plural_forms_link(team_style: HouseStyle) -> None:
    assert run(team_style, "Deux armoires restaurées cette semaine.", "fr").verdicts \
        .values_linked
    assert run(team_style, "Proud of the team. #furniture", "en").verdicts.values_linked


def test_hashtags_name_a_value_without_accents_or_in_camel_case() -> None:
    from flegme.engine.engine import check_text
    from flegme.style.loader import parse_style

    style = parse_style('schema = 1\n[[values]]\nname = "durabilité"\nkeywords.fr = '
                        '["développement durable"]\nkeywords.en = ["zero waste"]\n')
    for text, lang in (("Une belle journée. #DeveloppementDurable", "fr"),
                       ("Une belle journée. #developpementdurable", "fr"),
                       ("A good day. #ZeroWaste", "en"), ("A good day. #zero_waste", "en")):
        assert check_text(text, style, language=lang).verdicts.values_linked, text
    assert not check_text("Une belle journée. #Developpement", style,
                          language="fr").verdicts.values_linked
