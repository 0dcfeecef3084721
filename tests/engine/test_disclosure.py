"""Disclosure and crisis risk: market-moving statements, accusations of a named target,
promotion next to a tragedy (warnings, FR and EN)."""

from __future__ import annotations

import pytest

from flegme.engine.engine import check_text
from flegme.engine.report import Severity
from flegme.style.loader import default_style


def _rules(text: str, language: str) -> list[str]:
    report = check_text(text, default_style(), language=language)
    found = [f for f in report.findings if f.category == "disclosure"]
    assert all(f.severity is Severity.WARNING and f.explanation for f in found)
    return [f.rule for f in found]


@pytest.mark.parametrize(("text", "language"), [
    ("Thinking of taking the company private at $60 a share.", "en"),
    ("We have raised $25 million in a Series B round.", "en"),
    ("Nous relevons nos prévisions pour l'année.", "fr"),
    ("Le cours de l'action est bien trop bas.", "fr"),
])
def test_market_moving_statements(text: str, language: str) -> None:
    assert "disclosure.market" in _rules(text, language)


def test_an_accusation_needs_a_named_target() -> None:
    assert "disclosure.accusation" in _rules("@RivalCo lied to its customers for years.", "en")
    assert "disclosure.accusation" in _rules("Monsieur Durand est un escroc.", "fr")
    assert "disclosure.accusation" not in _rules("Fraud is rising across the sector.", "en")


def test_promotion_next_to_a_tragedy() -> None:
    text = "Our hearts go out to the victims of the storm. 30% off all jackets this week!"
    assert "disclosure.tragedy" in _rules(text, "en")
    assert "disclosure.tragedy" not in _rules(
        "Our hearts go out to the victims of the storm.", "en")
    assert "disclosure.tragedy" in _rules(
        "Pensées aux victimes des inondations. Profitez de -20 % avec le code SOLIDAIRE.", "fr")


def test_a_house_style_can_turn_the_family_off() -> None:
    from flegme.style.loader import parse_style

    style = parse_style('schema = 1\n[rules."disclosure.market"]\nseverity = "off"\n')
    report = check_text("We raised $25 million in a Series B.", style, language="en")
    assert not [f for f in report.findings if f.rule == "disclosure.market"]
