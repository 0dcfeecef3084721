"""Every rule id a checker can emit is in the catalog the comms lead picks from."""

from __future__ import annotations

import re
from pathlib import Path

import flegme.engine.checks as checks
from flegme.engine.rule_catalog import KNOWN_RULES
from flegme.style.loader import parse_style

CATEGORIES = ("jargon", "tone", "promotion", "values", "length", "disclosure")


def test_every_rule_id_in_the_checkers_is_known() -> None:
    source = "\n".join(p.read_text(encoding="utf-8")
                       for p in Path(checks.__file__).parent.glob("*.py"))
    pattern = r"[\"|]((?:" + "|".join(CATEGORIES) + r")\.[a-z_]+)\""
    found = set(re.findall(pattern, source))
    assert found, "the scan found no rule id: the pattern is wrong"
    assert found <= set(KNOWN_RULES), found - set(KNOWN_RULES)


def test_the_catalog_lists_exactly_the_declared_rule_ids() -> None:
    from flegme.style.rule_ids import known_rule_ids

    assert {r for r in KNOWN_RULES if "." in r} == known_rule_ids()


def test_every_catalog_id_is_accepted_by_the_style_loader() -> None:
    dotted = [r for r in KNOWN_RULES if "." in r]
    text = "schema = 1\n" + "".join(f'[rules."{r}"]\nseverity = "info"\n' for r in dotted)
    assert set(parse_style(text).rules) == set(dotted)
