"""Tone checker: hostility is impulsive; strong positive emotion is not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flegme.engine.checks.tone import ToneChecker
from flegme.engine.report import Severity
from flegme.engine.text import Document
from flegme.style.loader import default_style, parse_style
from flegme.style.model import HouseStyle
from tests.engine.conftest import rules, run, spans

_STYLE = default_style()


def test_insult_and_shouting_make_a_post_impulsive(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "The inspectors are total idiots and I am FURIOUS!!!", "en")
    assert report.verdicts.impulsive
    assert report.scores.impulsivity >= 50
    assert spans(report, "tone.insult") == ["idiots"]
    assert spans(report, "tone.shouting") == ["FURIOUS"]
    (stack,) = [f for f in report.findings if f.rule == "tone.exclamations"]
    assert stack.suggestions == ("!",)
    assert next(f for f in report.findings if f.rule == "tone.insult").severity is Severity.ERROR


def test_french_insult_is_impulsive(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Le syndic est géré par des incapables et des guignols.", "fr")
    assert report.verdicts.impulsive
    assert spans(report, "tone.insult") == ["incapables", "guignols"]
    assert report.findings[0].message  # French kinds carry their own message


def test_shouting_suggests_lower_case_and_joins_a_run(neutral_style: HouseStyle) -> None:
    text = "They said it was fine. THIS IS NOT FINE AT ALL, and the SNCF knows it."
    report = run(neutral_style, text, "en")
    (shout,) = [f for f in report.findings if f.rule == "tone.shouting"]
    assert text[shout.start:shout.end] == "THIS IS NOT FINE AT ALL"
    assert shout.suggestions == ("this is not fine at all",)


def test_french_shouting(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Trois semaines sans réponse. C'est INADMISSIBLE.", "fr")
    assert spans(report, "tone.shouting") == ["INADMISSIBLE"]


def test_acronyms_are_not_shouting(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Our KPIS and the ROI of the CRM project, ASAP, with the NHS.",
                 "en")
    assert "tone.shouting" not in rules(report)
    report = run(neutral_style, "La RSE et les PME du CNRS au sommet de l'ONU.", "fr")
    assert "tone.shouting" not in rules(report)


def test_allowed_capital_words_are_not_shouting() -> None:
    style = parse_style('schema = 1\n[jargon]\nallow = ["BRAVADO"]\n')
    report = run(style, "The BRAVADO programme starts in May.", "en")
    assert "tone.shouting" not in rules(report)


def test_pride_in_capitals_is_not_impulsive(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "We are SO PROUD of the apprentices who graduated today!!!", "en")
    assert not report.verdicts.impulsive
    assert "tone.shouting" in rules(report)  # still worth a gentle flag


def test_french_pride_is_not_impulsive(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "BRAVO à toute l'équipe, nous sommes tellement fiers !!", "fr")
    assert not report.verdicts.impulsive
    assert "tone.sarcasm" not in rules(report)  # praise is only ironic in a hostile post


def test_shouting_weighs_more_in_a_hostile_post(neutral_style: HouseStyle) -> None:
    calm = run(neutral_style, "WHAT A DAY!!! Thank you all.", "en").scores.impulsivity
    angry = run(neutral_style, "WHAT A MESS!!! Thank you all.", "en").scores.impulsivity
    assert angry > calm


@pytest.mark.parametrize(("text", "lang"), [
    ("Nous n'avons jamais fermé un atelier un samedi.", "fr"),
    ("Nous ne les avons jamais laissés tomber.", "fr"),
    ("I have never seen a team work so hard.", "en"),
    ("We always answer within a day.", "en"),
    ("Tickets always go quickly in spring.", "en"),
])
def test_absolutes_about_ourselves_are_not_accusations(neutral_style: HouseStyle, text: str,
                                                       lang: str) -> None:
    assert "tone.absolutes" not in rules(run(neutral_style, text, lang))


@pytest.mark.parametrize(("text", "lang", "word"), [
    ("Their support team never answers our letters.", "en", "never"),
    ("You always move the goalposts.", "en", "always"),
    ("Management never listens.", "en", "never"),
    ("Nobody in that office has read the file.", "en", "Nobody"),
    ("Ils ne répondent jamais à nos courriers.", "fr", "jamais"),
    ("Vous ne nous avez jamais rappelés.", "fr", "jamais"),
    ("La mairie n'écoute jamais.", "fr", "jamais"),
])
def test_absolutes_aimed_at_others_are_accusations(neutral_style: HouseStyle, text: str,
                                                   lang: str, word: str) -> None:
    assert spans(run(neutral_style, text, lang), "tone.absolutes") == [word]


def test_threat_alone_carries_the_score(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "To whoever scratched our van: we know who you are.", "en")
    assert report.verdicts.impulsive
    assert spans(report, "tone.threat") == ["we know who you are"]
    report = run(neutral_style, "Ils vont m'entendre, et je vais publier les noms.", "fr")
    assert report.verdicts.impulsive
    assert spans(report, "tone.threat") == ["Ils vont m'entendre", "je vais publier les noms"]


def test_sarcastic_praise_of_a_named_company(neutral_style: HouseStyle) -> None:
    text = ("Félicitations à Bricomax pour sa nouvelle pub. Quelle audace, vraiment. "
            "Quelle surprise de voir encore une promesse creuse.")
    report = run(neutral_style, text, "fr")
    assert report.verdicts.impulsive
    assert "Félicitations à" in spans(report, "tone.sarcasm")
    assert spans(report, "tone.callout") == ["Bricomax"]


def test_english_sarcasm_and_scare_quotes(neutral_style: HouseStyle) -> None:
    text = ('The landlord calls this a "renovation". Thanks for nothing. '
            "Oh great, the heating is off again.")
    report = run(neutral_style, text, "en")
    found = spans(report, "tone.sarcasm")
    assert {'"renovation"', "Thanks for nothing", "Oh great"} <= set(found)
    assert report.verdicts.impulsive


def test_exasperated_one_word_sentence(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "The delivery is late. Again. Their excuses are pathetic.", "en")
    assert "Again." in spans(report, "tone.sarcasm")
    report = run(neutral_style, "We will meet again. See you soon.", "en")
    assert "tone.sarcasm" not in rules(report)


def test_heated_callout_of_a_handle(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "@MegaFreight lost our parcels. Pathetic, frankly.", "en")
    assert spans(report, "tone.callout") == ["@MegaFreight"]
    assert report.verdicts.impulsive


def test_open_letter_rebuke_is_a_callout(neutral_style: HouseStyle) -> None:
    text = ("To the agency that lost our files twice: this is not how you treat a client. "
            "Do better.")
    report = run(neutral_style, text, "en")
    assert spans(report, "tone.callout") == ["To the agency that"]
    assert "Do better." in spans(report, "tone.sarcasm")
    assert report.verdicts.impulsive


def test_unnamed_organisation_in_a_hostile_post(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "La banque nous a encore menti. Lamentable.", "fr")
    assert spans(report, "tone.callout") == ["banque"]
    report = run(neutral_style, "La banque a ouvert une agence près de l'atelier.", "fr")
    assert "tone.callout" not in rules(report)


def test_names_in_a_calm_post_are_no_callout(neutral_style: HouseStyle) -> None:
    text = "Thank you to Jeanne Martin and @ateliersud for a lovely open day in Rodez."
    report = run(neutral_style, text, "en")
    assert "tone.callout" not in rules(report)
    assert not report.verdicts.impulsive


def test_own_organisation_is_not_called_out(team_style: HouseStyle) -> None:
    report = run(team_style, "Shame on us: Atelier Nord missed the deadline.", "en")
    assert "tone.callout" not in rules(report)


def test_month_names_are_no_target(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Since October their answers have been ridiculous.", "en")
    assert "tone.callout" not in rules(report)


def test_calm_disagreement_is_not_impulsive(neutral_style: HouseStyle) -> None:
    text = ("I disagree with the city's plan to close the riverside lane, and here is why. "
            "Around four hundred people use it every morning. A detour adds ten minutes.")
    assert not run(neutral_style, text, "en").verdicts.impulsive
    text = ("Nous ne partageons pas l'avis de la métropole sur la fermeture de la voie. "
            "Quatre cents personnes l'empruntent chaque matin.")
    assert not run(neutral_style, text, "fr").verdicts.impulsive


def test_threshold_comes_from_the_style() -> None:
    strict = parse_style("schema = 1\n[tone]\nthreshold = 10\n")
    lenient = parse_style("schema = 1\n[tone]\nthreshold = 100\n")
    text = "This decision is unacceptable."
    assert run(strict, text, "en").verdicts.impulsive
    assert not run(lenient, text, "en").verdicts.impulsive


def test_rule_override_from_the_style() -> None:
    style = parse_style('schema = 1\n[rules."tone.absolutes"]\nseverity = "off"\n'
                        '[rules."tone.insult"]\nseverity = "info"\n')
    report = run(style, "You never listen, you clowns.", "en")
    assert "tone.absolutes" not in rules(report)
    assert {f.severity for f in report.findings if f.rule == "tone.insult"} == {Severity.INFO}


def test_offsets_after_emoji(neutral_style: HouseStyle) -> None:
    text = "🚲👨‍👩‍👧 Honestly, what a pathetic answer!!!"
    report = run(neutral_style, text, "en")
    assert spans(report, "tone.insult") == ["pathetic"]
    assert spans(report, "tone.exclamations") == ["!!!"]


def test_scan_depends_only_on_the_paragraph(neutral_style: HouseStyle) -> None:
    checker = ToneChecker(neutral_style, "en")
    part = Document.analyse("They never answer. What a joke.", "en")
    assert checker.scan(part) == checker.scan(Document.analyse(part.text, "en"))
    conclusion = checker.conclude(part, [checker.scan(part)])
    assert conclusion.score is not None and 0 <= conclusion.score <= 100
    assert not any(f.rule.startswith("?") for f in conclusion.findings)


@given(st.text(alphabet=st.sampled_from(list("aA bB!?\"«» @#.\n😀\u200dÉé")), max_size=200)
       | st.text(max_size=200))
@settings(max_examples=80, deadline=None)
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for lang in ("fr", "en"):
        checker = ToneChecker(_STYLE, lang)
        doc = Document.analyse(text, lang)
        conclusion = checker.conclude(doc, [checker.scan(doc)])
        assert conclusion.score is not None and 0 <= conclusion.score <= 100
        assert all(0 <= f.start < f.end <= len(text) for f in conclusion.findings)
        assert not any(f.rule.startswith("?") for f in conclusion.findings)


def test_short_post_naming_someone_has_the_short_named_cue(neutral_style: HouseStyle) -> None:
    short = "Looks like Brightline Freight found a new way to lose parcels."
    assert run(neutral_style, short, "en").features["impulsive"]["short_named"] == 1.0
    calm = "Looks like the rain found a new way into the depot."
    assert run(neutral_style, calm, "en").features["impulsive"]["short_named"] == 0.0
    long = short + " " + " ".join(["We ride to the coast on Sunday."] * 8)
    assert run(neutral_style, long, "en").features["impulsive"]["short_named"] == 0.0


def test_own_name_in_a_short_post_is_no_target(team_style: HouseStyle) -> None:
    report = run(team_style, "Atelier Nord opens a second workshop in May.", "en")
    assert report.features["impulsive"]["short_named"] == 0.0


def test_french_joy_with_pride_and_thanks_stays_calm(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Quelle fierté pour toute l'équipe !!! MERCI à tous !", "fr")
    assert not report.verdicts.impulsive
    assert "tone.sarcasm" not in rules(report)  # « quelle fierté » is irony only when hostile
    text = "Quelle fierté : ces incapables ont encore perdu le dossier."
    hostile = run(neutral_style, text, "fr")
    assert "tone.sarcasm" in rules(hostile)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", 'Thanks to Brightline for their "local" campaign, written in London.'),
    ("fr", "Merci à la banque Untel pour sa campagne « proximité », pensée à Paris."),
])
def test_praise_with_scare_quotes_is_mock_praise(neutral_style: HouseStyle, lang: str,
                                                 text: str) -> None:
    report = run(neutral_style, text, lang)
    assert rules(report).count("tone.sarcasm") == 2  # the praise and the scare quotes
    assert report.features["impulsive"]["irony"] >= 1


def test_praise_with_a_quoted_title_is_sincere(neutral_style: HouseStyle) -> None:
    text = 'Thank you to the "Bike to Work" volunteers for a great day.'
    report = run(neutral_style, text, "en")
    assert "tone.sarcasm" not in rules(report)
    assert not report.verdicts.impulsive


def test_negative_words_count_per_hundred_words(neutral_style: HouseStyle) -> None:
    """The same negative words weigh less in a long explanation than in a two-line jab."""
    jab = "The delivery was late, broken and useless."
    short = run(neutral_style, jab, "en").features["impulsive"]["negative_density"]
    assert short > 0
    story = jab + " " + " ".join(["We ride to the coast on Sunday with the team."] * 20)
    long = run(neutral_style, story, "en").features["impulsive"]["negative_density"]
    assert 0 < long < short / 4  # 207 words against the floor of 30
    assert run(neutral_style, "", "en").features["impulsive"]["negative_density"] == 0.0


def test_a_very_short_post_counts_its_negative_words_over_a_floor(
        neutral_style: HouseStyle) -> None:
    """One negative word in a five-word post is not 20 in 100: short posts divide by a floor."""
    three = run(neutral_style, "Useless.", "en").features["impulsive"]["negative_density"]
    six = run(neutral_style, "Useless, the whole thing was.", "en").features["impulsive"]
    assert three == six["negative_density"] == pytest.approx(100 / 30)


def test_thank_you_addresses_nobody(neutral_style: HouseStyle) -> None:
    thanks = run(neutral_style, "Thank you to every volunteer, see you in May.", "en")
    assert thanks.features["impulsive"]["short_targeted"] == 0.0
    jab = run(neutral_style, "You promised a fix in May and you missed it.", "en")
    assert jab.features["impulsive"]["short_targeted"] == 1.0
    merci = run(neutral_style, "Nous vous remercions pour cette belle saison.", "fr")
    assert merci.features["impulsive"]["short_targeted"] == 0.0


def test_a_quoted_title_in_a_tense_post_is_no_scare_quote(neutral_style: HouseStyle) -> None:
    text = 'Our new "Winter Loop" ride starts Sunday. Those idiots broke the road again!!'
    report = run(neutral_style, text, "en")
    assert '"Winter Loop"' not in spans(report, "tone.sarcasm")
    sneer = run(neutral_style, 'Their "winter loop" ride. Those idiots broke the road!!', "en")
    assert '"winter loop"' in spans(sneer, "tone.sarcasm")


@pytest.mark.parametrize(("lang", "text", "jab"), [
    ("en", "A lock that lasts, really? Ours does.", False),
    ("en", "They lost it twice. Seriously?", True),
    ("fr", "Un antivol qui protège vraiment ? Le nôtre.", False),
    ("fr", "Ils l'ont perdu deux fois. Sérieusement ?", True),
])
def test_seriously_is_a_jab_only_as_a_whole_sentence(neutral_style: HouseStyle, lang: str,
                                                      text: str, jab: bool) -> None:
    report = run(neutral_style, text, lang)
    assert (report.features["impulsive"]["irony"] >= 1) is jab


@pytest.mark.parametrize(("lang", "quoted", "own"), [
    ("en", 'A rider wrote to us: "you are thieves and your bikes are useless." We called her.',
     "You are thieves and your bikes are useless."),
    ("fr", "Un client nous écrit : « vous êtes des escrocs et vos vélos sont nuls ». "
     "Nous l'avons appelé.", "Vous êtes des escrocs et vos vélos sont nuls."),
])
def test_quoted_words_are_not_the_writers_tone(neutral_style: HouseStyle, lang: str,
                                               quoted: str, own: str) -> None:
    reported = run(neutral_style, quoted, lang)
    assert "tone.insult" not in rules(reported)
    assert reported.features["impulsive"]["insult"] == 0.0
    assert reported.features["impulsive"]["negative_density"] == 0.0
    said = run(neutral_style, own, lang)
    assert said.features["impulsive"]["insult"] >= 1
    assert said.features["impulsive"]["negative_density"] > 0


def test_a_sweeping_word_alone_does_not_make_praise_ironic(neutral_style: HouseStyle) -> None:
    boast = "Thanks to everyone: they never stop pushing us to be better!"
    report = run(neutral_style, boast, "en")
    assert report.features["impulsive"]["sweeping"] == 1.0  # "they never": an absolute
    assert "tone.sarcasm" not in rules(report)
    assert report.features["impulsive"]["irony"] == 0.0
    tense = run(neutral_style, "Thanks to the council: those idiots closed the road!", "en")
    assert tense.features["impulsive"]["irony"] >= 1
