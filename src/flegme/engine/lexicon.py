"""Loads lexicon data files: `resources/lexicons/<lang>/<name>.toml`.

A lexicon is a list of `[[term]]` tables a comms lead can read:

    [[term]]
    term = "leverage"                 # word or phrase, matched on whole words, folded
    replacement = "use"               # plain alternative ("" = none)
    explanation = "Corporate speak; say what you actually do."
    kind = "buzzword"                 # checker-specific sub-kind (free text)
    weight = 1.0                      # contribution to the checker's score
    stem = false                      # match inflections too (snowball stem)
    inflect = false                   # match the forms `flegme.engine.inflect` derives
    source = "cuss 2.2.0 (rating 2)"  # where a generated entry comes from
    examples_fail = ["We leverage our network."]   # must be flagged
    examples_pass = ["Pull the lever."]            # must not be flagged

A `[kinds.<kind>]` table gives the message and explanation shared by a kind's entries
(`message`, `explanation`); an entry's own `explanation` wins over its kind's.

Every entry's examples are run by one parametrised test (tests/engine/test_lexicon_examples.py).

Beside each hand-written file, `<lang>/generated/<name>.toml` (written by
scripts/build_lexicons.py from the sources listed in resources/lexicons/SOURCES.md; never
edited by hand) adds its entries and kinds to the same lexicon.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from flegme.errors import FlegmeError
from flegme.resources import resource_path
from flegme.toml_cache import parse_toml

_KEYS = frozenset(
    {"term", "replacement", "explanation", "kind", "weight", "stem", "inflect", "source",
     "examples_fail", "examples_pass"}
)


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One term of a lexicon, with its plain replacement, explanation and examples."""

    term: str
    replacement: str = ""
    explanation: str = ""
    kind: str = ""
    weight: float = 1.0
    stem: bool = False
    inflect: bool = False
    source: str = ""
    examples_fail: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()


def _path(language: str, name: str, generated: bool) -> Path:
    """`lexicons/<language>/<name>.toml`, or its generated companion."""
    parts = ("generated",) if generated else ()
    return resource_path("lexicons", language, *parts, f"{name}.toml")


@cache
def lexicon_data(language: str, name: str, generated: bool = False) -> dict[str, Any]:
    """The TOML of `lexicons/<language>/<name>.toml` (with `generated`, of its generated
    companion), parsed once for its entries and its kinds (TOML parsing is the biggest part
    of `flegme check`'s start-up); {} if absent."""
    path = _path(language, name, generated)
    if not path.is_file():
        return {}
    try:
        return parse_toml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # (bad UTF-8 and TOML errors are ValueErrors)
        raise FlegmeError(f"Lexicon {path} cannot be read: {exc}") from exc


@cache
def load_lexicon(language: str, name: str) -> tuple[LexiconEntry, ...]:
    """The entries of `lexicons/<language>/<name>.toml` then of its generated companion
    (empty when neither exists)."""
    return tuple(e for generated in (False, True) for e in _entries(language, name, generated))


def _entries(language: str, name: str, generated: bool) -> list[LexiconEntry]:
    path = _path(language, name, generated)
    data = lexicon_data(language, name, generated)
    entries: list[LexiconEntry] = []
    for i, raw in enumerate(data.get("term", [])):
        unknown = set(raw) - _KEYS
        if unknown or not isinstance(raw.get("term"), str) or not raw["term"].strip():
            raise FlegmeError(f"Lexicon {path}, entry {i + 1}: bad entry {raw!r}")
        entries.append(
            LexiconEntry(
                term=raw["term"],
                replacement=str(raw.get("replacement", "")),
                explanation=str(raw.get("explanation", "")),
                kind=str(raw.get("kind", "")),
                weight=float(raw.get("weight", 1.0)),
                stem=bool(raw.get("stem", False)),
                inflect=bool(raw.get("inflect", False)),
                source=str(raw.get("source", "")),
                examples_fail=tuple(raw.get("examples_fail", ())),
                examples_pass=tuple(raw.get("examples_pass", ())),
            )
        )
    return entries


@dataclass(frozen=True, slots=True)
class Kind:
    """Message and explanation shared by the entries of one kind."""

    message: str = ""
    explanation: str = ""
    weight: float = 1.0


@cache
def load_kinds(language: str, name: str) -> dict[str, Kind]:
    """The `[kinds.*]` tables of a lexicon file and its generated companion (the
    hand-written file's win)."""
    out: dict[str, Kind] = {}
    for generated in (True, False):
        for kind, v in lexicon_data(language, name, generated).get("kinds", {}).items():
            out[kind] = Kind(message=str(v.get("message", "")),
                             explanation=str(v.get("explanation", "")),
                             weight=float(v.get("weight", 1.0)))
    return out


def lexicon_files() -> list[tuple[str, str]]:
    """Every (language, name) pair shipped under resources/lexicons/."""
    root = resource_path("lexicons")
    return sorted(
        (lang_dir.name, f.stem)
        for lang_dir in root.iterdir() if lang_dir.is_dir()
        for f in lang_dir.glob("*.toml")
    )
