"""Promotion checker: sales talk is flagged; a free community event is not."""

from __future__ import annotations

from collections.abc import Mapping

from hypothesis import given, settings
from hypothesis import strategies as st

from flegme.engine.checks.promotion import PromotionChecker
from flegme.engine.text import Document
from flegme.style.loader import default_style, parse_style
from flegme.style.model import HouseStyle
from tests.engine.conftest import rules, run, spans

_STYLE = default_style()


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
    assert {"Profitez", "Commandez"} <= set(spans(report, "promotion.call_to_action"))
    assert "offre limitée" in spans(report, "promotion.urgency")


def test_amount_off_is_one_discount(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Bring your old kettle and get £20 off a new one.", "en")
    assert spans(report, "promotion.discount") == ["£20 off"]


def test_sales_window_with_a_call_to_book(neutral_style: HouseStyle) -> None:
    text = ("From March 3 to 17, every tune-up comes with a free pair of gloves. "
            "Book yours now.")
    report = run(neutral_style, text, "en")
    assert report.verdicts.promotional
    assert "From March 3 to 17" in spans(report, "promotion.urgency")
    text = "Du 3 au 17 mars, une révision achetée = une paire de gants offerte. Réservez vite."
    assert run(neutral_style, text, "fr").verdicts.promotional


def test_scarcity_sentence_is_urgency(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Our spiced loaf is back. Only 40 loaves left!", "en")
    assert spans(report, "promotion.urgency") == ["Only 40 loaves left!"]
    report = run(neutral_style, "Only 3 of us had ever ridden a tandem before.", "en")
    assert "promotion.urgency" not in rules(report)


def test_figures_are_no_sales_window(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Our satisfaction score went from 41 to 67 this year.", "en")
    assert "promotion.urgency" not in rules(report)


def test_free_community_workshop_is_not_promotional(neutral_style: HouseStyle) -> None:
    text = ("Samedi matin, atelier ouvert à tous : nos apprentis montrent comment régler "
            "des freins. C'est gratuit, venez avec vos questions.")
    report = run(neutral_style, text, "fr")
    assert not report.verdicts.promotional
    text = ("Free repair café this Sunday at the library: bring a broken lamp, a neighbour "
            "and your questions. Everyone is welcome.")
    assert not run(neutral_style, text, "en").verdicts.promotional


def test_plain_launch_story_is_not_promotional(neutral_style: HouseStyle) -> None:
    text = ("Today we start repairing cargo bikes in our second workshop. It took a year to "
            "train the team and find the spare parts, and we learned a lot on the way.")
    assert not run(neutral_style, text, "en").verdicts.promotional


def test_a_cohort_is_no_promo(neutral_style: HouseStyle) -> None:
    text = "Notre deuxième promo d'apprentis termine l'année avec brio."
    assert "promotion.discount" not in rules(run(neutral_style, text, "fr"))


def test_extra_terms_from_the_style_count() -> None:
    style = parse_style(
        "schema = 1\n[promotion]\nthreshold = 15\nextra_terms.en = [\"waitlist\"]\n"
    )
    report = run(style, "Join the waitlist for our new chair.", "en")
    assert report.verdicts.promotional
    assert spans(report, "promotion.call_to_action") == ["waitlist"]


def test_threshold_comes_from_the_style() -> None:
    text = "Our revolutionary kettle is finally here."
    strict = parse_style("schema = 1\n[promotion]\nthreshold = 10\n")
    lenient = parse_style("schema = 1\n[promotion]\nthreshold = 90\n")
    assert run(strict, text, "en").verdicts.promotional
    assert not run(lenient, text, "en").verdicts.promotional


def test_hype_superlatives(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Our revolutionary, best-in-class frame is unbeatable.", "en")
    assert spans(report, "promotion.hype") == ["revolutionary", "best-in-class", "unbeatable"]
    report = run(neutral_style, "Une lampe révolutionnaire, la n°1 du marché.", "fr")
    assert {"révolutionnaire", "n°1"} <= set(spans(report, "promotion.hype"))


def test_self_focus_with_brand_name(team_style: HouseStyle) -> None:
    text = ("At Atelier Nord we restore our chairs in our workshop. We chose our oak, we cut "
            "our joints and we sign our work. Atelier Nord is our pride and we love our "
            "craft, our tools and our team.")
    report = run(team_style, text, "en")
    assert "promotion.self_focus" in rules(report)
    balanced = ("We restore chairs for you and your family. Tell us what you need, and we will "
                "show you how your chair was made, so you can look after it yourself.")
    assert "promotion.self_focus" not in rules(run(team_style, balanced, "en"))


def test_hashtag_stuffing_and_few_hashtags(neutral_style: HouseStyle) -> None:
    few = run(neutral_style, "A good week at the workshop. #repair #community", "en")
    assert "promotion.hashtags" not in rules(few)
    many = run(neutral_style, "New week! #a1 #bikes #repair #local #green #city #ride", "en")
    assert "promotion.hashtags" in rules(many)
    dense = run(neutral_style, "Sunday ride #bikes #gravel #sunday", "en")  # half the words
    assert "promotion.hashtags" in rules(dense)


def test_emoji_cluster(neutral_style: HouseStyle) -> None:
    assert "promotion.emoji" in rules(run(neutral_style, "Nouvelle saison 🚲🔥🎉", "fr"))
    assert "promotion.emoji" not in rules(run(neutral_style, "Belle journée 🚲", "fr"))


def test_words_inside_hashtags_are_not_prose(neutral_style: HouseStyle) -> None:
    report = run(neutral_style, "Great morning with the team #flashsale", "en")
    assert "flashsale" not in "".join(spans(report, "promotion.discount"))


def test_offsets_after_emoji(neutral_style: HouseStyle) -> None:
    text = "👩🏽‍🔧🚲 Commandez maintenant : -15 % sur les casques."
    report = run(neutral_style, text, "fr")
    assert spans(report, "promotion.discount") == ["-15 %"]
    assert spans(report, "promotion.call_to_action") == ["Commandez"]


def test_scan_depends_only_on_the_paragraph(neutral_style: HouseStyle) -> None:
    checker = PromotionChecker(neutral_style, "en")
    part = Document.analyse("Buy now: 20% off today only.", "en")
    assert checker.scan(part) == checker.scan(Document.analyse(part.text, "en"))
    conclusion = checker.conclude(part, [checker.scan(part)])
    assert conclusion.flag and conclusion.score is not None and conclusion.score <= 100


@given(st.text(max_size=300))
@settings(max_examples=60, deadline=None)
def test_any_text_gives_spans_inside_it(text: str) -> None:
    for lang in ("fr", "en"):
        checker = PromotionChecker(_STYLE, lang)
        doc = Document.analyse(text, lang)
        conclusion = checker.conclude(doc, [checker.scan(doc)])
        assert conclusion.score is not None and 0 <= conclusion.score <= 100
        assert all(0 <= f.start <= f.end <= len(text) for f in conclusion.findings)


def test_a_price_framed_as_a_deal_counts_as_a_deal_not_a_plain_price() -> None:
    from flegme.engine.engine import check_text
    from flegme.style.loader import default_style

    report = check_text("Unlimited data for just $30 a month.", default_style(), language="en")
    assert report.features["promotional"]["deal"] == 1.0
    assert "price" not in report.features["promotional"]  # a bare amount is no feature
    plain = check_text("We lost $30 million last year.", default_style(), language="en")
    assert plain.features["promotional"]["deal"] == 0.0
    saved = check_text("She put €40 a month aside for ten years.", default_style(), language="en")
    assert saved.features["promotional"]["deal"] == 0.0
    charm = check_text("The new plan costs €9.99.", default_style(), language="en")
    assert charm.features["promotional"]["deal"] == 1.0


def _features(text: str, language: str, style: HouseStyle = _STYLE) -> Mapping[str, float]:
    from flegme.engine.engine import check_text

    return check_text(text, style, language=language).features["promotional"]


def test_promotion_features_say_whether_a_kind_is_there_not_how_often() -> None:
    text = ("Shop now! Buy now! Order today! 30% off, 20% off, code SAVE20. "
            "Only 3 rooms left, ends tonight, before Friday.")
    features = _features(text, "en")
    assert features["call"] == features["deal"] == features["urgency"] == 1.0
    assert all(0.0 <= value <= 1.0 for value in features.values())


def test_a_job_post_calls_to_apply_not_to_buy() -> None:
    hiring = _features("We're hiring two developers. Apply on our site: link in bio.", "en")
    assert hiring["hiring"] == 1.0 and hiring["call"] == 0.0
    selling = _features("New range out now. Link in bio.", "en")
    assert selling["hiring"] == 0.0 and selling["call"] == 1.0
    both = _features("Our new range is out, 20% off this week. We're hiring too: order now.",
                     "en")
    assert both["hiring"] == 1.0 and both["call"] == 1.0  # a sale with a job line still sells
    recrute = _features("Nous recrutons trois infirmiers.\n\nLes offres sont sur notre site.",
                        "fr")
    assert recrute["hiring"] == 1.0 and recrute["call"] == 0.0
    deadline = _features("Nous recrutons 5 conseillers. Postulez sur notre site avant le 30 juin.",
                         "fr")
    assert deadline["call"] == deadline["urgency"] == 0.0


def test_a_quoted_call_or_a_hyphenated_noun_is_not_the_authors_call() -> None:
    assert _features("Their only question: « Et si vous passiez au payant ? »", "fr")["call"] == 0
    assert _features("Et si vous passiez chez nous ?", "fr")["call"] == 1.0
    assert _features("The sign-up step lost half our users.", "en")["call"] == 0.0
    assert _features("Sign up today.", "en")["call"] == 1.0


def test_a_metric_up_to_a_percentage_is_not_a_discount() -> None:
    assert _features("Retention is up to 31% this quarter.", "en")["deal"] == 0.0
    assert _features("Save up to 30% on every room.", "en")["deal"] == 1.0
    assert _features("Jusqu'à -30 % sur les chambres.", "fr")["deal"] == 1.0


def test_an_hour_is_not_a_sales_deadline_but_the_end_of_an_offer_is() -> None:
    assert _features("Coffee is free for the crews who pass before 6 am.", "en")["urgency"] == 0
    assert _features("Le café est offert aux pêcheurs avant 6 h.", "fr")["urgency"] == 0.0
    ends = _features("Le carburant à prix coûtant jusqu'à la fin de l'année.", "fr")
    assert ends["urgency"] == 1.0 and ends["combo"] == 1.0


def test_the_houses_own_sales_terms_are_a_feature_apart_from_calls() -> None:
    style = parse_style("schema = 1\n[promotion]\nextra_terms.en = [\"waitlist\"]\n")
    features = _features("Our waitlist grew this month.", "en", style)
    assert features["house"] == 1.0 and features["call"] == 0.0
