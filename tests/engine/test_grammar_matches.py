"""LanguageTool's JSON -> Findings: UTF-16 offsets on arbitrary text, old formats, garbage."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flegme.engine.checks.grammar_matches import matches_to_findings
from flegme.engine.report import Severity
from flegme.style.loader import default_style

STYLE = default_style()


def utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def match(offset: Any, length: int, **extra: Any) -> dict[str, Any]:
    return {"message": "Agreement problem.", "offset": offset, "length": length,
            "replacements": [{"value": "x"}],
            "rule": {"id": "AGREEMENT", "issueType": "grammar",
                     "category": {"id": "GRAMMAR", "name": "Grammar"}}, **extra}


@given(st.text(alphabet=st.sampled_from("ab é\n🚲👨‍👩‍👧\u0301"), max_size=40), st.data())
def test_utf16_offsets_map_back_to_the_same_str_span(text: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    found = matches_to_findings({"matches": [match(utf16(text[:start]),
                                                    utf16(text[start:end]))]},
                                text, "en", STYLE)
    assert [(f.start, f.end) for f in found] == [(start, end)]


def test_an_offset_inside_a_surrogate_pair_widens_to_the_whole_emoji() -> None:
    text = "a🚲b"
    low_half, half_and_b = matches_to_findings({"matches": [match(2, 1), match(2, 2)]},
                                               text, "en", STYLE)
    assert text[low_half.start:low_half.end] == "🚲"
    assert text[half_and_b.start:half_and_b.end] == "🚲b"


def test_old_format_and_missing_fields() -> None:
    old = {"message": "Use a comma.", "offset": 0, "length": 1,
           "replacements": ["a,", "a;", 3, None, "a,", "b", "c", "d", "e"],
           "rule": {"id": "COMMA", "issueType": "typographical"}}
    (found,) = matches_to_findings({"matches": [old]}, "a b", "en", STYLE)
    assert found.message == "Use a comma." and found.severity is Severity.INFO
    assert found.suggestions == ("a,", "a;", "b", "c", "d")  # strings only, five at most
    assert found.rule == "grammar.COMMA" and found.category == "grammar"


@pytest.mark.parametrize("bad", [{"matches": [match(5, 9)]}, {"matches": [match(-1, 1)]},
                                 {"matches": [{"offset": 0}]}, {"matches": [match("x", 1)]}])
def test_malformed_matches_raise_for_the_service_to_report(bad: dict[str, Any]) -> None:
    with pytest.raises((ValueError, KeyError, TypeError)):
        matches_to_findings(bad, "short", "en", STYLE)
