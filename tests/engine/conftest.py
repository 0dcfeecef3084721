"""Shared fixtures for engine tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from flegme.engine.engine import Engine
from flegme.engine.report import Report
from flegme.engine.text import Document
from flegme.style.loader import default_style, parse_style
from flegme.style.model import HouseStyle

TEAM_STYLE = """\
schema = 1

[organisation]
name = "Atelier Nord"
handles = ["@ateliernord"]
default_language = "en"

[mission]
en = "Keep old furniture in use for another generation."
fr = "Faire durer les meubles une génération de plus."
keywords.en = ["restore", "second life", "furniture"]
keywords.fr = ["restaurer", "seconde vie", "meuble"]

[[values]]
name = "Openness"
en = "We show our books."
keywords.en = ["open books", "our costs"]
keywords.fr = ["nos coûts", "transparence"]

[jargon]
extra.en = { "circle the wagons" = "regroup" }
allow = ["Business Unit Sud", "CSR"]
"""


@pytest.fixture(scope="session")
def team_style() -> HouseStyle:
    return parse_style(TEAM_STYLE, "team.toml")


@pytest.fixture(scope="session")
def neutral_style() -> HouseStyle:
    return default_style()


def run(style: HouseStyle, text: str, lang: str = "auto",
        platforms: tuple[str, ...] = ()) -> Report:
    engine = Engine(style)
    engine.raise_errors = True
    return engine.check(text, platforms, lang)


def rules(report: Report) -> list[str]:
    return [f.rule for f in report.findings]


def spans(report: Report, rule: str) -> list[str]:
    return [report.text[f.start:f.end] for f in report.findings if f.rule == rule]


def doc(text: str, lang: str) -> Document:
    return Document.analyse(text, lang)


CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus"
