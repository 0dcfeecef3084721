"""Tone checker (impulsivity): shouting, stacked punctuation, insults and contempt, sweeping
accusations, sarcasm, heated call-outs and threats; a 0-100 score against the house threshold.

Strong positive emotion is not impulsive: shouting and "!!!" weigh little when the post holds
no hostile cue, while one unambiguous hostile cue (a threat, an insult) carries the score.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from flegme.engine.checks.base import Conclusion, Scan, Tally
from flegme.engine.checks.lexical import LexiconIndex, entries, kinds, word_sets
from flegme.engine.matcher import document_norms
from flegme.engine.report import Finding, Severity
from flegme.engine.text import Document, fold
from flegme.style.model import HouseStyle

CATEGORY = "tone"
_RULE_OF_KIND = {
    "anger": "tone.anger", "insult": "tone.insult", "contempt": "tone.contempt",
    "absolute": "tone.absolutes", "sarcasm": "tone.sarcasm", "threat": "tone.threat",
    "hostile": "tone.heated", "praise": "tone.sarcasm",
}
_SEVERITY = {"insult": Severity.ERROR, "threat": Severity.ERROR}
HOSTILE_KINDS = ("anger", "insult", "contempt", "absolute", "sarcasm", "threat", "hostile")

# A shouted word: four or more capitals (shorter all-caps words are mostly acronyms).
_SHOUT_RE = regex.compile(r"(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])")
_SHOUT_RUN_RE = regex.compile(r"(?:(?<![\p{L}\p{N}])\p{Lu}{2,}[\s,'’-]+)*"
                              r"(?<![\p{L}\p{N}])\p{Lu}{4,}(?![\p{L}\p{N}])"
                              r"(?:[\s,'’-]+\p{Lu}{2,}(?![\p{L}\p{N}]))*")
_CAPS_WORD_RE = regex.compile(r"\p{Lu}{4,}")
_WORD_RE = regex.compile(r"\w+")
_STACKED_RE = regex.compile(r"[!?]*(?:!{2,}|\?!|!\?)[!?]*")
_SCARE_QUOTES_RE = regex.compile(r"(?<=\w[ \u00a0])[\"“«]\s?\w+(?:[ '’-]\w+){0,2}\s?[\"”»]")
# A named target: an @handle, or a capitalised word that does not start a sentence.
_NAME_RE = regex.compile(r"@\w+|(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)*")
_OPENERS = frozenset(".!?:;\n\"“«(—-")
_SENTENCE_RE = regex.compile(r"[^.!?\n]+[.!?]*")

# Score weights for the non-lexicon cues.
SHOUT_WEIGHT, STACK_WEIGHT, SCARE_WEIGHT, CALLOUT_WEIGHT, PRAISE_IRONY_WEIGHT = 15, 12, 10, 20, 25
CALM_FACTOR = 1 / 3  # shouting/stacking weigh this much in a post with no hostile cue


class ToneChecker:
    """Finds impulsive writing in one language, scored against `style.tone.threshold`."""

    category = CATEGORY

    def __init__(self, style: HouseStyle, language: str) -> None:
        self.style = style
        self.language = language
        self.fr = language == "fr"
        self.kinds = kinds(language, "tone")
        self.index = LexiconIndex(entries(language, "tone"), language)
        words = word_sets(language, "tone")
        self.absolutes = words.get("absolutes", frozenset())
        self.first_person = words.get("first_person", frozenset())
        self.other_person = words.get("other_person", frozenset())
        listed = word_sets(language, "acronyms")
        self.acronyms = frozenset(
            {fold(a) for a in style.jargon.allow}
            | listed.get("known", frozenset()) | listed.get("jargon", frozenset())
        )
        names = [style.organisation.name, *style.organisation.handles]
        self.own_names = frozenset(fold(n).lstrip("@") for n in names if n)

    def _finding(self, rule: str, kind: str, start: int, end: int, severity: Severity,
                 suggestions: tuple[str, ...] = (), explanation: str = "") -> Finding:
        info = self.kinds.get(kind)
        return Finding(rule=rule, category=CATEGORY, severity=severity, start=start, end=end,
                       message=info.message if info else rule,
                       explanation=explanation or (info.explanation if info else ""),
                       suggestions=suggestions)

    def scan(self, part: Document) -> Scan:
        """Cues and findings of one paragraph."""
        text = part.text
        cues = Tally()
        findings: list[Finding] = []
        praise: list[tuple[int, int]] = []
        for match in self.index.find(part):
            entry = match.payload
            kind = entry.kind
            if kind == "positive":
                cues.add("positive", 1)
                continue
            if kind == "praise":
                praise.append((match.start, match.end))
                continue
            cues.add(kind, entry.weight)
            findings.append(self._finding(_RULE_OF_KIND.get(kind, "tone.heated"), kind,
                                          match.start, match.end,
                                          _SEVERITY.get(kind, Severity.WARNING),
                                          explanation=entry.explanation))
        self._accusations(part, cues, findings)
        hostile = any(cues[k] for k in HOSTILE_KINDS)
        for m in _SHOUT_RUN_RE.finditer(text):
            words = [w for w in _CAPS_WORD_RE.findall(m.group())
                     if fold(w) not in self.acronyms]
            if not words:
                continue
            cues.add("shouting", 1)
            findings.append(self._shouting(m.start(), m.end(), m.group()))
        for m in _STACKED_RE.finditer(text):
            cues.add("stacked", 1)
            findings.append(self._stacked(m.start(), m.end(), m.group()))
        if hostile:
            cues.add("scare_quotes", len(_SCARE_QUOTES_RE.findall(text)))
            for start, end in praise:
                cues.add("praise_irony", 1)
                findings.append(self._finding("tone.sarcasm", "praise", start, end,
                                              Severity.WARNING))
            target = self._target(part)
            if target is not None and any(cues[k] for k in ("insult", "contempt", "threat",
                                                            "absolute", "sarcasm", "anger")):
                cues.add("callout", 1)
                findings.append(self._callout(*target))
        return Scan(findings=tuple(findings), cues=dict(cues))

    def _accusations(self, part: Document, cues: Tally, findings: list[Finding]) -> None:
        """'They never...' is an accusation; 'we have never...' is not."""
        if self.absolutes.isdisjoint(document_norms(part)):
            return
        folded = part.folded
        for sentence in _SENTENCE_RE.finditer(folded):
            words = _WORD_RE.findall(sentence.group())
            absolute = next((w for w in words if w in self.absolutes), None)
            if absolute is None:
                continue
            if any(w in self.first_person for w in words):
                continue
            if not any(w in self.other_person for w in words):
                continue
            found = next(m for m in _WORD_RE.finditer(sentence.group()) if m.group() == absolute)
            start = sentence.start() + found.start()
            cues.add("absolute", 1)
            findings.append(self._finding("tone.absolutes", "absolute", start,
                                          start + len(absolute), Severity.WARNING))

    def _target(self, part: Document) -> tuple[int, int] | None:
        text = part.text
        for m in _NAME_RE.finditer(text):
            before = text[:m.start()].rstrip(" \t\u00a0\"“«'’")
            if not m.group().startswith("@") and (not before or before[-1] in _OPENERS):
                continue  # a capital that starts a sentence is no name
            name = fold(m.group()).lstrip("@")
            if name in self.own_names or name in self.first_person:
                continue
            return m.start(), m.end()
        return None

    def _shouting(self, start: int, end: int, shouted: str) -> Finding:
        return Finding(
            rule="tone.shouting", category=CATEGORY, severity=Severity.WARNING,
            start=start, end=end,
            message="Texte en capitales" if self.fr else "Shouting in capitals",
            explanation=("Les capitales se lisent comme des cris : elles font passer pour "
                         "de la colère ce qui devrait être une conviction." if self.fr else
                         "Capitals read as shouting: they turn conviction into anger."),
            suggestions=(shouted.lower(),),
        )

    def _stacked(self, start: int, end: int, marks: str) -> Finding:
        calm = "?" if "?" in marks else "!"
        return Finding(
            rule="tone.exclamations", category=CATEGORY, severity=Severity.WARNING,
            start=start, end=end,
            message=("Ponctuation empilée" if self.fr else "Stacked punctuation"),
            explanation=("« !!! » et « ?! » trahissent l'énervement ; un seul signe suffit."
                         if self.fr else
                         "\"!!!\" and \"?!\" signal agitation; one mark is enough."),
            suggestions=(calm,),
        )

    def _callout(self, start: int, end: int) -> Finding:
        return Finding(
            rule="tone.callout", category=CATEGORY, severity=Severity.WARNING,
            start=start, end=end,
            message=("Mise en cause publique et à chaud" if self.fr else
                     "Heated public call-out"),
            explanation=("Interpeller publiquement une personne ou une entreprise sous le "
                         "coup de l'émotion se retourne souvent contre vous ; réglez-le en "
                         "privé d'abord." if self.fr else
                         "Calling out a person or company in anger often backfires; take it "
                         "up privately first."),
        )

    def conclude(self, doc: Document, scans: Sequence[Scan]) -> Conclusion:
        """The impulsivity score and verdict for the whole post."""
        cues = Tally()
        findings: list[Finding] = []
        for scan in scans:
            cues.merge(scan.cues)
            findings.extend(scan.findings)
        score = self.score(cues)
        return Conclusion(findings=tuple(findings), score=score,
                          flag=score >= self.style.tone.threshold)

    def score(self, cues: Tally) -> int:
        """0-100 from the cue counts (each kind counted at most twice)."""
        total = 0.0
        hostile = any(cues[k] for k in HOSTILE_KINDS)
        for kind in HOSTILE_KINDS:
            info = self.kinds.get(kind)
            if info is not None:
                total += info.weight * min(cues[kind], 2)
        calm = 1.0 if hostile else CALM_FACTOR
        total += SHOUT_WEIGHT * min(cues["shouting"], 2) * calm
        total += STACK_WEIGHT * min(cues["stacked"], 2) * calm
        total += SCARE_WEIGHT * min(cues["scare_quotes"], 2)
        total += CALLOUT_WEIGHT * min(cues["callout"], 1)
        total += PRAISE_IRONY_WEIGHT * min(cues["praise_irony"], 1)
        return max(0, min(100, round(total)))
