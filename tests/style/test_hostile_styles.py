"""Hostile house-style files (issue 11, items 7, 8, 10): a clear error in bounded time and
memory, whatever the file holds or reports about itself."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from flegme.errors import StyleError
from flegme.style import keylines
from flegme.style.loader import MAX_STYLE_BYTES, load_style, parse_style
from flegme.style.validate import MAX_REPORTED


class _CountingPattern:
    """Wraps a compiled pattern and counts `match` calls (one per line scanned)."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.calls = 0

    def match(self, text: str) -> Any:
        self.calls += 1
        return self.pattern.match(text)


def _unknown_keys(n: int) -> str:
    return "schema = 1\n[tone]\n" + "".join(f"unknown_{i} = {i}\n" for i in range(n))


def test_many_problems_scan_the_file_once(monkeypatch: pytest.MonkeyPatch) -> None:
    counter = _CountingPattern(keylines._HEADER)
    monkeypatch.setattr(keylines, "_HEADER", counter)
    n = 2000
    with pytest.raises(StyleError):
        parse_style(_unknown_keys(n), "team.toml")
    lines = n + 2
    assert counter.calls <= 2 * lines  # not one scan per problem (n * lines = 4 million)


def test_problems_are_capped_with_a_count_of_the_rest() -> None:
    with pytest.raises(StyleError) as info:
        parse_style(_unknown_keys(10_000), "team.toml")
    message = str(info.value)
    assert message.startswith("team.toml, line 3, key 'tone.unknown_0': unknown key")
    assert "(and 9999 more:" in message and message.endswith("; and 9950 more)")
    assert message.count("unknown key") == MAX_REPORTED
    assert "unknown_49'" in message and "unknown_50'" not in message


def test_key_lines_index_matches_the_documented_lookups() -> None:
    text = ('schema = 1\n[mission]\nkeywords.fr = ["a"]\n[[values]]\nname = "A"\n'
            '[[values]]\nname = "B"\n[values.keywords]\nen = ["b"]\n'
            '[jargon]\nextra.en = { "leverage" = "use" }\n[rules."tone.absolutes"]\n'
            'severity = "x"\n')
    index = keylines.KeyLines(text)
    assert index.line_of("mission.keywords.fr") == 3
    assert index.line_of("values[1].name") == 7
    assert index.line_of("values[1].keywords.en") == 9
    assert index.line_of("jargon.extra.en.leverage") == 11  # inside an inline table
    assert index.line_of('rules."tone.absolutes".severity') == 13
    assert index.line_of("mission.nothing") == 2  # its table
    assert index.line_of("nowhere.at.all") is None


@pytest.mark.parametrize("text, key", [
    ("schema = 1\n" + "a." * 20_000 + "a = 1\n", "a.a.a.a.a.a.a.a"),
    ("schema = 1\n[" + "a." * 5_000 + "a]\n", "a.a.a.a.a.a.a.a"),
    ("schema = 1\n[tone]\nx = {" + "b.b.b.b.b.b.b.b.b = { " * 3 + "c = 1" + " }" * 4 + "\n",
     "tone.x.b.b.b.b.b.b.b"),
    ('schema = 1\n"q".' + '"q".' * 30 + "q = 1\n", "q.q.q.q.q.q.q.q"),
])
def test_deeply_nested_keys_are_refused_before_parsing(
        text: str, key: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import tomllib

    def no_parse(_text: str) -> Any:
        raise AssertionError("tomllib must not see a deeply nested file")

    monkeypatch.setattr(tomllib, "loads", no_parse)
    with pytest.raises(StyleError) as info:
        parse_style(text, "deep.toml")
    err = info.value
    assert err.path == "deep.toml" and err.line in (2, 3) and err.key is not None
    assert err.key.startswith(key) and "nested too deeply" in str(err)
    assert len(str(err)) < 300


def test_deep_brackets_are_refused_before_parsing() -> None:
    text = "schema = 1\n[tone]\nx = " + "[" * 10_000 + "]" * 10_000 + "\n"
    with pytest.raises(StyleError) as info:
        parse_style(text, "deep.toml")
    assert info.value.line == 3 and "nested too deeply" in str(info.value)


def test_dots_inside_strings_comments_and_numbers_are_not_nesting() -> None:
    text = ('schema = 1  # a.b.c.d.e.f.g.h.i.j.k.l\n[mission]\n'
            'fr = "a.b.c.d.e.f.g.h.i.j.k.l.m.n.o.p ... ........"\n'
            "en = '''\nx.y.z.a.b.c.d.e.f.g.h.i.j\n'''\n[tone]\nthreshold = 40\n"
            '[rules."grammar.a.b.c.d.e.f.g.h.i.j.k.l.m"]\nseverity = "off"\n')
    style = parse_style(text, "ok.toml")
    assert style.mission is not None and style.mission.text["fr"].startswith("a.b.c")
    assert list(style.rules) == ["grammar.a.b.c.d.e.f.g.h.i.j.k.l.m"]  # open prefix: any id


@pytest.mark.parametrize("name", ["/dev/zero", "/dev/urandom"])
def test_a_style_file_that_never_ends_is_read_only_up_to_the_cap(name: str) -> None:
    if not Path(name).exists():
        pytest.skip(f"no {name}")
    with pytest.raises(StyleError) as info:
        load_style(name)
    assert "too large" in str(info.value) and f"{MAX_STYLE_BYTES:,}" in str(info.value)
