"""Jargon checker ("speak in plain words"): buzzwords and needless anglicisms with plain
replacements, unexplained acronyms, overlong sentences, and readability."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from itertools import filterfalse, pairwise
from typing import Any

from flegme.engine import readability
from flegme.engine.agreement import agree
from flegme.engine.checks.base import Conclusion, Scan, Tally
from flegme.engine.checks.cue_patterns import CueFinder
from flegme.engine.checks.lexical import LexiconIndex, entries, kinds, word_sets
from flegme.engine.lexicon import LexiconEntry
from flegme.engine.matcher import PhraseMatcher, document_norms
from flegme.engine.messages import texts, wording
from flegme.engine.report import Finding, Severity
from flegme.engine.text import Document, fold, word_bounds
from flegme.engine.verdict_model import load_models
from flegme.pattern_cache import compile_re, compile_regex
from flegme.style.model import HouseStyle

CATEGORY = "jargon"
# The rule ids this checker reports, with their kinds (texts: resources/messages).
RULES = {"jargon.term": "lexicon", "jargon.anglicism": "lexicon", "jargon.euphemism": "pattern",
         "jargon.acronym": "pattern", "jargon.long_sentence": "count",
         "jargon.readability": "count"}
DEFAULT_MAX_SENTENCE_WORDS = 30
POOR_READABILITY = 30.0  # Flesch reading ease below this is hard going

# Candidate acronyms: capitals with digits or "&" (KPI, B2B, P&L), or mixed forms like YoY.
_ACRONYM_RE = compile_regex(r"(?<![\p{L}\p{N}&])[\p{Lu}\p{N}][\p{L}\p{N}&]{1,6}(?![\p{L}\p{N}&])")
_LETTERS_RE = compile_regex(r"\p{L}")
# Sentence boundaries inside a paragraph (end punctuation followed by more text, or a line).
# (One leading character class lets `re` skip ahead in C: twice as fast as an alternation.)
_SENTENCE_ENDS_RE = compile_re(r"(?:[.!?…][\"»”)\]]*\s|\n)\s*(?=\S)")
# End punctuation followed by a blank: what `_SENTENCE_ENDS_RE` counts, without a regex.
_SENTENCE_MARKS = (". ", "! ", "? ", "… ", '." ', ".» ", ".) ")

# Two capitals (or a digit and a capital) side by side, or "YoY": the only texts that may hold
# acronyms (Latin capitals: the languages are French and English). Stdlib `re`: faster here.
_ACRONYM_HINT_RE = compile_re(r"[A-Z0-9À-ÖØ-Þ][A-Z&À-ÖØ-Þ]|[A-Z][a-z][A-Z]")


# Kinds of distinct jargon items, each a feature of the jargon model: terms (listed, or the
# constructions of resources/cues: euphemisms, futurism, nominal style), words that also have
# a plain meaning (half weight), listed jargon acronyms, other unexplained capitals.
_ITEM_KINDS = ("item", "soft", "acro", "caps")


class JargonChecker:
    """Finds jargon in one language; allowed terms and acronyms are never flagged."""

    category = CATEGORY

    def __init__(self, style: HouseStyle, language: str) -> None:
        self.style = style
        self.language = language
        self.kinds = kinds(language, "jargon")
        allowed = {fold(term) for term in style.jargon.allow}
        extra = [LexiconEntry(term=term, replacement=replacement, kind="buzzword")
                 for term, replacement in style.jargon.extra.get(language, {}).items()]
        lexicon = [e for e in [*entries(language, "jargon"), *extra]
                   if fold(e.term) not in allowed]
        self.index = LexiconIndex(lexicon, language)
        self.item_keys = {e.term: f"item:{fold(e.term)}" for e in lexicon}
        acronyms = word_sets(language, "acronyms")
        self.known = {a.upper() for a in acronyms.get("known", ())} | {a.upper() for a in allowed}
        self.known |= {a.upper() for a in acronyms.get("common", ())}  # "WE", "NON" in capitals
        self.jargon_acronyms = {a.upper() for a in acronyms.get("jargon", ())} - self.known
        self.max_words = style.jargon.max_sentence_words or DEFAULT_MAX_SENTENCE_WORDS
        self.patterns = CueFinder(language, CATEGORY)
        self.model = load_models()["jargon"]

    def matchers(self) -> Sequence[PhraseMatcher[Any]]:
        """The phrase matchers its scans use (grouped by the engine: one pass each)."""
        return self.index.matchers

    def scan(self, part: Document) -> Scan:
        """Jargon findings of one paragraph, its distinct jargon items and readability counts."""
        findings: list[Finding] = []
        weights: dict[str, float] = {}  # distinct items (folded) -> weight
        terms = self.index.find(part)
        if _QUOTE_HINT_RE.search(part.text) is not None:  # a term in quotes is mentioned
            quoted = [m.span() for m in _QUOTED_RE.finditer(part.text)]
            terms = [m for m in terms if not any(s <= m.start and m.end <= e for s, e in quoted)]
        for match in terms:
            entry = match.payload
            findings.append(self._term(entry, match.start, match.end,
                                       part.text[match.start:match.end]))
            key = self.item_keys[entry.term]
            weights[key if entry.weight >= 1 else "soft" + key[4:]] = entry.weight
        explained: set[str] = set()
        for start, end, acronym in self._acronyms(part.text, explained):
            if any(m.start <= start < m.end for m in terms):
                continue  # already a lexicon term ("KPI" in the French list): one finding
            findings.append(self._acronym(start, end, acronym))
            listed = acronym.upper().rstrip("S") in self.jargon_acronyms \
                or acronym.upper() in self.jargon_acronyms
            weights[f"{'acro' if listed else 'caps'}:{fold(acronym)}"] = 1.0
        for hit in self.patterns.find(part):
            if any(m.start < hit.end and hit.start < m.end for m in terms):
                continue  # a listed term already says it
            findings.append(self._pattern(hit.rule, hit.name, hit.start, hit.end))
            weights[f"item:{part.folded[hit.start:hit.end]}"] = 1.0  # a term like any other
        text = part.text.rstrip()
        if len(part.words) > self.max_words:  # only then can a sentence be too long
            breaks = [(m.start() + len(m.group().rstrip()), m.end())  # keep the "." in
                      for m in _SENTENCE_ENDS_RE.finditer(text)]
            findings.extend(self._long_sentences(part, text, breaks))
            sentence_count = len(breaks) + 1
        else:
            sentence_count = _sentence_count(text)
        counts = self._readability_counts(part, sentence_count)
        cues: dict[str, float] = weights
        cues.update((f"explained:{key}", 1.0) for key in explained)
        cues.update(words=counts.words, sentences=counts.sentences, syllables=counts.syllables)
        return Scan(findings=tuple(findings), cues=cues)

    def _acronyms(self, text: str, explained: set[str]) -> list[tuple[int, int, str]]:
        """Unexplained acronyms of a paragraph; adds those it explains to `explained`."""
        found: list[tuple[int, int, str]] = []
        if _ACRONYM_HINT_RE.search(text) is None:
            return found
        for m in _ACRONYM_RE.finditer(text):
            token = m.group()
            upper = token.upper()
            base = upper[:-1] if token.endswith("s") and upper[:-1] in self.jargon_acronyms \
                else upper
            if base in self.known or upper in self.known:
                continue
            letters = len(_LETTERS_RE.findall(token))
            is_caps = token.isupper() and letters >= 2
            listed = base in self.jargon_acronyms
            if not listed and not (is_caps and letters <= 3):
                continue  # four capitals or more: shouting (tone) or a promo code (SALE30)
            if not listed and not token.isalpha():
                continue  # a code or a model with digits ("SBG2", "A320"): a name, not jargon
            if not listed and _in_shouting(text, m.start(), m.end()):
                continue  # "WE DID IT": capitals for emphasis, a matter for the tone checker
            if not listed and self.language == "en" and _spoken_as_a_word(token):
                continue  # "a LOT of", "so BIG": a word in capitals, not an acronym
            if _explained(text, m.start(), m.end(), token):
                explained.add(fold(token))
                continue
            found.append((m.start(), m.end(), token))
        return found

    def _term(self, entry: LexiconEntry, start: int, end: int, written: str) -> Finding:
        kind = self.kinds.get(entry.kind) or self.kinds.get("buzzword")
        rule = "jargon.anglicism" if entry.kind == "anglicism" else "jargon.term"
        replacement = agree(written, entry.term, entry.replacement, self.language)
        default, fallback = texts(self.language, rule)
        message = kind.message if kind else default
        if replacement:
            message = wording(self.language, rule, "fix", message=message,
                              replacement=replacement)
        # Half-weight entries also have a plain meaning ("pipeline", "levier"): a gentle note.
        severity = Severity.WARNING if entry.weight >= 1 else Severity.INFO
        return Finding(rule=rule, category=CATEGORY, severity=severity,
                       start=start, end=end, message=message,
                       explanation=entry.explanation or (kind.explanation if kind else fallback),
                       suggestions=(replacement,) if replacement else ())

    def _pattern(self, rule: str, name: str, start: int, end: int) -> Finding:
        message, explanation = texts(self.language, rule)
        return Finding(rule=rule, category=CATEGORY, severity=Severity.WARNING,
                       start=start, end=end, message=message, explanation=explanation)

    def _acronym(self, start: int, end: int, acronym: str) -> Finding:
        message, explanation = texts(self.language, "jargon.acronym", acronym=acronym)
        return Finding(rule="jargon.acronym", category=CATEGORY, severity=Severity.WARNING,
                       start=start, end=end, message=message, explanation=explanation)

    def _long_sentences(self, part: Document, text: str,
                        breaks: list[tuple[int, int]]) -> list[Finding]:
        """Sentences (between `breaks`) longer than the house limit, in words."""
        out: list[Finding] = []
        starts = word_bounds(part.words)[0]
        bounds = [(0, 0), *breaks, (len(text), len(text))]
        for (_, begin), (end, _) in pairwise(bounds):
            count = bisect_left(starts, end) - bisect_left(starts, begin)
            if count > self.max_words:
                begin += len(text[begin:end]) - len(text[begin:end].lstrip())
                message, explanation = texts(self.language, "jargon.long_sentence",
                                             count=count, limit=self.max_words)
                out.append(Finding(rule="jargon.long_sentence", category=CATEGORY,
                                   severity=Severity.INFO, start=begin, end=end,
                                   message=message, explanation=explanation))
        return out

    def _readability_counts(self, part: Document, sentences: int) -> readability.Counts:
        words = list(filterfalse(str.isdigit, document_norms(part)))  # numbers: no syllables
        return readability.count(words, sentences, self.language)

    def conclude(self, doc: Document, scans: Sequence[Scan]) -> Conclusion:
        """The jargon verdict (weighted distinct items) and the readability score."""
        findings: list[Finding] = []
        items: dict[str, float] = {}
        explained: set[str] = set()
        totals = Tally()
        for scan in scans:
            findings.extend(scan.findings)
            for key, value in scan.cues.items():
                if key.partition(":")[0] in _ITEM_KINDS:
                    items[key] = value
                elif key.startswith("explained:"):
                    explained.add(key[10:])
                else:
                    totals.add(key, value)
        if explained:  # explained in one paragraph, understood in all the others
            findings = [f for f in findings if f.rule != "jargon.acronym"
                        or fold(doc.text[f.start:f.end]) not in explained]
            for key in explained:
                for kind in _ITEM_KINDS:
                    items.pop(f"{kind}:{key}", None)
        counts = readability.Counts(int(totals["words"]), int(totals["sentences"]),
                                    int(totals["syllables"]))
        ease = readability.reading_ease(counts, self.language)
        if ease is not None and ease < POOR_READABILITY and counts.words >= 40:
            findings.append(self._hard_to_read(doc, ease))
        features = self.features(items)
        probability = self.model.probability(features)
        return Conclusion(findings=tuple(findings), flag=self.model.flag(probability),
                          readability=ease, features=features)

    @staticmethod
    def features(items: dict[str, float]) -> dict[str, float]:
        """The jargon model's features: distinct items of each kind, weighted and capped."""
        totals = Tally()
        for key, weight in items.items():
            totals.add(key.partition(":")[0], weight)
        return {kind: min(totals[kind], 4.0) for kind in _ITEM_KINDS}

    def _hard_to_read(self, doc: Document, ease: float) -> Finding:
        hook = doc.first_sentence()  # only the first is needed: no need to split them all
        end = hook.end if hook is not None else len(doc.text)
        message, explanation = texts(self.language, "jargon.readability", ease=f"{ease:.0f}")
        return Finding(rule="jargon.readability", category=CATEGORY, severity=Severity.INFO,
                       start=0, end=end, message=message, explanation=explanation)


def _sentence_count(text: str) -> int:
    """Sentences in a short paragraph, counted with C string searches (no regex)."""
    if not text:
        return 1
    ends = sum([text.count(mark) for mark in _SENTENCE_MARKS])
    return 1 + ends + text.count("\n") - text.count("\n\n")  # a line break ends one too


# A quotation on one paragraph: a buzzword quoted is named (often to mock it), not used
# (corpus/real/RULES.md: "enough with the synergy talk" is not jargon).
_QUOTE_HINT_RE = compile_re("[\"«“‘']")
# (single quotes only between non-letters: "l'OM" and "aujourd'hui" hold apostrophes)
_QUOTED_RE = compile_re(r'"[^"\n]{1,80}"|«[^»\n]{1,80}»|“[^”\n]{1,80}”|‘[^’\n]{1,80}’(?!\w)'
                        r"|(?<!\w)'[^'\n]{1,40}'(?!\w)")
_SHOUTED_LINE = 0.6  # a line whose letters are this much capitals is shouted
_SHOUTED_MIN_LETTERS = 8

_CAPS_BEFORE_RE = compile_regex(r"\p{Lu}{2,}[\s,!?.]+$")
_CAPS_AFTER_RE = compile_regex(r"^[\s,]+\p{Lu}{2,}(?![\p{Ll}])")


def _in_shouting(text: str, start: int, end: int) -> bool:
    """True when a capitalised word stands next to another one ("THANK YOU ALL"), or on a
    line written in capitals ("L'ÉTÉ À MONTCLARET, C'EST PARTI", "GRAND MARCHÉ DU 18 MAI")."""
    if (_CAPS_BEFORE_RE.search(text[max(0, start - 24):start]) is not None
            or _CAPS_AFTER_RE.search(text[end:end + 24]) is not None):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    letters = [c for c in text[line_start:line_end if line_end >= 0 else len(text)]
               if c.isalpha()]
    return (len(letters) >= _SHOUTED_MIN_LETTERS
            and sum(map(str.isupper, letters)) >= _SHOUTED_LINE * len(letters))


def _spoken_as_a_word(token: str) -> bool:
    """True when the CMU dictionary pronounces `token` as a word, in fewer syllables than it
    has letters ("LOT": 1), rather than letter by letter ("SBF", "CEO": 3)."""
    spoken = readability.english_syllables().get(token.lower())
    return spoken is not None and 0 < spoken < len(token)


def _explained(text: str, start: int, end: int, acronym: str) -> bool:
    """'Net Promoter Score (NPS)' or 'NPS (Net Promoter Score)' explains an acronym."""
    before = text[max(0, start - 2):start]
    after = text[end:end + 2]
    if before.endswith("(") and after.startswith(")"):
        return True
    if after.lstrip().startswith("(") and len(text[end:].split(")", 1)[0]) > len(acronym) + 3:
        return True
    return text.count(f"({acronym})") > 0
