"""A check does its one-time work once: each data file is read and parsed once per process."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

_PROBE = """
import collections, json, sys, tomllib
from pathlib import Path

import pytest
parsed = collections.Counter()
real_loads = tomllib.loads
read_text = Path.read_text

def remember(self, *args, **kwargs):
    text = read_text(self, *args, **kwargs)
    if self.suffix == ".toml":
        seen[id(text)] = self.name
    return text

def loads(text, **kwargs):
    parsed[f"{seen.get(id(text), '?')}:{hash(text)}"] += 1
    return real_loads(text, **kwargs)

seen = {}
Path.read_text = remember
tomllib.loads = loads
from flegme.engine.engine import check_text
for lang in ("fr", "en"):
    check_text("Un texte. Another text with synergies.", language=lang, platforms=["x"])
print(json.dumps(parsed))
"""


def test_each_toml_file_is_parsed_once_per_process() -> None:
    done = subprocess.run([sys.executable, "-c", _PROBE], capture_output=True, text=True,
                          cwd=ROOT, timeout=120, check=True)
    parsed: dict[str, int] = json.loads(done.stdout.strip().splitlines()[-1])
    assert len(parsed) >= 6  # the default style, platforms and the lexicons were seen
    assert {name: n for name, n in parsed.items() if n > 1} == {}


def test_parsed_toml_is_reused_from_the_cache_and_equals_tomllib(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    from flegme import toml_cache

    monkeypatch.setenv("FLEGME_CACHE_DIR", str(tmp_path))
    text = 'a = 1\nb = "é"\n[c]\nd = [1.5, true, "x"]\n'
    expected = tomllib.loads(text)
    assert toml_cache.parse_toml(text) == expected
    assert len(list((tmp_path / "toml").iterdir())) == 1
    calls: list[str] = []

    def counted(text: str) -> dict[str, object]:
        calls.append(text)
        return {}

    monkeypatch.setattr(tomllib, "loads", counted)
    assert toml_cache.parse_toml(text) == expected and calls == []
    assert toml_cache.parse_toml(text + "e = 2\n") == {} and len(calls) == 1  # a new text


def test_a_damaged_or_unwritable_cache_falls_back_to_parsing(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from flegme import toml_cache

    monkeypatch.setenv("FLEGME_CACHE_DIR", str(tmp_path))
    text = "a = 1\n"
    toml_cache.parse_toml(text)
    (entry,) = (tmp_path / "toml").iterdir()
    entry.write_text("{not json")
    assert toml_cache.parse_toml(text) == {"a": 1}
    entry.write_text("[1, 2]")
    assert toml_cache.parse_toml(text) == {"a": 1}
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("FLEGME_CACHE_DIR", str(tmp_path / "file"))  # not a folder
    assert toml_cache.parse_toml("when = 1979-05-27\n")["when"].year == 1979
