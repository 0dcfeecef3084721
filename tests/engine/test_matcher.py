"""The phrase matcher: whole words, phrases as phrases, folding and stemming."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flegme.engine.matcher import (
    MatcherGroup,
    PhraseMatch,
    PhraseMatcher,
    stem_tokens,
    term_tokens,
)
from flegme.engine.text import Document


def _terms(matcher: PhraseMatcher[str], text: str, lang: str = "en") -> list[str]:
    doc = Document.analyse(text, lang)
    return [text[m.start:m.end] for m in matcher.find(doc)]


def test_whole_words_only() -> None:
    m = PhraseMatcher([("lever", "x")], "en")
    assert _terms(m, "Pull the lever, not the leverage.") == ["lever"]


def test_phrase_matches_as_phrase_and_longest_wins() -> None:
    m = PhraseMatcher([("business unit", "a"), ("business", "b")], "en")
    assert _terms(m, "Our Business Unit grew; business is fine.") == ["Business Unit", "business"]


def test_phrase_does_not_cross_punctuation() -> None:
    m = PhraseMatcher([("bike lane", "a")], "en")
    assert _terms(m, "We sell a bike. Lane closures hurt.") == []
    assert _terms(m, "A new bike-lane opened.") == ["bike-lane"]


def test_accents_and_case_are_folded() -> None:
    m = PhraseMatcher([("réemploi", "a")], "fr")
    assert _terms(m, "Le REEMPLOI et le Réemploi.", "fr") == ["REEMPLOI", "Réemploi"]


def test_stemming_meets_inflections() -> None:
    m = PhraseMatcher([("réparable", "a")], "fr", stem=True)
    assert _terms(m, "Des vélos réparables.", "fr") == ["réparables"]
    en = PhraseMatcher([("repair", "a")], "en", stem=True)
    assert _terms(en, "We repaired it; repairing is fun.") == ["repaired", "repairing"]


def test_offsets_survive_emoji() -> None:
    m = PhraseMatcher([("synergy", "a")], "en")
    text = "🚲👨‍👩‍👧 synergy!"
    doc = Document.analyse(text, "en")
    (match,) = m.find(doc)
    assert text[match.start:match.end] == "synergy"


def test_french_stems_read_accents_as_written() -> None:
    # Snowball's French rules need the accents: "restaurées" only meets "restaurer" when it is
    # stemmed as written (the folded "restaurees" stems to "restaure").
    m = PhraseMatcher([("restaurer", "a"), ("réparable", "b")], "fr", stem=True)
    assert _terms(m, "Armoires restaurées, chaises réparées, RÉPARABLES.", "fr") == [
        "restaurées", "réparées", "RÉPARABLES"]


def _spans(matches: list[PhraseMatch[str]]) -> list[tuple[int, int, str, str]]:
    return [(m.start, m.end, m.term, m.payload) for m in matches]


def _overlapping_matchers() -> list[PhraseMatcher[str]]:
    # Shared first words, a phrase that is another's prefix, the same term in two matchers.
    return [PhraseMatcher(terms, "en", stem=stem) for terms, stem in _TERMS]


def test_a_group_finds_what_each_matcher_finds_alone() -> None:
    text = ("We are the business unit review team. Business, unit; we repaired the "
            "business-unit review and we repair. Business unit")
    doc = Document.analyse(text, "en")
    alone = [_spans(m.find(doc)) for m in _overlapping_matchers()]
    grouped = _overlapping_matchers()
    MatcherGroup(grouped)
    assert [_spans(m.find(doc)) for m in grouped] == alone
    assert alone[1][0][2] == "we are" and ("business unit review") in [s[2] for s in alone[1]]


_WORDS = st.sampled_from(["business", "unit", "review", "we", "are", "repair", "repairs",
                          "Business", "UNIT", "the"])
_GAPS = st.sampled_from([" ", "  ", "-", ", ", ". ", "'", "\n", " 🚲 ", "\u200d"])


_TERMS = [
    ([("business unit", "a"), ("business", "b"), ("we", "c")], False),
    ([("business unit review", "d"), ("unit", "e"), ("we are", "f")], False),
    ([("business", "g"), ("review", "h")], False),
    ([("repair", "i"), ("business unit", "j")], True),
]


def _reference(terms: list[tuple[str, str]], stem: bool,
               text: str) -> list[tuple[int, int, str, str]]:
    """The rule, written plainly: from the left, at each word the longest term whose words are
    there and joined by blanks, hyphens or apostrophes only; matches never overlap."""
    doc = Document.analyse(text, "en")
    words = doc.words
    keys = [w.norm for w in words]
    if stem:
        keys = list(stem_tokens(keys, "en"))
    candidates = []
    for term, payload in terms:
        tokens = term_tokens(term)
        candidates.append((stem_tokens(tokens, "en") if stem else tokens, term, payload))
    candidates.sort(key=lambda c: -len(c[0]))
    out = []
    i = 0
    while i < len(words):
        for tokens, term, payload in candidates:
            size = len(tokens)
            if tuple(keys[i:i + size]) != tokens:
                continue
            gaps = [text[words[k].end:words[k + 1].start] for k in range(i, i + size - 1)]
            if all(
                    g and set(g) <= set(" \t\u00a0\u202f-'’‑") for g in gaps):
                out.append((words[i].start, words[i + size - 1].end, term, payload))
                i += size
                break
        else:
            i += 1
    return out


@given(st.lists(st.tuples(_WORDS, _GAPS), max_size=40))
def test_group_and_lone_matchers_agree_on_any_text(pieces: list[tuple[str, str]]) -> None:
    text = "".join(word + gap for word, gap in pieces)
    doc = Document.analyse(text, "en")
    alone = [_spans(m.find(doc)) for m in _overlapping_matchers()]
    assert alone == [_reference(terms, stem, text) for terms, stem in _TERMS]
    grouped = _overlapping_matchers()
    group = MatcherGroup(grouped)
    assert [_spans(m.find(doc)) for m in grouped] == alone
    other = Document.analyse(text + " business unit", "en")  # a new paragraph: no stale answer
    assert [_spans(m.find(other)) for m in grouped] == [
        _spans(m.find(other)) for m in _overlapping_matchers()]
    assert all(m.group is group for m in grouped)


def test_a_group_refuses_stemmed_matchers_of_two_languages() -> None:
    with pytest.raises(ValueError):
        MatcherGroup([PhraseMatcher([("vélo", "a")], "fr", stem=True),
                      PhraseMatcher([("bike", "b")], "en", stem=True)])
