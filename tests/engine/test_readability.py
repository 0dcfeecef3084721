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
