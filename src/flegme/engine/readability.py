"""Readability (Flesch reading ease) in the post's language, offline and fast to start.

The formula and its per-language constants are textstat's (`get_lang_cfg`: Flesch for
English, Kandel & Moles for French; tests compare both with textstat). textstat itself is not
imported: it imports NLTK (0.3 s) and would ask NLTK to download the CMU dictionary. English
syllables come from `resources/syllables/en-cmudict.tsv`, a sorted table built from the CMU
Pronouncing Dictionary by `scripts/build_syllables.py`; other words and languages use pyphen's
hyphenation patterns, as textstat does (read fast by `hyphenation`). Both load on first use.
Counting is done per paragraph by the jargon checker and combined here, so the engine's
paragraph cache also covers readability.
"""

from __future__ import annotations

import bisect
import threading
from collections.abc import Iterator
from dataclasses import dataclass

from flegme.engine.hyphenation import hyphenator
from flegme.resources import resource_path

# textstat's LANG_CONFIGS (base, per word per sentence, per syllable per word); a test holds
# them equal to textstat's. Languages textstat does not know use its English default.
FLESCH = {"en": (206.835, 1.015, 84.6), "fr": (207.0, 1.015, 73.6)}
_PYPHEN_LANG = {"en": "en_US"}  # textstat's choice for English


class SyllableTable:
    """Word -> syllables from a sorted `word<TAB>n` file, looked up without building a dict.

    Loading reads the file as one string and notes where every 4 KB block starts (a few
    hundred offsets); a lookup bisects those blocks and searches one block in C."""

    _BLOCK = 4096

    def __init__(self, text: str) -> None:
        body = 0
        while text.startswith("#", body):  # the provenance header
            body = text.index("\n", body) + 1
        self._text = "\n" + text[body:]
        starts = [0]  # each block starts at a "\n" that begins a line
        at = self._BLOCK
        while True:
            at = self._text.find("\n", at, len(self._text) - 1)
            if at < 0:
                break
            starts.append(at)
            at += self._BLOCK
        self._starts = starts
        self._firsts = [self._text[s + 1:self._text.index("\t", s)] for s in starts]

    def get(self, word: str) -> int | None:
        """The word's syllables, or None when the table does not have it."""
        k = bisect.bisect_right(self._firsts, word) - 1
        if k < 0 or "\t" in word or "\n" in word:
            return None
        end = self._starts[k + 1] if k + 1 < len(self._starts) else len(self._text)
        at = self._text.find(f"\n{word}\t", self._starts[k], end)
        if at < 0:
            return None
        value = at + len(word) + 2
        return int(self._text[value:self._text.index("\n", value)])

    def __len__(self) -> int:
        return self._text.count("\n", 1)

    def items(self) -> Iterator[tuple[str, int]]:
        """Every (word, syllables), in order."""
        for line in self._text[1:].splitlines():
            word, _, n = line.partition("\t")
            yield word, int(n)


_LOCK = threading.Lock()
_TABLE: SyllableTable | None = None


def english_syllables() -> SyllableTable:
    """The English syllable table (read once, on first use: a few ms)."""
    global _TABLE
    if _TABLE is None:
        with _LOCK:
            if _TABLE is None:
                path = resource_path("syllables", "en-cmudict.tsv")
                _TABLE = SyllableTable(path.read_text(encoding="utf-8"))
    return _TABLE


def syllables(word: str, language: str) -> int:
    """Syllables in one lower-case word."""
    if language == "en":
        known = english_syllables().get(word)
        if known is not None:
            return max(1, known)
    return len(hyphenator(_PYPHEN_LANG.get(language, language)).positions(word)) + 1


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


def reading_ease(counts: Counts, language: str) -> float | None:
    """Flesch reading ease (higher is easier; 60-70 is plain language); None without words."""
    if not counts.words or not counts.sentences:
        return None
    base, per_sentence_word, per_word_syllable = FLESCH.get(language, FLESCH["en"])
    score = (base - per_sentence_word * counts.words / counts.sentences
             - per_word_syllable * counts.syllables / counts.words)
    return round(float(score), 1)
