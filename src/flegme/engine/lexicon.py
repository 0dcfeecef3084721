"""Loads lexicon data files: `resources/lexicons/<lang>/<name>.toml`.

A lexicon is a list of `[[term]]` tables a comms lead can read:

    [[term]]
    term = "leverage"                 # word or phrase, matched on whole words, folded
    replacement = "use"               # plain alternative ("" = none)
    explanation = "Corporate speak; say what you actually do."
    kind = "buzzword"                 # checker-specific sub-kind (free text)
    weight = 1.0                      # contribution to the checker's score
    stem = false                      # match inflections too (snowball stem)
    examples_fail = ["We leverage our network."]   # must be flagged
    examples_pass = ["Pull the lever."]            # must not be flagged

A `[kinds.<kind>]` table gives the message and explanation shared by a kind's entries
(`message`, `explanation`); an entry's own `explanation` wins over its kind's.

Every entry's examples are run by one parametrised test (tests/engine/test_lexicon_examples.py).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import cache
from typing import Any

from flegme.errors import FlegmeError
from flegme.resources import resource_path
from flegme.toml_cache import parse_toml

_KEYS = frozenset(
    {"term", "replacement", "explanation", "kind", "weight", "stem", "examples_fail",
     "examples_pass"}
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
    examples_fail: tuple[str, ...] = ()
    examples_pass: tuple[str, ...] = ()


@cache
def lexicon_data(language: str, name: str) -> dict[str, Any]:
    """The TOML of `lexicons/<language>/<name>.toml`, parsed once for its entries and its
    kinds (TOML parsing is the biggest part of `flegme check`'s start-up); {} if absent."""
    path = resource_path("lexicons", language, f"{name}.toml")
    if not path.is_file():
        return {}
    try:
        return parse_toml(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise FlegmeError(f"Lexicon {path} cannot be read: {exc}") from exc


@cache
def load_lexicon(language: str, name: str) -> tuple[LexiconEntry, ...]:
    """The entries of `lexicons/<language>/<name>.toml` (empty when the file does not exist)."""
    path = resource_path("lexicons", language, f"{name}.toml")
    data = lexicon_data(language, name)
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
                examples_fail=tuple(raw.get("examples_fail", ())),
                examples_pass=tuple(raw.get("examples_pass", ())),
            )
        )
    return tuple(entries)


@dataclass(frozen=True, slots=True)
class Kind:
    """Message and explanation shared by the entries of one kind."""

    message: str = ""
    explanation: str = ""
    weight: float = 1.0


@cache
def load_kinds(language: str, name: str) -> dict[str, Kind]:
    """The `[kinds.*]` tables of a lexicon file."""
    data = lexicon_data(language, name)
    return {
        kind: Kind(message=str(v.get("message", "")), explanation=str(v.get("explanation", "")),
                   weight=float(v.get("weight", 1.0)))
        for kind, v in data.get("kinds", {}).items()
    }


def lexicon_files() -> list[tuple[str, str]]:
    """Every (language, name) pair shipped under resources/lexicons/."""
    root = resource_path("lexicons")
    return sorted(
        (lang_dir.name, f.stem)
        for lang_dir in root.iterdir() if lang_dir.is_dir()
        for f in lang_dir.glob("*.toml")
    )
