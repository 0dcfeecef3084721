"""Verdicts come from the fitted models in resources/models/verdicts.toml: the score is the
calibrated probability, the house threshold maps onto the fitted cut."""

from __future__ import annotations

import tomllib

import pytest

from flegme.engine.engine import check_text
from flegme.engine.verdict_model import LABELS, house_cut, load_models
from flegme.resources import resource_path
from flegme.style.loader import default_style, parse_style


def test_the_model_file_says_where_it_comes_from() -> None:
    data = tomllib.loads(resource_path("models", "verdicts.toml").read_text(encoding="utf-8"))
    assert data["provenance"]["script"] == "scripts/fit_verdicts.py"
    assert data["provenance"]["posts"] > 0 and len(data["provenance"]["data_sha256"]) == 64
    assert set(LABELS) <= set(load_models())


def test_house_threshold_maps_onto_the_fitted_cut() -> None:
    assert house_cut(0.3, 50) == pytest.approx(0.3)
    assert house_cut(0.3, 0) == 0 and house_cut(0.3, 100) == pytest.approx(1.0)
    assert house_cut(0.3, 25) == pytest.approx(0.15)
    assert house_cut(0.3, 75) == pytest.approx(0.65)


@pytest.mark.parametrize("text", [
    "Those clowns at the ministry lied AGAIN!!! If they do it once more we will sue.",
    "Get yours now: just €9.99 a month, link in bio.",
    "We are rightsizing to unlock synergies across the ecosystem.",
    "Proud of our apprentices today.",
])
def test_the_report_scores_are_the_models_probabilities(text: str) -> None:
    report = check_text(text, default_style(), language="en")
    models = load_models()
    impulsive = models["impulsive"].probability(report.features["impulsive"])
    promotional = models["promotional"].probability(report.features["promotional"])
    jargon = models["jargon"].probability(report.features["jargon"])
    assert report.scores.impulsivity == round(100 * impulsive)
    assert report.scores.promotion == round(100 * promotional)
    assert report.verdicts.impulsive == models["impulsive"].flag(impulsive)
    assert report.verdicts.promotional == models["promotional"].flag(promotional)
    assert report.verdicts.jargon == models["jargon"].flag(jargon)


def test_a_stricter_house_flags_less() -> None:
    text = "Thanks for nothing. Still waiting for an answer."
    loose = check_text(text, parse_style("schema = 1\n[tone]\nthreshold = 1\n"), language="en")
    strict = check_text(text, parse_style("schema = 1\n[tone]\nthreshold = 100\n"),
                        language="en")
    assert loose.scores.impulsivity == strict.scores.impulsivity
    assert loose.verdicts.impulsive and not strict.verdicts.impulsive


def test_joy_stays_calm_and_threats_do_not() -> None:
    calm = check_text("We did it!! THANK YOU to every rider, what a season!", default_style(),
                      language="en")
    assert not calm.verdicts.impulsive
    threat = check_text("If you publish that again, we will sue. My lawyers are already on it.",
                        default_style(), language="en")
    assert threat.verdicts.impulsive
    assert threat.scores.impulsivity > calm.scores.impulsivity
