"""The user folders found without platformdirs are platformdirs' folders; derived data is
rebuilt when its sources change."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from flegme import settings, user_cache


@pytest.mark.skipif(sys.platform != "linux", reason="the XDG shortcut is taken on Linux only")
@pytest.mark.parametrize("xdg", [None, "", "relative/cache", "/abs/xdg"])
@pytest.mark.parametrize("home", [None, "/home/someone"])
def test_linux_folders_equal_platformdirs(xdg: str | None, home: str | None,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from platformdirs import user_cache_dir, user_config_dir

    monkeypatch.delenv("FLEGME_CACHE_DIR", raising=False)
    monkeypatch.delenv("FLEGME_CONFIG_DIR", raising=False)
    for variable in ("XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        if xdg is None:
            monkeypatch.delenv(variable, raising=False)
        else:
            monkeypatch.setenv(variable, xdg)
    if home is None:
        monkeypatch.delenv("HOME", raising=False)
    else:
        monkeypatch.setenv("HOME", home)
    assert user_cache.cache_dir() == Path(user_cache_dir("Flegme", appauthor=False))
    assert settings.config_dir() == Path(user_config_dir("Flegme", appauthor=False))


def test_a_relative_home_is_left_to_platformdirs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", "not/absolute")
    assert user_cache.xdg_user_dir("XDG_CACHE_HOME", "~/.cache") is None


def test_derived_data_is_rebuilt_when_a_source_changes(tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLEGME_CACHE_DIR", str(tmp_path / "cache"))
    source = tmp_path / "data.txt"
    source.write_text("a b")
    builds: list[str] = []

    def build() -> frozenset[str]:
        builds.append("x")
        return frozenset(source.read_text().split())

    assert user_cache.derived("words", [source], build) == frozenset({"a", "b"})
    assert user_cache.derived("words", [source], build) == frozenset({"a", "b"})
    assert len(builds) == 1
    source.write_text("a b c")
    os.utime(source, ns=(1, 1))
    assert user_cache.derived("words", [source], build) == frozenset({"a", "b", "c"})
    assert len(builds) == 2
    # a missing source: built every time, never kept
    assert user_cache.derived("gone", [tmp_path / "missing"], build) == frozenset({"a", "b", "c"})
    assert len(builds) == 3


def test_x_top_level_domains_from_the_cache_equal_the_package_lists() -> None:
    from flegme.engine import platform_count

    platform_count._x_tlds.cache_clear()
    first = platform_count._x_tlds()
    platform_count._x_tlds.cache_clear()
    assert platform_count._x_tlds() == first == platform_count._read_x_tlds()
    assert {"com", "fr", "paris", "bike"} <= first


@pytest.mark.parametrize("language", ["fr", "en"])
def test_valence_stems_from_the_cache_equal_a_fresh_stemming(language: str) -> None:
    from flegme.engine.checks import cue_patterns
    from flegme.resources import resource_path

    cue_patterns.valence_stems.cache_clear()
    first = cue_patterns.valence_stems(language)  # built and stored
    cue_patterns.valence_stems.cache_clear()
    again = cue_patterns.valence_stems(language)  # read back
    fresh = cue_patterns._valence_stems(resource_path("cues", f"valence-{language}.txt"),
                                        language)
    assert first == again == fresh and len(fresh) > 100
