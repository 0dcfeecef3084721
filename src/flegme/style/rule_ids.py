"""The rule ids a house style may name: those declared in resources/messages/en.toml, and
LanguageTool's under "grammar." (its rule ids are the server's, not ours)."""

from __future__ import annotations

from functools import cache

from flegme.resources import resource_path
from flegme.toml_cache import parse_toml

OPEN_PREFIXES = ("grammar.",)


@cache
def known_rule_ids() -> frozenset[str]:
    """Every declared rule id."""
    path = resource_path("messages", "en.toml")
    data = parse_toml(path.read_text(encoding="utf-8"))
    return frozenset(rule for rule in data.get("rules", {}) if "." in rule)


def unknown_rule_problem(rule_id: str) -> str | None:
    """None when `rule_id` is known; otherwise the problem, with a "did you mean"."""
    if rule_id in known_rule_ids() or rule_id.startswith(OPEN_PREFIXES):
        return None
    import difflib  # (for the message only)

    hint = difflib.get_close_matches(rule_id, sorted(known_rule_ids()), n=1, cutoff=0.6)
    return f"unknown rule '{rule_id}'" + (f"; did you mean '{hint[0]}'?" if hint else
                                          " (see resources/messages/en.toml for the rule ids)")
