"""Inflected forms of a lexicon word by rule: French gender and number, English plural and
verb endings. A lexicon lists the lemma once (`inflect = true`); the matcher looks for every
form this module derives, as exact words.

Why not the Snowball stems the matcher already has: they do not unify every form ("nul" and
"nulle" stem to "nul" and "null"), and a stem can meet an unrelated word. A rule's forms are
exact words, so a form that is not a word simply never occurs.
"""

from __future__ import annotations

_VOWELS = frozenset("aeiouy")
_EN_SIBILANT = ("s", "x", "z", "ch", "sh")


def forms(word: str, language: str) -> tuple[str, ...]:
    """`word` and its inflected forms in `language` (only single words are inflected)."""
    word = word.strip()
    if not word or not word.isalpha():
        return (word,) if word else ()
    derived = french_forms(word) if language == "fr" else english_forms(word)
    out = [word]
    for form in derived:
        if form not in out:
            out.append(form)
    return tuple(out)


def french_forms(word: str) -> list[str]:
    """Feminine and plural forms of a French adjective or noun, and the regular present and
    past participle of a first-group verb (infinitive in -er)."""
    w = word
    if w.endswith("er") and len(w) > 4:  # "chier", "emmerder": first-group verbs
        root = w[:-2]
        return [root + ending for ending in ("e", "es", "ons", "ez", "ent", "é", "ée", "és",
                                              "ées", "ant")]
    if w.endswith("e"):
        return [w + "s"]
    if w.endswith("eux"):
        return [w[:-1] + "se", w[:-1] + "ses"]
    if w.endswith("eur"):
        return [w + "s", w[:-1] + "se", w[:-1] + "ses"]
    if w.endswith("if"):
        return [w + "s", w[:-1] + "ve", w[:-1] + "ves"]
    if w.endswith("al"):
        return [w[:-1] + "ux", w + "e", w + "es", w + "s"]
    if w.endswith("eau"):
        return [w + "x"]
    if w.endswith(("el", "eil", "ul", "on", "en", "et")):  # nul -> nulle, con -> conne
        return [w + "s", w + w[-1] + "e", w + w[-1] + "es"]
    if w.endswith(("s", "x", "z")):
        return [w + "e", w + "es"]
    return [w + "s", w + "e", w + "es"]


def english_forms(word: str) -> list[str]:
    """Plural (or third person), past and -ing forms of an English noun or verb; words that
    already end like an inflection are left alone."""
    w = word
    if w.endswith(("ing", "ed", "s")) or len(w) < 3:
        return []
    return [_en_plural(w), _en_past(w), _en_ing(w)]


def _en_plural(w: str) -> str:
    if w.endswith(_EN_SIBILANT):
        return w + "es"
    if w.endswith("y") and w[-2] not in _VOWELS:
        return w[:-1] + "ies"
    return w + "s"


def _doubles(w: str) -> bool:
    """Short consonant-vowel-consonant words double their last letter: crap -> crapped."""
    return (len(w) <= 4 and w[-1] not in _VOWELS and w[-1] not in "wx"
            and w[-2] in _VOWELS and w[-3] not in _VOWELS)


def _en_past(w: str) -> str:
    if w.endswith("e"):
        return w + "d"
    if w.endswith("y") and w[-2] not in _VOWELS:
        return w[:-1] + "ied"
    return w + w[-1] + "ed" if _doubles(w) else w + "ed"


def _en_ing(w: str) -> str:
    if w.endswith("ie"):
        return w[:-2] + "ying"
    if w.endswith("e") and not w.endswith("ee"):
        return w[:-1] + "ing"
    return w + w[-1] + "ing" if _doubles(w) else w + "ing"
