"""Cues added for the fitted verdicts reach the models' features, and context cues (an
apology) are features without findings."""

from __future__ import annotations

from flegme.engine.engine import check_text
from flegme.style.loader import default_style


def _features(text: str, language: str, label: str) -> dict[str, float]:
    return dict(check_text(text, default_style(), language=language).features[label])


def test_launch_talk_feeds_the_promotion_model() -> None:
    assert _features("We are launching a new helmet range.", "en",
                     "promotional")["launch"] == 1.0
    assert _features("Nous lançons aujourd'hui notre carte fidélité.", "fr",
                     "promotional")["launch"] == 1.0
    assert _features("Our advisers are available to answer questions.", "en",
                     "promotional")["launch"] == 0.0


def test_accusations_of_lying_count_as_insults() -> None:
    assert _features("They lied to every single customer.", "en", "impulsive")["insult"] >= 1
    assert _features("Ce sont des charlatans.", "fr", "impulsive")["insult"] >= 1


def test_an_apology_is_a_feature_not_a_finding() -> None:
    text = "We are deeply sorry for the delay and the awful mess this morning."
    report = check_text(text, default_style(), language="en")
    features = report.features["impulsive"]
    assert features["apology_negative"] == features["negative_density"] > 0
    calm = check_text("The awful mess this morning is fixed.", default_style(), language="en")
    assert calm.features["impulsive"]["apology_negative"] == 0.0
    assert not [f for f in report.findings if f.rule.startswith("tone.")]


def test_condescension_and_deadpan_irony_are_hostile_cues() -> None:
    assert _features("A gentle reminder to the experts in the comments: read the rules.",
                     "en", "impulsive")["insult"] >= 1
    assert _features("Un nouveau concept, vraiment. Bravo.", "fr", "impulsive")["irony"] >= 1
