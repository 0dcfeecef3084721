"""Every cue pattern flags its examples_fail and not its examples_pass (as the lexicons do)."""

from __future__ import annotations

import pytest

from flegme.engine.checks.cue_patterns import CueFinder, load_patterns
from flegme.engine.text import Document

CASES = [(language, p.checker, p.name, example, flagged)
         for language in ("fr", "en") for p in load_patterns(language)
         for example, flagged in [*((e, True) for e in p.examples_fail),
                                  *((e, False) for e in p.examples_pass)]]


def test_every_pattern_has_examples_both_ways() -> None:
    for language in ("fr", "en"):
        for p in load_patterns(language):
            assert p.examples_fail and p.examples_pass, (language, p.name)


@pytest.mark.parametrize(("language", "checker", "name", "example", "flagged"), CASES)
def test_pattern_examples(language: str, checker: str, name: str, example: str,
                          flagged: bool) -> None:
    part = Document.analyse(example, language)
    names = {h.name for h in CueFinder(language, checker).find(part)}
    assert (name in names) == flagged
