"""Spelling rules around the lexicons: inflected forms, masked and leet words, stretched
words, emoji entries, and the generated lexicon files being loaded beside the hand-written."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flegme.engine.checks.lexical import LexiconIndex
from flegme.engine.checks.tone import ToneChecker
from flegme.engine.inflect import forms
from flegme.engine.lexicon import LexiconEntry, load_kinds, load_lexicon
from flegme.engine.masked import MaskedFinder
from flegme.engine.matcher import PhraseMatcher, stem_tokens, unstretch
from flegme.engine.text import Document
from flegme.style.loader import default_style


def _found(index: LexiconIndex, text: str, lang: str) -> list[str]:
    doc = Document.analyse(text, lang)
    return [text[m.start:m.end] for m in index.find(doc)]


# --- inflection --------------------------------------------------------------------------
@pytest.mark.parametrize(("lemma", "expected"), [
    ("nul", {"nul", "nulle", "nuls", "nulles"}),
    ("minable", {"minable", "minables"}),
    ("incompétent", {"incompétent", "incompétente", "incompétents", "incompétentes"}),
    ("connard", {"connard", "connarde", "connards", "connardes"}),
    ("menteur", {"menteur", "menteuse", "menteurs", "menteuses"}),
    ("honteux", {"honteux", "honteuse", "honteuses"}),
    ("con", {"con", "conne", "cons", "connes"}),
    ("enfoiré", {"enfoiré", "enfoirée", "enfoirés", "enfoirées"}),
])
def test_french_gender_and_number_by_rule(lemma: str, expected: set[str]) -> None:
    assert expected <= set(forms(lemma, "fr"))


def test_snowball_stems_miss_a_french_feminine_that_the_rule_catches() -> None:
    # why the rule exists: the stems of "nul" and "nulle" differ
    assert stem_tokens(["nul"], "fr") != stem_tokens(["nulle"], "fr")
    index = LexiconIndex([LexiconEntry("nul", kind="insult", inflect=True)], "fr")
    assert _found(index, "Une idée nulle, des chiffres nuls.", "fr") == ["nulle", "nuls"]


@pytest.mark.parametrize(("lemma", "expected"), [
    ("suck", {"sucks", "sucked", "sucking"}),
    ("bitch", {"bitches", "bitched", "bitching"}),
    ("crap", {"craps", "crapped", "crapping"}),
    ("bully", {"bullies", "bullied", "bullying"}),
])
def test_english_plural_and_verb_forms_by_rule(lemma: str, expected: set[str]) -> None:
    assert expected <= set(forms(lemma, "en"))


def test_uninflected_entries_match_only_as_written() -> None:
    index = LexiconIndex([LexiconEntry("nul", kind="insult")], "fr")
    assert _found(index, "Une idée nulle.", "fr") == []


def test_phrases_are_not_inflected() -> None:
    assert forms("fils de pute", "fr") == ("fils de pute",)


# --- masked and leet words ---------------------------------------------------------------
_VOCAB = MaskedFinder([("fuck", "f"), ("shit", "s"), ("bitch", "b"), ("ass", "a")])


@pytest.mark.parametrize(("text", "word"), [
    ("what the f*ck", "fuck"), ("f**k this", "fuck"), ("total sh!t", "shit"),
    ("b1tch", "bitch"), ("sh*t!", "shit"), ("$hit", "shit"), ("f***", "fuck"),
    ("b!tch", "bitch"), ("a$$", "ass"), ("f*** off", "fuck"),
])
def test_masked_spellings_are_found(text: str, word: str) -> None:
    assert [m.word for m in _VOCAB.find(text)] == [word]


@pytest.mark.parametrize("text", [
    "Q3 results", "B2B and web3", "Great!Thanks", "#fail", "@shit_happens", "COVID19",
    "3,000 km", "a*b = c", "contact@shop.fr", "50% off", "R&D", "@hit",
    "**it works**", "*so* proud", "**Brian White**", "a T** pointer", "**long-term**",
])
def test_ordinary_tokens_are_not_masked_words(text: str) -> None:
    assert _VOCAB.find(text.lower()) == []


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyz", min_size=3, max_size=8),
       st.integers(min_value=1), st.sampled_from("*#"))
def test_any_vocabulary_word_with_one_letter_masked_is_found(word: str, at: int,
                                                             mark: str) -> None:
    i = 1 + at % (len(word) - 2)  # an inner letter: a mark at either end is emphasis
    masked = word[:i] + mark + word[i + 1:]
    finder = MaskedFinder([(word, "w")])
    found = finder.find(f"so {masked} today")
    assert [(m.word, m.start, m.end) for m in found] == [(word, 3, 3 + len(word))]


@given(st.text(max_size=60))
def test_masked_finder_spans_lie_in_the_text(text: str) -> None:
    folded = text.lower()
    if len(folded) != len(text):
        return
    for m in _VOCAB.find(folded):
        assert 0 <= m.start < m.end <= len(text)


def test_tone_finds_masked_profanity_and_leaves_plain_text_alone() -> None:
    tone = ToneChecker(default_style(), "en")
    for text, flagged in (("This is f*cking ridiculous.", True),
                          ("Q3 revenue grew 12% in B2B.", False)):
        doc = Document.analyse(text, "en")
        rules = {f.rule for f in tone.conclude(doc, [tone.scan(doc)]).findings}
        assert ("tone.insult" in rules) is flagged, (text, rules)


# --- stretched words ---------------------------------------------------------------------
def test_stretched_words_meet_their_lexicon_word() -> None:
    PhraseMatcher([("nul", 1), ("cool", 2)], "fr")  # the vocabulary the rule consults
    assert unstretch("nuuuul") == "nul"
    assert unstretch("cooool") == "cool"
    assert unstretch("sooo") == "so"
    assert unstretch("restaurer") == "restaurer"
    m = PhraseMatcher([("nul", "x")], "fr")
    doc = Document.analyse("C'est nuuuuul.", "fr")
    assert [doc.text[x.start:x.end] for x in m.find(doc)] == ["nuuuuul"]


@given(st.sampled_from(["nul", "fuck", "pathetic", "idiot"]), st.integers(0, 3),
       st.integers(3, 8))
def test_any_stretched_letter_is_matched(word: str, at: int, times: int) -> None:
    i = at % len(word)
    stretched = word[:i] + word[i] * times + word[i + 1:]
    m = PhraseMatcher([(word, "w")], "en")
    doc = Document.analyse(f"so {stretched}!", "en")
    assert [doc.text[x.start:x.end] for x in m.find(doc)] == [stretched]


# --- emoji ---------------------------------------------------------------------------------
def test_emoji_entries_match_with_any_skin_tone() -> None:
    index = LexiconIndex([LexiconEntry("🖕", kind="anger"), LexiconEntry("🤡", kind="contempt")],
                         "en")
    assert _found(index, "Thanks 🖕🏽 and 🤡🤡, 🎉", "en") == ["🖕🏽", "🤡", "🤡"]


# --- generated files -----------------------------------------------------------------------
@pytest.mark.parametrize("lang", ["en", "fr"])
def test_generated_entries_load_with_known_kinds(lang: str) -> None:
    entries = load_lexicon(lang, "tone")
    generated = [e for e in entries if e.source]
    assert len(generated) >= 150
    assert {e.kind for e in generated} <= set(load_kinds(lang, "tone"))
    assert any(e.term == "🤬" for e in generated)


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "This is bullshit and you know it."),
    ("en", "What a bunch of assholes."),
    ("fr", "Quelle bande de connards."),
    ("fr", "C'est de la connerie."),
    ("fr", "Allez vous faire foutre."),
])
def test_generated_profanity_is_flagged_as_impulsive_wording(lang: str, text: str) -> None:
    tone = ToneChecker(default_style(), lang)
    doc = Document.analyse(text, lang)
    conclusion = tone.conclude(doc, [tone.scan(doc)])
    assert "tone.insult" in {f.rule for f in conclusion.findings}
    assert conclusion.flag


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "Great game: the kids kicked the balls around all afternoon."),
    ("en", "Colorectal cancer screening checks the rectum; book yours."),
    ("en", "We met in the cul-de-sac behind the depot."),
    ("fr", "Une pédale de vélo réparée gratuitement à l'atelier."),
    ("fr", "La collecte des ordures ménagères change de jour."),
    ("fr", "Un lendemain avec une sacrée gueule de bois pour les supporters."),
])
def test_reviewed_exclusions_leave_ordinary_senses_alone(lang: str, text: str) -> None:
    tone = ToneChecker(default_style(), lang)
    doc = Document.analyse(text, lang)
    findings = tone.conclude(doc, [tone.scan(doc)]).findings
    assert not [f for f in findings if f.rule == "tone.insult"], \
        [text[f.start:f.end] for f in findings]


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_every_generated_entry_names_its_source(lang: str) -> None:
    hand = {e.term for e in load_lexicon(lang, "tone") if not e.source}
    generated = [e for e in load_lexicon(lang, "tone") if e.source]
    assert all(e.source and e.kind for e in generated)
    # a term written by hand is matched with its hand-written entry (listed first)
    index = LexiconIndex(load_lexicon(lang, "tone"), lang)
    for term in sorted(hand & {e.term for e in generated})[:5]:
        doc = Document.analyse(f"so {term} today", lang)
        assert all(not m.payload.source for m in index.find(doc) if m.term == term)


# --- hashtags --------------------------------------------------------------------------------
@pytest.mark.parametrize(("lang", "text", "cue"), [
    ("en", "Launch day. #ShitShow", "Shit"),
    ("en", "Another delay #fuck", "fuck"),
    ("fr", "Encore raté #BandeDeConnards", "Connards"),
    ("en", "Join us #BikeToWork #Assessment #Dickens", None),
    ("en", "See shop.com/page#shit and C# code", None),
    ("en", "Third delay this week. #ShameOnThem", "ShameOn"),  # a phrase spelt in CamelCase
    ("en", "Great ride today #OnYourBike #ThankYou", None),
])
def test_hostile_hashtags_count_by_their_camel_case_words(lang: str, text: str,
                                                          cue: str | None) -> None:
    tone = ToneChecker(default_style(), lang)
    doc = Document.analyse(text, lang)
    insults = [text[f.start:f.end] for f in tone.conclude(doc, [tone.scan(doc)]).findings
               if f.rule == "tone.insult"]
    assert insults == ([cue] if cue else [])


def test_hashtag_words_only_for_the_tone_index() -> None:
    index = LexiconIndex([LexiconEntry("fuck", kind="profanity")], "en")  # masked off
    assert _found(index, "Another delay #fuck", "en") == []
