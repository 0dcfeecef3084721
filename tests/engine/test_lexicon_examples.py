"""Every shipped lexicon entry's own examples: `examples_fail` must be flagged by the entry's
checker, `examples_pass` must not be flagged by that entry (proselint's habit: each rule
carries a sentence it must catch and one it must leave alone)."""

from __future__ import annotations

from functools import cache

import pytest

from flegme.engine.checks.base import Checker
from flegme.engine.checks.jargon import JargonChecker
from flegme.engine.checks.promotion import PromotionChecker
from flegme.engine.checks.tone import ToneChecker
from flegme.engine.inflect import forms
from flegme.engine.lexicon import LexiconEntry, lexicon_files, load_lexicon
from flegme.engine.matcher import PhraseMatcher
from flegme.engine.text import Document
from flegme.style.loader import default_style

CHECKERS: dict[str, type[JargonChecker] | type[ToneChecker] | type[PromotionChecker]] = {
    "jargon": JargonChecker, "acronyms": JargonChecker, "anglicisms": JargonChecker,
    "tone": ToneChecker, "promotion": PromotionChecker,
}


def checker_name(file_name: str) -> str | None:
    """The checker a lexicon file feeds: `jargon*`, acronyms, anglicisms -> jargon, ..."""
    if file_name.startswith("jargon"):
        return "jargon"
    return file_name if file_name in CHECKERS else None


CASES = [
    (lang, name, i, example, expect)
    for lang, name in lexicon_files() if checker_name(name)
    for i, entry in enumerate(load_lexicon(lang, name))
    for examples, expect in ((entry.examples_fail, True), (entry.examples_pass, False))
    for example in examples
]


@cache
def checker(name: str, lang: str) -> Checker:
    return CHECKERS[checker_name(name) or name](default_style(), lang)


def entry_spans(entry: LexiconEntry, doc: Document) -> list[tuple[int, int]]:
    """Where the entry's term occurs in `doc`, matched as its checker matches it (an
    `inflect` entry in each of its derived forms)."""
    terms = forms(entry.term, doc.language) if entry.inflect else (entry.term,)
    matcher = PhraseMatcher([(t, entry) for t in terms], doc.language, stem=entry.stem)
    return [(m.start, m.end) for m in matcher.find(doc)]


def test_lexicons_load_and_have_examples() -> None:
    assert {name for _, name in lexicon_files()} >= {"jargon", "tone", "promotion", "acronyms"}
    for lang in ("fr", "en"):  # each language's jargon list carries examples of its own
        assert sum(1 for c in CASES if c[0] == lang and c[1] == "jargon" and c[4]) >= 20


@pytest.mark.parametrize(("lang", "name", "index", "example", "flagged"), CASES,
                         ids=[f"{c[0]}-{c[1]}-{load_lexicon(c[0], c[1])[c[2]].term}-"
                              f"{'fail' if c[4] else 'pass'}" for c in CASES])
def test_entry_example(lang: str, name: str, index: int, example: str, flagged: bool) -> None:
    entry = load_lexicon(lang, name)[index]
    check = checker(name, lang)
    doc = Document.analyse(example, lang)
    findings = check.conclude(doc, [check.scan(doc)]).findings
    occurrences = entry_spans(entry, doc)
    by_entry = [f for f in findings for s, e in occurrences if f.start < e and s < f.end]
    if flagged:
        assert occurrences, f"{entry.term!r} does not occur in its own example {example!r}"
        assert by_entry, (example, [example[f.start:f.end] for f in findings])
    else:
        assert not by_entry, (example, [example[f.start:f.end] for f in by_entry])
