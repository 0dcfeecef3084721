"""The lexicon build's selection rules, on small stand-in packages in a cache folder (the
real build fetches the pinned packages from npm and PyPI; these tests need no network)."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_lexicons.py"


@pytest.fixture(scope="module")
def build() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_lexicons", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["build_lexicons"] = module
    spec.loader.exec_module(module)
    return module


def _package(cache: Path, build: ModuleType, key: str, files: dict[str, str]) -> None:
    source = build.SOURCES[key]
    root = cache / f"{source.registry}-{source.name}-{source.version}"
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


@pytest.fixture
def cache(tmp_path: Path, build: ModuleType) -> Path:
    cuss = {"fuck": 2, "shit": 2, "suck": 1, "bitch": 1, "beanbag": 2, "jerk": 2,
            "go fuck yourself": 2, "bombe atomique": 2, "PD": 2, "sh1t": 2, "angry": 0}
    body = "\n".join(f"  {json.dumps(k) if ' ' in k else k}: {v}," for k, v in cuss.items())
    _package(tmp_path, build, "cuss", {
        "package/index.js": "export const cuss = {\n" + body.replace('"', "'") + "\n}\n"})
    _package(tmp_path, build, "ldnoobw", {
        "package/en.json": json.dumps(["fuck", "suck", "bitch", "twat", "arse", "jerk"])})
    _package(tmp_path, build, "better-profanity", {
        "data/profanity_wordlist.txt": "fuck\nsuck\nbitch\ntwat\n"})
    _package(tmp_path, build, "afinn", {
        "afinn/data/AFINN-en-165.txt": "shit\t-4\nsuck\t-3\nbitch\t-5\narse\t-2\n"})
    return tmp_path


def test_words_need_two_sources_and_ambiguous_ones_a_strong_valence(
        build: ModuleType, cache: Path) -> None:
    chosen = build.profanity("en", cache)
    assert {"fuck", "shit", "bitch", "twat", "arse"} <= set(chosen)
    assert "suck" not in chosen  # cuss: ambiguous; AFINN -3 is not strong enough
    assert "beanbag" not in chosen  # cuss alone
    assert "jerk" not in chosen  # cuss and LDNOOBW agree, but a reviewed exclusion
    assert chosen["fuck"].inflect and "cuss" in chosen["fuck"].sources[0]


def test_phrases_count_through_a_kept_word_and_acronyms_and_leet_are_left_out(
        build: ModuleType, cache: Path) -> None:
    chosen = build.profanity("en", cache)
    assert "go fuck yourself" in chosen and not chosen["go fuck yourself"].inflect
    assert "bombe atomique" not in chosen
    assert not {"pd", "PD", "sh1t"} & set(chosen)


def test_exclusions_compare_folded_forms(build: ModuleType) -> None:
    assert build.fold("Négro") == build.fold("negro") == "negro"


def test_rendered_file_loads_as_a_lexicon(build: ModuleType, cache: Path) -> None:
    import tomllib

    text = build.render(build.profanity("en", cache).values(), "# test")
    assert text.startswith(build.HEADER)
    terms = tomllib.loads(text)["term"]
    assert all(set(t) <= {"term", "kind", "inflect", "source"} for t in terms)
    assert {t["kind"] for t in terms} == {"profanity"}
