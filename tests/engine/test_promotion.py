"""Promotion checker: sales talk is flagged; a free community event is not."""

from __future__ import annotations

from flegme.style.model import HouseStyle
from tests.engine.conftest import rules, run, spans


def test_flash_sale_is_promotional(neutral_style: HouseStyle) -> None:
    text = ("Last chance: 30% off every saddle this weekend only! Shop now with code SADDLE30 "
            "🔥🔥🔥 #sale #deals #cycling #gear #bikes #weekend")
    report = run(neutral_style, text, "en")
    assert report.verdicts.promotional
    found = set(rules(report))
    assert {"promotion.discount", "promotion.urgency", "promotion.call_to_action",
            "promotion.hashtags", "promotion.emoji"} <= found
    assert "30% off" in spans(report, "promotion.discount")


def test_french_sales_pitch(neutral_style: HouseStyle) -> None:
    text = ("Profitez de -20 % sur nos antivols jusqu'à dimanche ! Commandez en ligne, "
            "livraison offerte, offre limitée.")
    report = run(neutral_style, text, "fr")
    assert report.verdicts.promotional
    assert "-20 %" in spans(report, "promotion.discount")


def test_free_community_workshop_is_not_promotional(neutral_style: HouseStyle) -> None:
    text = ("Samedi matin, atelier ouvert à tous : nos apprentis montrent comment régler "
            "des freins. C'est gratuit, venez avec vos questions.")
    report = run(neutral_style, text, "fr")
    assert not report.verdicts.promotional


def test_plain_launch_story_is_not_promotional(neutral_style: HouseStyle) -> None:
    text = ("Today we start repairing cargo bikes in our second workshop. It took a year to "
            "train the team and find the spare parts, and we learned a lot on the way.")
    assert not run(neutral_style, text, "en").verdicts.promotional


def test_extra_terms_from_the_style_count(team_style: HouseStyle) -> None:
    from flegme.style.loader import parse_style

    style = parse_style(
        "schema = 1\n[promotion]\nthreshold = 15\nextra_terms.en = [\"waitlist\"]\n"
    )
    report = run(style, "Join the waitlist for our new chair.", "en")
    assert report.verdicts.promotional
    assert spans(report, "promotion.offer") == ["waitlist"]


def test_hype_superlatives(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Our revolutionary, best-in-class frame is unbeatable.", "en")
    assert spans(report, "promotion.hype") == ["revolutionary", "best-in-class", "unbeatable"]


def test_words_inside_hashtags_are_not_prose(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Great morning with the team #flashsale", "en")
    assert "flashsale" not in "".join(spans(report, "promotion.discount"))
