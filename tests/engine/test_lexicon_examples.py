"""Every shipped lexicon entry's own examples: `examples_fail` must be flagged by the entry's
checker, `examples_pass` must not be flagged by that entry."""

from __future__ import annotations

import pytest

from flegme.engine.checks.jargon import JargonChecker
from flegme.engine.checks.promotion import PromotionChecker
from flegme.engine.checks.tone import ToneChecker
from flegme.engine.lexicon import lexicon_files, load_lexicon
from flegme.engine.text import Document
from flegme.style.loader import default_style

CHECKERS = {"jargon": JargonChecker, "tone": ToneChecker, "promotion": PromotionChecker}
CASES = [
    (lang, name, entry.term, example, expect)
    for lang, name in lexicon_files() if name in CHECKERS
    for entry in load_lexicon(lang, name)
    for examples, expect in ((entry.examples_fail, True), (entry.examples_pass, False))
    for example in examples
]


def test_lexicons_load_and_have_examples() -> None:
    assert {name for _, name in lexicon_files()} >= {"jargon", "tone", "promotion", "acronyms"}
    assert len(CASES) >= 20


@pytest.mark.parametrize(("lang", "name", "term", "example", "flagged"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{c[2]}-{'fail' if c[4] else 'pass'}"
                              for c in CASES])
def test_entry_example(lang: str, name: str, term: str, example: str, flagged: bool) -> None:
    checker = CHECKERS[name](default_style(), lang)
    doc = Document.analyse(example, lang)
    hits = [example[f.start:f.end] for f in checker.conclude(doc, [checker.scan(doc)]).findings]
    term_hit = any(Document.analyse(h, lang).words and term.split()[0].lower()
                   in h.lower() for h in hits)
    assert term_hit is flagged, (example, hits)
