"""The phrase matcher: whole words, phrases as phrases, folding and stemming."""

from __future__ import annotations

from flegme.engine.matcher import PhraseMatcher
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
