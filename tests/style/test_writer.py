"""The form writer keeps every comment of the comms lead's TOML, and saves what it shows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from flegme.engine.engine import Engine
from flegme.errors import StyleError
from flegme.style.loader import parse_style
from flegme.style.writer import StyleForm, ValueRow, write_form

COMMENTED = '''schema = 1  # the only required key

# Who speaks
[organisation]
name = "Cycles Aubrac"            # self-mentions
default_language = "fr"

[mission]
fr = "Rendre le vélo accessible."   # short
keywords.fr = ["vélo", "réparer"]   # stems

# Our values, in the order we say them
[[values]]
# the first one matters most
name = "Transparence"   # as printed on the wall
fr = "Nous disons ce que nous faisons."  # French text
keywords.fr = ["transparence", "chiffres"]  # keywords

[[values]]
name = "Proximité"   # second value
fr = "Près de chez vous."

[platforms.linkedin]              # LinkedIn only
preferred_max_chars = 1300        # above this: warning

[jargon]
extra.fr = { "synergie" = "collaboration" }   # term = replacement
allow = ["RSE"]            # never flagged

[tone]
threshold = 50                    # impulsive at or above
cooling_off_minutes = 30          # delay

[promotion]
threshold = 50

# Severity changes agreed with the board (2026-02)
[rules."tone.absolutes"]          # too strict for us
severity = "info"                 # was warning
'''
COMMENTS = [line.split("#", 1)[1] for line in COMMENTED.splitlines() if "#" in line]


def _form(text: str = COMMENTED) -> StyleForm:
    return StyleForm.from_style(parse_style(text))


def test_an_unchanged_form_changes_nothing() -> None:
    assert write_form(COMMENTED, _form()) == COMMENTED


def test_comments_inside_values_and_rules_survive_edits() -> None:
    form = _form()
    first = form.values[0]
    edited = replace(
        form,
        values=(replace(first, text={"fr": "Nous publions nos chiffres."}), form.values[1],
                ValueRow("Sobriété", {"fr": "Moins mais mieux."}, {"fr": ("sobre",)})),
        rules={"tone.absolutes": "off", "jargon.term": "warning"},
        tone_threshold=60)
    text = write_form(COMMENTED, edited)
    for comment in COMMENTS:
        assert comment in text, comment
    style = parse_style(text)
    assert [v.name for v in style.values] == ["Transparence", "Proximité", "Sobriété"]
    assert style.values[0].text["fr"] == "Nous publions nos chiffres."
    assert {k: v.severity for k, v in style.rules.items()} == {"tone.absolutes": "off",
                                                               "jargon.term": "warning"}
    assert style.tone.threshold == 60


def test_removing_a_value_or_a_rule_removes_only_it() -> None:
    form = _form()
    text = write_form(COMMENTED, replace(form, values=form.values[1:], rules={}))
    style = parse_style(text)
    assert [v.name for v in style.values] == ["Proximité"]
    assert style.rules == {}
    assert "# second value" in text and "# delay" in text
    assert "# the first one matters most" not in text


def test_banned_terms_are_flagged_in_every_language() -> None:
    text = write_form(COMMENTED, replace(_form(), banned=("disruptif", "game changer")))
    style = parse_style(text)
    assert style.jargon.extra["fr"]["disruptif"] == ""
    assert style.jargon.extra["en"]["game changer"] == ""
    assert style.jargon.extra["fr"]["synergie"] == "collaboration"
    assert _form(text).banned == ("disruptif", "game changer")
    report = Engine(style).check("Notre offre est vraiment disruptif pour la ville.")
    assert any("disruptif" in report.text[f.start:f.end] for f in report.findings)


def test_a_style_from_scratch() -> None:
    form = StyleForm(organisation_name="Atelier", default_language="en",
                     platforms={"x": {"max_hashtags": 2}}, allow=("PME",))
    style = parse_style(write_form("schema = 1\n", form))
    assert style.organisation.name == "Atelier"
    assert style.platform("x").max_hashtags == 2
    assert style.jargon.allow == ("PME",)


def test_bad_toml_or_bad_values_are_refused() -> None:
    with pytest.raises(StyleError, match="does not parse"):
        write_form("schema = [", StyleForm())
    with pytest.raises(StyleError, match="threshold"):
        write_form(COMMENTED, replace(_form(), tone_threshold=400))


def test_only_what_the_form_changed_is_written() -> None:
    bare = "schema = 1\n# nothing else yet\n"
    assert write_form(bare, StyleForm.from_style(parse_style(bare))) == bare
    text = write_form(bare, replace(StyleForm.from_style(parse_style(bare)), tone_threshold=40))
    assert text.startswith(bare) and "threshold = 40" in text and "[promotion]" not in text
