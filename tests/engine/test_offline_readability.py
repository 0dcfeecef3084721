"""English readability needs no download: the CMU dictionary ships in a package."""

from __future__ import annotations

import builtins
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from flegme.engine import readability
from flegme.engine.engine import check_text


def test_english_readability_with_networking_and_nltk_blocked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    real_import = builtins.__import__

    def no_nltk(name: str, *args: Any, **kwargs: Any) -> Any:
        if name == "nltk" or name.startswith("nltk."):
            raise ImportError("nltk is blocked in this test: it would download cmudict")
        return real_import(name, *args, **kwargs)

    def no_urlopen(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("readability tried to download something")

    monkeypatch.setattr(builtins, "__import__", no_nltk)
    monkeypatch.setattr(urllib.request, "urlopen", no_urlopen)
    for name in [m for m in sys.modules if m == "nltk" or m.startswith("nltk.")]:
        monkeypatch.delitem(sys.modules, name)
    readability.clear_caches()
    report = check_text("The committee reached an unexpected conclusion yesterday. We agree.",
                        language="en")
    assert report.scores.readability is not None
    assert readability.syllables("committee", "en") == 3  # from the CMU dictionary


def test_english_readability_when_nltk_exists_but_cannot_download(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:
    nltk = pytest.importorskip("nltk")
    downloads: list[object] = []

    def no_download(*args: Any, **kwargs: Any) -> bool:
        downloads.append(args)
        raise AssertionError(f"nltk.download{args} called: the app must not download data")

    monkeypatch.setattr(nltk, "download", no_download)
    monkeypatch.setattr(nltk.data, "path", [str(tmp_path)])  # no cmudict on this machine
    monkeypatch.setattr(urllib.request, "urlopen", no_download)
    # The hazard is real: textstat's own English syllable count asks NLTK for cmudict.
    from textstat.backend.utils import get_cmudict

    with pytest.raises(AssertionError, match=r"nltk\.download"):
        get_cmudict.__wrapped__("en_US")  # past textstat's lru_cache
    downloads.clear()
    readability.clear_caches()
    report = check_text("Our volunteers repaired seventeen bicycles. Thank you all.",
                        language="en")
    assert report.scores.readability is not None
    assert readability.syllables("volunteers", "en") == 3
    assert downloads == []


def test_french_uses_french_hyphenation() -> None:
    assert readability.syllables("réparation", "fr") >= 3
    counts = readability.count(["le", "vélo", "roule"], 1, "fr")
    assert readability.reading_ease(counts, "fr") is not None
