"""The draft as analysed text: language, words, sentences, paragraphs, URLs, hashtags,
mentions, emoji, and UTF-16 <-> str offset maps for the Qt and LanguageTool boundaries."""

from __future__ import annotations

import bisect
import re
import unicodedata
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import accumulate, compress, count, repeat
from operator import add
from typing import NamedTuple, overload

from flegme.names import LANGUAGES as LANGUAGES  # declared once in flegme.names
from flegme.pattern_cache import compile_re, compile_regex


class Word(NamedTuple):
    """A word: `[start, end)` in the text, and its lower-cased, accent-folded form."""

    start: int
    end: int
    norm: str


class Span(NamedTuple):
    """A plain `[start, end)` range of the text."""

    start: int
    end: int


class _FoldTable(dict[int, str]):
    """str.translate table: lower-case and strip accents, one character for one character."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1:
            lowered = char
        decomposed = unicodedata.normalize("NFD", lowered)
        base = decomposed[0] if decomposed else lowered
        folded = base if base.isalnum() and len(base) == 1 else lowered
        if char in "’ʼ‘`´":
            folded = "'"
        self[code] = folded
        return folded


_FOLD = _FoldTable()
_NON_ASCII_RE = compile_re(r"[^\x00-\x7f]+")


def _fold_run(match: re.Match[str]) -> str:
    return match.group().translate(_FOLD)


def fold(text: str) -> str:
    """Lower-case and strip accents; the result has exactly `len(text)` characters."""
    # str.translate with a dict runs at C speed only on ASCII text; on French text it costs
    # ~25 ns a character. `lower()` is C all the way, so only the runs it leaves non-ASCII
    # go through the table (same result: the table lower-cases first).
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lower-cases to two characters: take the slow road
        return text.translate(_FOLD)
    if not lowered.isascii():
        lowered = _NON_ASCII_RE.sub(_fold_run, lowered)
    return lowered.replace("`", "'") if "`" in lowered else lowered


def _fold_by_table(text: str) -> str:
    """`fold` done character by character (the reference the fast path is tested against)."""
    return text.translate(_FOLD)


class _SeparatorTable(dict[int, str]):
    r"""str.translate table: letters and digits stay, anything else becomes a blank (the
    word boundaries of `[^\W_]+`: `str.isalnum()`, as `re` defines `\w` minus "_")."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        kept = char if char.isalnum() else " "
        self[code] = kept
        return kept


_SEPARATE = _SeparatorTable()


# Words: letters/digits runs (underscore excluded), i.e. `[^\W_]+`; apostrophes and hyphens
# split words, so "l'atelier" -> "l", "atelier" and "car-free" -> "car", "free"; lexicon
# entries are tokenised the same way, so phrases still match as phrases.
_new_word = tuple.__new__  # skips NamedTuple.__new__'s Python frame (hot path: ~500 words)
_URL_RE = compile_regex(
    r"(?i)\b(?:https?://|www\.)[^\s<>\"]+[^\s<>\"\.,;:!?\)\]»…]"
    r"|(?<![@\w./-])[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63})*\.(?:com|org|net|fr|io|co|eu|be|ch|ca|uk|de|es|it|ly|app|dev|social)"
    r"(?:/[^\s<>\"]*[^\s<>\"\.,;:!?\)\]»…])?\b"
)
# Cheap test first: most paragraphs hold no link, and the full pattern costs ~0.2 ms/3 KB.
_URL_HINT_RE = compile_re(
    r"(?i)://|www\.|\.(?:com|org|net|fr|io|co|eu|be|ch|ca|uk|de|es|it|ly|app|dev|social)\b"
)
# Hashtags, @-handles and emoji (the platform counters use these too).
HASHTAG_RE = compile_regex(r"(?<![\w#])#[\p{L}\p{N}_]*\p{L}[\p{L}\p{N}_]*")
MENTION_RE = compile_regex(r"(?<![\w@])@[A-Za-z0-9_]{1,30}(?:@[A-Za-z0-9.-]+\.[A-Za-z]{2,})?")
EMOJI_RE = compile_regex(
    r"\p{Extended_Pictographic}(?:\uFE0F|\p{EMod}|\u200D\p{Extended_Pictographic})*"
)
_SENTENCE_END_RE = compile_re(r"(?<=[.!?…])[\"»”)\]]*\s+|\n+")
_PARAGRAPH_RE = compile_re(r"\n[^\S\n]*\n\s*")  # blank lines, CRLF ones too

# A few very frequent function words decide the language cheaply.
_STOP = {
    "fr": frozenset(
        "le la les des un une du de et est sont nous vous ils elles pour dans sur avec pas "
        "que qui ce cette ces mais ou au aux en ne plus tout tous notre nos votre vos leur "
        "leurs c est j ai on par se son sa ses mes mon ma été être avons".split()
    ),
    "en": frozenset(
        "the a an and is are we you they for in on with not that this these but or to of "
        "our your their it its be been have has was were will at by from as do don t i "
        "my me us what who".split()
    ),
}


def tokens(text: str) -> tuple[str, ...]:
    """The folded forms of `text`'s words (`Document.analyse(text).words`' norms, without
    offsets: lexicon terms are tokenised with this)."""
    return tuple(fold(text).translate(_SEPARATE).split())


def language_votes(words: Iterable[Word]) -> tuple[int, int]:
    """How many French and English function words `words` hold (summable per paragraph)."""
    norms = word_norms(words)
    return sum(map(_STOP["fr"].__contains__, norms)), sum(map(_STOP["en"].__contains__, norms))


def language_from_votes(fr: int, en: int, default: str = "fr") -> str:
    """`fr` or `en` from function-word counts; `default` on a tie (the text says nothing)."""
    if fr == en:
        return default
    return "fr" if fr > en else "en"


def detect_language(words: Iterable[Word], default: str = "fr") -> str:
    """`fr` or `en` from function-word counts; `default` when the text says nothing."""
    return language_from_votes(*language_votes(words), default)


class WordList(Sequence[Word]):
    """A paragraph's words as three parallel columns (starts, ends, folded forms).

    A 3,000-character post has ~550 words and a 100 KB paste ~18,000: one tuple per word
    made the cycle collector's work and the memory of the paragraph caches grow with them.
    The columns are built in C; a `Word` is made only when one is asked for.
    """

    __slots__ = ("ends", "norms", "starts")

    def __init__(self, starts: list[int], ends: list[int], norms: tuple[str, ...]) -> None:
        self.starts = starts
        self.ends = ends
        self.norms = norms

    @overload
    def __getitem__(self, index: int) -> Word: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Word]: ...

    def __getitem__(self, index: int | slice) -> Word | Sequence[Word]:
        if isinstance(index, slice):
            return WordList(self.starts[index], self.ends[index], self.norms[index])
        return _new_word(Word, (self.starts[index], self.ends[index], self.norms[index]))

    def __len__(self) -> int:
        return len(self.norms)

    def __iter__(self) -> Iterator[Word]:
        return map(_new_word, repeat(Word), zip(self.starts, self.ends, self.norms,
                                                strict=True))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, WordList):
            return (self.norms, self.starts, self.ends) == (other.norms, other.starts,
                                                            other.ends)
        if isinstance(other, Sequence):
            return tuple(self) == tuple(other)
        return NotImplemented

    def __hash__(self) -> int:
        return hash((self.norms, tuple(self.starts)))

    def __repr__(self) -> str:
        return f"WordList({list(self)!r})"


def word_norms(words: Iterable[Word]) -> Sequence[str]:
    """The folded form of each word (free for a WordList)."""
    if isinstance(words, WordList):
        return words.norms
    return [word[2] for word in words]  # word.norm, without the attribute lookup


def word_bounds(words: Sequence[Word]) -> tuple[Sequence[int], Sequence[int]]:
    """Where each word starts and ends (free for a WordList)."""
    if isinstance(words, WordList):
        return words.starts, words.ends
    return [word[0] for word in words], [word[1] for word in words]


class JoinedWords(Sequence[Word]):
    """The words of several paragraphs as one sequence in document offsets, built only
    when first used (the engine rarely needs the whole document's words)."""

    __slots__ = ("_parts", "_words")

    def __init__(self, parts: Sequence[tuple[int, Sequence[Word]]]) -> None:
        self._parts = parts
        self._words: tuple[Word, ...] | None = None

    def _all(self) -> tuple[Word, ...]:
        if self._words is None:
            self._words = tuple(
                [_new_word(Word, (w.start + offset, w.end + offset, w.norm))
                 for offset, words in self._parts for w in words]
            )
        return self._words

    @overload
    def __getitem__(self, index: int) -> Word: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Word]: ...

    def __getitem__(self, index: int | slice) -> Word | Sequence[Word]:
        if isinstance(index, int) and index >= 0 and self._words is None:
            for offset, words in self._parts:  # one word: no need to join them all
                if index < len(words):
                    w = words[index]
                    return _new_word(Word, (w.start + offset, w.end + offset, w.norm))
                index -= len(words)
            raise IndexError("word index out of range")
        return self._all()[index]

    def __len__(self) -> int:
        return len(self._all())

    def __iter__(self) -> Iterator[Word]:
        return iter(self._all())

    def __bool__(self) -> bool:
        return any(words for _, words in self._parts)


@dataclass(frozen=True, slots=True)
class Document:
    """An analysed draft (or paragraph of one). Offsets are Python str indices."""

    text: str
    language: str
    folded: str  # fold(text): same length, so offsets carry over
    words: Sequence[Word]

    @classmethod
    def analyse(cls, text: str, language: str = "auto", default_language: str = "fr") -> Document:
        """Tokenise `text`; `language` is "fr", "en" or "auto"."""
        folded = fold(text)
        # Every non-word character becomes a blank and split(" ") cuts on each one: piece k
        # starts at (the lengths of the pieces before it) + k, and the non-empty pieces are
        # the words. All of it runs in C (twice as fast as re.split on words).
        pieces = folded.translate(_SEPARATE).split(" ")
        lengths = list(map(len, pieces))
        starts = list(compress(map(add, accumulate(lengths, initial=0), count()), lengths))
        norms = tuple(filter(None, pieces))
        words = WordList(starts, list(map(add, starts, map(len, norms))), norms)
        if language not in LANGUAGES:
            language = detect_language(words, default_language)
        return cls(text=text, language=language, folded=folded, words=words)

    def paragraphs(self) -> list[Span]:
        """Paragraphs, split on blank lines; together they cover the whole text."""
        return Document.paragraph_spans(self.text)

    @staticmethod
    def paragraph_spans(text: str) -> list[Span]:
        """Paragraphs of `text`, split on blank lines; together they cover it all."""
        spans: list[Span] = []
        start = 0
        for m in _PARAGRAPH_RE.finditer(text):
            spans.append(Span(start, m.end()))
            start = m.end()
        if start < len(text) or not spans:
            spans.append(Span(start, len(text)))
        return spans

    def sentences(self) -> list[Span]:
        """Sentences (end punctuation or line breaks), without the trailing blanks."""
        spans: list[Span] = []
        start = 0
        text = self.text
        for m in _SENTENCE_END_RE.finditer(text):
            if m.start() > start and text[start:m.start()].strip():
                spans.append(Span(start, m.start()))
            start = m.end()
        if text[start:].strip():
            spans.append(Span(start, len(text.rstrip())))
        return spans

    def first_sentence(self) -> Span | None:
        """The opening sentence (the hook), without scanning the rest of the text."""
        text = self.text
        start = len(text) - len(text.lstrip())
        if start == len(text):
            return None
        end = _SENTENCE_END_RE.search(text, start)
        stop = end.start() if end else len(text.rstrip())
        return Span(start, max(start, stop))

    def urls(self) -> list[Span]:
        """Links, with or without a scheme (`https://x.fr/a`, `www.x.fr`, `x.fr/a`)."""
        return find_urls(self.text)

    def hashtags(self) -> list[Span]:
        """Hashtags such as `#vélo` (not inside URLs)."""
        urls = self.urls()
        return [Span(m.start(), m.end()) for m in HASHTAG_RE.finditer(self.text)
                if not inside(m.start(), urls)]

    def mentions(self) -> list[Span]:
        """@-mentions, including Mastodon's `@user@domain` form."""
        urls = self.urls()
        return [Span(m.start(), m.end()) for m in MENTION_RE.finditer(self.text)
                if not inside(m.start(), urls)]

    def emoji(self) -> list[Span]:
        """Emoji, each with its modifiers and ZWJ sequence."""
        return [Span(m.start(), m.end()) for m in EMOJI_RE.finditer(self.text)]


def find_urls(text: str) -> list[Span]:
    """Links in `text`, with or without a scheme."""
    if _URL_HINT_RE.search(text) is None:
        return []
    return [Span(m.start(), m.end()) for m in _URL_RE.finditer(text)]


def inside(pos: int, spans: list[Span]) -> bool:
    """True when `pos` lies in one of `spans` (sorted, non-overlapping): a binary search,
    so a 1 MB paste with thousands of links stays linear overall."""
    i = bisect.bisect_right(spans, (pos, 1 << 62)) - 1
    return i >= 0 and spans[i].start <= pos < spans[i].end


def line_column(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column (in characters) of a str offset."""
    line = text.count("\n", 0, offset) + 1
    last_newline = text.rfind("\n", 0, offset)
    return line, offset - last_newline


def utf16_offsets(text: str) -> list[int]:
    """`table[i]` is the UTF-16 offset of str offset `i` (length len(text) + 1)."""
    table = [0] * (len(text) + 1)
    pos = 0
    for i, char in enumerate(text):
        table[i] = pos
        pos += 2 if ord(char) > 0xFFFF else 1
    table[len(text)] = pos
    return table
