"""Compiled patterns kept between runs are the patterns `re` and `regex` compile.

`pattern_cache` relies on private parts of both (re's compiler steps, regex's C engine and
pickle reducer): these tests fail loudly when a new Python or a new regex changes them.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import regex

from flegme import pattern_cache
from flegme.engine.checks.cue_patterns import load_patterns

ROOT = Path(__file__).resolve().parents[2]

RE_SAMPLES = [
    (r"(?P<word>\w+)\s+(?P=word)", 0),
    (r"\b(?:if|unless) (?:you|they)\b[^.!?]{0,40}", 0),
    (r"(?i)caf[eé]s?|[À-ÖØ-Þ]+", 0),
    (r"(?x) a  b  # comment", re.IGNORECASE),
    ("[\u00a9\u00ae\u203c-\U0010ffff]", 0),
    (r"(?<=[.!?…])[\"»”)\]]*\s+|\n+", re.MULTILINE | re.DOTALL),
    (r"[^\W\d_][*$]{2,}", re.ASCII),
]
REGEX_SAMPLES = [
    (r"(?<![\p{L}\p{N}&])[\p{Lu}\p{N}][\p{L}\p{N}&]{1,6}(?![\p{L}\p{N}&])", 0),
    (r"\X", 0),
    (r"\p{GCB=Other}?(?:[^\p{GCB=Other}\x00-\x7f]+\p{GCB=Other}?)+", 0),
    (r"(?i)\b(?:before|avant)\s+(?:le\s+)?(?P<day>\d{1,2})", 0),
    (r"\b(?i:code)\s*:?\s*[A-Z][A-Z0-9]{3,}\b", regex.VERSION1),
]


SAMPLE_TEXTS = ["Avant le 12 juin, BEFORE 3 PM: code SPRING24 — Été ☕ 🇫🇷 NASA & AT&T",
                "", "x", "before  le 1", "ÉTÉ été Été", "👩‍👩‍👧 e\u0301 a\r\nb"]


def _same_pattern(built: Any, expected: Any) -> None:
    """Same pattern, flags and groups, and the same matches on sample texts (regex's compiled
    code itself may differ between two compiles: it lists a first set in set order)."""
    assert type(built) is type(expected)
    assert (built.pattern, built.flags, built.groups, dict(built.groupindex)) == (
        expected.pattern, expected.flags, expected.groups, dict(expected.groupindex))
    for text in SAMPLE_TEXTS:
        assert ([m.span() for m in built.finditer(text)]
                == [m.span() for m in expected.finditer(text)]), text


def test_the_re_fast_path_runs_on_this_python() -> None:
    """A new Python must be checked by hand (Lib/re/_compiler.py) and added to RE_VERSIONS;
    until then every pattern is compiled the slow way."""
    assert pattern_cache.RE_FAST, (
        f"Python {sys.version_info[:2]} is not in pattern_cache.RE_VERSIONS: read its "
        "re._compiler.compile and add it if it still ends in _sre.compile(pattern, flags, "
        "code, groups - 1, groupindex, indexgroup)")


@pytest.mark.parametrize(("pattern", "flags"), RE_SAMPLES)
def test_re_patterns_equal_re_compile_fresh_and_from_the_cache(pattern: str, flags: int) -> None:
    fresh = pattern_cache.compile_re(pattern, flags)
    again = pattern_cache.compile_re(pattern, flags)  # from the store's entry
    expected = re.compile(pattern, flags)
    # Pattern equality compares the pattern, the flags and the compiled code
    assert fresh == expected and again == expected
    assert again.groupindex == expected.groupindex and again.groups == expected.groups


def test_every_cue_pattern_equals_re_compile() -> None:
    for language in ("en", "fr"):
        for cue in load_patterns(language):
            assert cue.regex == re.compile(cue.regex.pattern), cue.name


@pytest.mark.parametrize(("pattern", "flags"), REGEX_SAMPLES)
def test_regex_patterns_equal_regex_compile(pattern: str, flags: int) -> None:
    fresh = pattern_cache.compile_regex(pattern, flags)
    again = pattern_cache.compile_regex(pattern, flags)
    expected = regex.compile(pattern, flags, cache_pattern=False)
    _same_pattern(fresh, expected)
    _same_pattern(again, expected)
    parts = pattern_cache.regex_parts(expected)  # the reducer still gives the C arguments
    assert parts is not None and parts[0] == pattern
    _same_pattern(pattern_cache.regex_engine().compile(*parts), expected)


def test_a_damaged_or_unwritable_cache_compiles_again(tmp_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    store = pattern_cache._Store("test-store")
    monkeypatch.setenv("FLEGME_CACHE_DIR", str(tmp_path))
    store.put(("a+", 0), pattern_cache.re_parts("a+", 0))
    store.save()
    (written,) = (tmp_path / "patterns").iterdir()
    assert pattern_cache._read(written) == {("a+", 0): pattern_cache.re_parts("a+", 0)}
    written.write_bytes(written.read_bytes()[:-3])  # truncated
    assert pattern_cache._read(written) == {}
    written.write_bytes(b"\0\0\0\0garbage")
    assert pattern_cache._read(written) == {}
    (tmp_path / "file").write_text("")
    monkeypatch.setenv("FLEGME_CACHE_DIR", str(tmp_path / "file"))  # not a folder
    blocked = pattern_cache._Store("blocked")
    blocked.put(("b", 0), ("x",))
    blocked.save()  # nothing written, nothing raised


def test_a_wrong_entry_is_compiled_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(pattern_cache, "_stores", {})
    monkeypatch.setenv("FLEGME_CACHE_DIR", str(tmp_path))
    store = pattern_cache._re_store()
    store.put((r"\d+", 0), (0, [1, 2, 3], 0, {}, (None,)))  # not valid code for _sre
    assert pattern_cache.compile_re(r"\d+") == re.compile(r"\d+")
    engine_store = pattern_cache._regex_store(pattern_cache.regex_engine())
    engine_store.put((r"\d+", 0), ("not", "arguments"))
    _same_pattern(pattern_cache.compile_regex(r"\d+"), regex.compile(r"\d+", cache_pattern=False))


_PROBE = """
import json, sys
from flegme import pattern_cache
built = pattern_cache.compile_regex(sys.argv[1])
pattern_cache.save()
loaded = sorted(m for m in sys.modules if m.startswith("regex"))
import regex
fresh = regex.compile(sys.argv[1], cache_pattern=False)
same = fresh.findall(sys.argv[2]) == built.findall(sys.argv[2]) and fresh.flags == built.flags
print(json.dumps({"loaded": loaded, "same": same, "match": built.findall(sys.argv[2])}))
"""


def test_a_cached_regex_pattern_needs_only_the_c_engine(tmp_path: Path) -> None:
    """Rebuilt in a new process without importing the regex package; the package imported
    afterwards shares the engine."""
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FLEGME_CACHE_DIR": str(tmp_path)}

    def run() -> dict[str, Any]:
        done = subprocess.run([sys.executable, "-c", _PROBE, r"\p{Lu}\p{Ll}+|\X", "Été ☕ ok"],
                              capture_output=True, text=True, env=env, cwd=ROOT, timeout=60,
                              check=True)
        found: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
        return found

    cold, warm = run(), run()
    assert "regex._regex_core" in cold["loaded"]
    assert warm["loaded"] == ["regex._regex"]
    assert cold["same"] and warm["same"] and cold["match"] == warm["match"] == ["Été", " ", "☕",
                                                                                  " ", "o", "k"]
