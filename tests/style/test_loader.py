"""House-style loading: the schema's keys, and clear errors with file, line and key."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flegme.errors import StyleError
from flegme.style.loader import default_style, load_style, parse_style

CORPUS_STYLE = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "house-style.toml"

GOOD = """\
schema = 1

[organisation]
name = "Atelier Nord"
handles = ["@ateliernord"]
default_language = "en"

[mission]
fr = "Réparer plutôt que jeter."
keywords.fr = ["réparer", "seconde main"]
keywords.en = ["repair"]

[[values]]
name = "Ouverture"
en = "We open our books."
keywords.en = ["open books"]

[platforms.mastodon]
max_chars = 1000

[jargon]
extra.en = { "leverage" = "use" }
allow = ["Business Unit Sud"]

[tone]
threshold = 40

[rules."tone.absolutes"]
severity = "off"

[grammar]
dictionary = ["Aubrac"]
"""


def _error(text: str) -> StyleError:
    with pytest.raises(StyleError) as info:
        parse_style(text, "team.toml")
    return info.value


def test_good_style_is_read_into_the_model() -> None:
    style = parse_style(GOOD, "team.toml")
    assert style.organisation.name == "Atelier Nord"
    assert style.organisation.default_language == "en"
    assert style.mission is not None
    assert style.mission.keywords_in("fr") == ("réparer", "seconde main")
    assert style.mission.text_in("en") == "Réparer plutôt que jeter."  # falls back to fr
    assert style.values[0].name == "Ouverture"
    assert style.platform("mastodon").max_chars == 1000
    assert style.platform("x").max_chars is None
    assert style.jargon.extra["en"]["leverage"] == "use"
    assert style.tone.threshold == 40 and style.tone.cooling_off_minutes == 30
    assert style.rules["tone.absolutes"].severity == "off"
    assert style.grammar.dictionary == ("Aubrac",)


@pytest.mark.skipif(not CORPUS_STYLE.is_file(), reason="shared corpus not present")
def test_corpus_style_loads() -> None:
    style = load_style(CORPUS_STYLE)
    assert style.organisation.name == "Cycles Aubrac"
    assert [v.name for v in style.values] == ["Transparence", "Proximité", "Transmission"]
    assert style.platform("x").preferred_max_chars == 260


def test_default_style_is_valid_and_neutral() -> None:
    style = default_style()
    assert style.organisation.name == ""
    assert style.tone.threshold == 50 and style.promotion.threshold == 50


def test_unknown_key_names_line_key_and_suggestion() -> None:
    err = _error("schema = 1\n[tone]\nthreshold = 40\ncoolling_off_minutes = 5\n")
    assert err.path == "team.toml" and err.line == 4
    assert err.key == "tone.coolling_off_minutes"
    assert "did you mean 'cooling_off_minutes'" in str(err)


def test_wrong_type_and_range() -> None:
    err = _error("schema = 1\n\n[promotion]\nthreshold = \"high\"\n")
    assert (err.line, err.key) == (4, "promotion.threshold")
    err = _error("schema = 1\n[tone]\nthreshold = 101\n")
    assert (err.line, err.key) == (3, "tone.threshold") and "out of range" in str(err)


def test_bad_severity_in_quoted_rule_table() -> None:
    err = _error('schema = 1\n[rules."tone.shouting"]\nseverity = "loud"\n')
    assert err.line == 3 and err.key == 'rules."tone.shouting".severity'


def test_value_in_second_array_entry_is_located() -> None:
    err = _error('schema = 1\n[[values]]\nname = "A"\n[[values]]\nname = 3\n')
    assert (err.line, err.key) == (5, "values[1].name")


def test_all_problems_reported_together() -> None:
    err = _error("schema = 1\n[tone]\nthreshold = -1\n[platforms.myspace]\n")
    assert "and 1 more" in str(err) and "myspace" in str(err)


def test_missing_schema_and_unsupported_schema() -> None:
    assert _error("[tone]\nthreshold = 3\n").key == "schema"
    assert _error("schema = 2\n").key == "schema"


def test_toml_syntax_error_has_line() -> None:
    err = _error("schema = 1\n[tone]\nthreshold = \n")
    assert err.line == 3 and "not valid TOML" in str(err)


def test_deeply_nested_brackets_do_not_crash() -> None:
    err = _error("a = " + "[" * 10_000 + "]" * 10_000 + "\n")
    assert "team.toml" in str(err)


def test_five_megabyte_file_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "huge.toml"
    path.write_text("schema = 1\n" + "# padding\n" * 500_000, encoding="utf-8")
    with pytest.raises(StyleError, match="too large") as info:
        load_style(path)
    assert info.value.path == str(path)


def test_non_utf8_file(tmp_path: Path) -> None:
    path = tmp_path / "latin1.toml"
    path.write_bytes("schema = 1\n[organisation]\nname = \"Café\"\n".encode("latin-1"))
    with pytest.raises(StyleError, match="UTF-8") as info:
        load_style(path)
    assert info.value.line == 3


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(StyleError, match="no such file"):
        load_style(tmp_path / "nope.toml")


def test_bad_rule_id() -> None:
    assert "dotted" in str(_error('schema = 1\n[rules.shouting]\nseverity = "off"\n'))


def test_severity_overrides_are_read() -> None:
    style = parse_style('schema = 1\n[rules."tone.absolutes"]\nseverity = "info"\n'
                        '[rules."length.preferred"]\nseverity = "error"\n')
    assert style.rules["tone.absolutes"].severity == "info"
    assert style.rules["length.preferred"].severity == "error"


def test_language_other_than_fr_or_en_names_its_line() -> None:
    err = _error('schema = 1\n[organisation]\nlanguages = ["fr", "de"]\n')
    assert (err.line, err.key) == (3, "organisation.languages") and "'de'" in str(err)
    err = _error('schema = 1\n[mission]\nde = "Mission"\n')
    assert (err.line, err.key) == (3, "mission.de")


def test_unknown_platform_names_its_table_line() -> None:
    err = _error("schema = 1\n\n[platforms.myspace]\nmax_hashtags = 3\n")
    assert (err.line, err.key) == (3, "platforms.myspace") and "unknown platform" in str(err)


def test_texts_fall_back_to_the_other_language() -> None:
    style = parse_style('schema = 1\n[vision]\nen = "Car-free towns."\n'
                        'keywords.en = ["car-free"]\n')
    assert style.vision is not None
    assert style.vision.text_in("fr") == "Car-free towns."
    assert style.vision.keywords_in("fr") == ("car-free",)


def test_supported_extra_keys() -> None:
    style = parse_style("schema = 1\n[platforms.linkedin]\nfold_chars = 180\nfold_lines = 2\n"
                        "[jargon]\nmax_sentence_words = 30\n[workflow]\nself_approval = true\n")
    assert style.platform("linkedin").fold_chars == 180
    assert style.platform("linkedin").fold_lines == 2
    assert style.jargon.max_sentence_words == 30 and style.workflow.self_approval is True


def test_five_megabytes_of_text_are_refused_by_parse_style_too() -> None:
    err = _error("schema = 1\n" + "x" * 5_000_000)
    assert "too large" in str(err) and err.path == "team.toml"


@settings(max_examples=300, deadline=None)
@given(st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(["schema = 1\n", "[tone]\n", "threshold = ", "101", "\"x\"", "[",
                              "]", "{", "}", "[[values]]\n", "name = ", "=", "\n", "'", '"',
                              "[rules.\"a.b\"]\n", "severity = \"off\"\n", "é", "\x00"]),
             max_size=40).map("".join),
))
def test_any_text_gives_a_style_or_a_style_error(text: str) -> None:
    try:
        parse_style(text, "fuzz.toml")
    except StyleError as exc:
        assert exc.path == "fuzz.toml"


def test_an_unknown_rule_id_is_an_error_with_a_suggestion() -> None:
    err = _error('schema = 1\n\n[rules."tone.absolute"]\nseverity = "off"\n')
    assert "did you mean 'tone.absolutes'" in str(err)
    assert err.line == 3 and err.key == 'rules."tone.absolute"'
    # LanguageTool's own rule ids are the server's: any id under "grammar." is accepted
    style = parse_style('schema = 1\n[rules."grammar.FRENCH_WHITESPACE"]\nseverity = "off"\n')
    assert style.rules["grammar.FRENCH_WHITESPACE"].severity == "off"
