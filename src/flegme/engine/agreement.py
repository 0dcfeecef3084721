"""One-click fixes that keep the sentence correct: a lexicon replacement takes the number
(and, in French, the gender) of the form actually written; when it cannot be made to agree,
no fix is offered.

A lexicon entry pairs a term with its replacement in the same form ("synergie" ->
"collaboration"); a stemmed entry also matches other forms ("synergies", "disruptives").
`agree` works out how the written form differs from the term (plural, feminine) and
applies the same change to the replacement, by the regular rules of each language.
"""

from __future__ import annotations

from flegme.engine.text import fold

# French feminine endings, longest first: masculine ending -> feminine ending.
_FR_FEMININE = (("eau", "elle"), ("eux", "euse"), ("if", "ive"), ("er", "ère"), ("el", "elle"),
                ("en", "enne"), ("on", "onne"), ("et", "ette"), ("eur", "euse"), ("c", "que"))
_FR_PLURAL = (("eau", "eaux"), ("eu", "eux"), ("al", "aux"))


def agree(written: str, term: str, replacement: str, language: str) -> str | None:
    """`replacement` made to agree with `written` (a form of `term`), or None when the
    difference is one these rules cannot carry over (a conjugated verb, say)."""
    if not replacement:
        return None
    w, t = fold(written).split(), fold(term).split()
    if w == t:
        return _case_like(written, replacement)
    if len(w) != len(t) or w[:-1] != t[:-1]:
        return None  # only the last word may differ
    plural, feminine = _difference(w[-1], t[-1], language)
    if plural is None:
        return None
    words = replacement.split()
    if language == "fr":
        words = _fr_agree(words, plural=plural, feminine=feminine)
        return _case_like(written, " ".join(words)) if words else None
    if feminine:
        return None
    if plural:
        if len(words) > 1 and (_en_not_a_noun(words[-1]) or words[-1].endswith("s")
                               or any(w in _EN_FUNCTION_WORDS or w.endswith("ing")
                                      for w in words)):
            return None  # "working together", "how we earn money", "future customers"
        words = [*words[:-1], _en_plural(words[-1])]
    return _case_like(written, " ".join(words))


# French words after which a noun phrase's complement starts ("lettre d'intention", "feuille
# de route"): the head before them takes the agreement, the complement stays as it is.
_FR_LINKS = frozenset({"de", "d'", "du", "des", "à", "au", "aux", "en", "pour", "sur", "entre",
                       "par", "avec", "sans", "sous", "chez", "auprès"})


# First words of a French replacement that is no noun phrase ("qui peut grandir", "tout en
# ligne", "parmi les meilleurs"), and infinitives in -re ("mettre en avant"): no plural form.
_FR_NOT_A_HEAD = frozenset({"qui", "se", "un", "une", "le", "la", "les", "ce", "ces", "tout",
                            "parmi", "mettre", "remettre", "faire", "refaire", "répondre",
                            "construire", "réduire", "convaincre", "prendre", "rendre", "être",
                            "dire", "lire", "écrire", "suivre", "vivre", "croire", "boire"})
# Words that never take the agreement (adverbs): "travail bien fait".
_FR_INVARIABLE = frozenset({"bien", "mal", "très", "plus", "moins", "ensemble", "trop", "assez"})
_FR_IRREGULAR_PLURAL = {"travail": "travaux", "œil": "yeux", "ciel": "cieux"}


def _fr_agree(words: list[str], *, plural: bool, feminine: bool) -> list[str]:
    """A French replacement agreed: the words before the first link word (the head noun and
    its adjectives), or every word when there is none; [] when it is a verb phrase."""
    first = words[0]
    if (first in _FR_NOT_A_HEAD or first in _FR_LINKS or first.startswith(("s'", "d'", "l'"))
            or (len(words) > 1 and len(first) > 3 and first.endswith(("er", "ir")))
            or first.endswith("ment")):
        return []  # "s'appuyer sur", "en ligne", "faire grandir": not a noun phrase
    head = len(words)
    for i, word in enumerate(words):
        if i and (word in _FR_LINKS or word.startswith("d'")):
            head = i
            break
    out = list(words)
    for i in range(head):
        if out[i] in _FR_INVARIABLE:
            continue
        if feminine:
            out[i] = _fr_feminine(out[i])
        if plural:
            out[i] = _FR_IRREGULAR_PLURAL.get(out[i]) or _fr_plural(out[i])
    return out


# English words that say a replacement is a clause or has a complement ("holiday at home",
# "how we earn money"): its plural cannot be made by the last word alone.
_EN_FUNCTION_WORDS = frozenset({
    "a", "an", "the", "to", "of", "at", "in", "on", "for", "from", "with", "by", "about",
    "than", "per", "and", "or", "how", "what", "we", "us", "our", "it", "its", "be", "is",
    "are", "can", "will", "who", "that", "which", "too", "very", "all", "both"})


def _en_not_a_noun(word: str) -> bool:
    """An English last word that takes no plural: a verb form, an adverb or a particle."""
    return word.endswith(("ing", "ly", "ed")) or word in {
        "together", "well", "up", "out", "down", "more", "less", "on", "off", "in", "closer",
        "further", "left", "right", "back", "away", "digital"}


def _difference(written: str, term: str, language: str) -> tuple[bool | None, bool]:
    """(plural, feminine) that turn `term` into `written`; plural None when neither does."""
    if language == "fr":
        for plural in (False, True):
            for feminine in (False, True):
                form = _fr_feminine(term) if feminine else term
                form = _fr_plural(form) if plural else form
                if fold(form) == written:
                    return plural, feminine
        return None, False
    if fold(_en_plural(term)) == written:
        return True, False
    return None, False


def _fr_feminine(word: str) -> str:
    if word.endswith("e"):
        return word
    for masculine, feminine in _FR_FEMININE:
        if word.endswith(masculine):
            return word[: -len(masculine)] + feminine
    return word + "e"


def _fr_plural(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    for singular, plural in _FR_PLURAL:
        if word.endswith(singular):
            return word[: -len(singular)] + plural
    return word + "s"


def _en_plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and len(word) > 1 and word[-2] not in "aeiou":
        return word[:-1] + "ies"
    return word + "s"


def _case_like(written: str, replacement: str) -> str:
    """A capital first letter when the written form has one (a sentence start)."""
    if written[:1].isupper() and replacement[:1].islower():
        return replacement[0].upper() + replacement[1:]
    return replacement
