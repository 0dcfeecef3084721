"""Rules declared once: each checker's RULES (id -> kind) is what resources/messages holds,
in both languages, and every finding the engine reports names a declared rule."""

from __future__ import annotations

import pytest

from flegme.engine.checks import disclosure, jargon, length, promotion, tone, values
from flegme.engine.engine import check_text
from flegme.engine.messages import rule_texts, texts
from flegme.style.loader import default_style
from flegme.style.rule_ids import known_rule_ids

CHECKERS = (disclosure, jargon, length, promotion, tone, values)


def test_each_checker_declares_its_rules_with_the_kinds_of_the_messages_file() -> None:
    declared = {rule: kind for module in CHECKERS for rule, kind in module.RULES.items()}
    in_file = {rule: t.kind for rule, t in rule_texts("en").items() if rule != "grammar"}
    assert declared == in_file
    assert known_rule_ids() == frozenset(in_file)


def test_both_languages_have_the_same_rules_and_placeholders() -> None:
    en, fr = rule_texts("en"), rule_texts("fr")
    assert set(en) == set(fr)
    for rule in en:
        assert en[rule].kind == fr[rule].kind, rule
        assert set(en[rule].extra) == set(fr[rule].extra), rule


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_message_fills_in(language: str) -> None:
    values = dict(used=1, limit=2, platform="X", extra=1, preferred=1, count=3, cap=2,
                  limit_word="w", acronym="KPI", ease="20", options="o")
    for rule in rule_texts(language):
        message, _ = texts(language, rule, **values)
        assert message and "{" not in message, rule


def test_every_finding_names_a_declared_rule() -> None:
    text = ("WE ARE FURIOUS!!! Those clowns at @MegaCorp lied again. Our KPIs and synergies "
            "say so. Buy now: 20% off, only until Friday! #a #b #c #d #e #f #g\n\n"
            "Nous avons levé 40 millions d'euros. Victims of the flood, use code SAFE.")
    report = check_text(text, default_style(), platforms=["x", "instagram"])
    assert report.findings
    for finding in report.findings:
        assert finding.rule in known_rule_ids(), finding.rule
