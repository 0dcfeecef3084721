"""The analysed draft: folding, words, language votes, paragraphs and offset maps."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from flegme.engine.text import (
    Document,
    JoinedWords,
    _fold_by_table,
    detect_language,
    fold,
    language_from_votes,
    language_votes,
    line_column,
    utf16_offsets,
)


def test_fold_lowers_strips_accents_and_keeps_length() -> None:
    assert fold("Élan ÇA Œuvre’s") == "elan ca œuvre's"
    assert len(fold("İstanbul ß ﬁ e\u0301")) == len("İstanbul ß ﬁ e\u0301")


@given(st.text())
def test_fold_never_changes_the_length(text: str) -> None:
    assert len(fold(text)) == len(text)


@given(st.text(alphabet=st.characters(codec=None), max_size=200)
       | st.text(alphabet="Éeé`’İiß AaÇç«»\u00a0🚲-'", max_size=60))
def test_fast_fold_equals_the_character_table(text: str) -> None:
    # fold() lower-cases in C and sends only non-ASCII runs through the table
    assert fold(text) == _fold_by_table(text)


@given(st.text(max_size=300) | st.text(alphabet="ab É_-'’ 1\u00a0\u200d🚲\n.,", max_size=80))
def test_words_are_the_letter_and_digit_runs_of_the_folded_text(text: str) -> None:
    doc = Document.analyse(text, "en")
    runs = [(m.start(), m.end(), m.group()) for m in re.finditer(r"[^\W_]+", fold(text))]
    assert [tuple(w) for w in doc.words] == runs


def test_words_carry_offsets_and_folded_forms() -> None:
    doc = Document.analyse("L'Été 🚲 car-free_zone, 42€", "fr")
    assert [(doc.text[w.start:w.end], w.norm) for w in doc.words] == [
        ("L", "l"), ("Été", "ete"), ("car", "car"), ("free", "free"), ("zone", "zone"),
        ("42", "42")]
    assert Document.analyse("", "fr").words == ()
    assert Document.analyse(" ,; ", "fr").words == ()


@given(st.text())
def test_words_lie_inside_the_text_in_order(text: str) -> None:
    doc = Document.analyse(text, "en")
    ends = 0
    for w in doc.words:
        assert ends <= w.start < w.end <= len(text)
        assert doc.folded[w.start:w.end] == w.norm
        ends = w.end


def test_language_votes_add_up_across_paragraphs() -> None:
    fr = Document.analyse("Nous avons réparé les vélos de nos voisins.", "fr").words
    en = Document.analyse("We repaired the bikes of our neighbours.", "en").words
    assert language_votes(fr)[0] > language_votes(fr)[1]
    assert language_votes(en)[1] > language_votes(en)[0]
    assert detect_language(fr) == "fr" and detect_language(en, "fr") == "en"
    assert language_from_votes(2, 2, "en") == "en"  # a tie: the house style decides


def test_joined_words_are_in_document_offsets() -> None:
    first = Document.analyse("Un deux", "fr").words
    second = Document.analyse("trois", "fr").words
    joined = JoinedWords([(0, first), (10, second)])
    assert joined[0] == first[0]
    assert (joined[2].start, joined[2].norm) == (10, "trois")
    assert joined[-1] == joined[2] and len(joined) == 3
    assert [w.norm for w in joined] == ["un", "deux", "trois"]
    assert not JoinedWords([(0, ()), (4, ())])


def test_paragraph_spans_cover_the_whole_text() -> None:
    text = "One.\n\n\nTwo\nlines.\n  \nThree."
    spans = Document.paragraph_spans(text)
    assert "".join(text[s:e] for s, e in spans) == text
    assert [text[s:e].strip() for s, e in spans] == ["One.", "Two\nlines.", "Three."]
    crlf = "One.\r\n\r\nTwo.\r\nStill two.\r\n \r\nThree."  # a Windows paste
    assert [crlf[s:e].strip() for s, e in Document.paragraph_spans(crlf)] == [
        "One.", "Two.\r\nStill two.", "Three."]


def test_line_column_and_utf16_round_trip_with_emoji() -> None:
    text = "a🚲b\nc👨‍👩‍👧d"
    assert line_column(text, 0) == (1, 1)
    assert line_column(text, text.index("c")) == (2, 1)
    table = utf16_offsets(text)
    for i in range(len(text) + 1):
        assert table[i] == len(text[:i].encode("utf-16-le")) // 2


@given(st.text(max_size=60))
def test_tokens_are_the_words_norms(text: str) -> None:
    from flegme.engine.text import tokens

    assert tokens(text) == tuple(w.norm for w in Document.analyse(text, "en").words)
