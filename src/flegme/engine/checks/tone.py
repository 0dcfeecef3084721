"""Tone checker (impulsivity): shouting, stacked punctuation, insults and contempt, sweeping
accusations, sarcasm, heated call-outs and threats; a 0-100 score against the house threshold.

Rules: tone.shouting, tone.exclamations, tone.insult (insults and contempt), tone.absolutes,
tone.sarcasm, tone.callout, tone.threat, and tone.heated (anger, heated wording).
Strong positive emotion is not impulsive: shouting and "!!!" weigh little when the post holds
no hostile cue, while one unambiguous hostile cue (a threat, an insult) carries the score.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from typing import Any

from flegme.engine.agreement import agree
from flegme.engine.checks.base import Conclusion, Scan, Tally
from flegme.engine.checks.cue_patterns import CueFinder, cue_words, valence_stems
from flegme.engine.checks.lexical import LexiconIndex, entries, kinds, word_sets
from flegme.engine.checks.tone_cues import (
    absolute_accusations,
    addressed_targets,
    exasperations,
    first_target_word,
    inside,
    named_targets,
    quotations,
    shouted_runs,
)
from flegme.engine.lexicon import LexiconEntry
from flegme.engine.matcher import PhraseMatcher, document_norms, document_stems
from flegme.engine.messages import texts
from flegme.engine.report import Finding, Severity
from flegme.engine.text import Document, fold
from flegme.engine.verdict_model import load_models
from flegme.pattern_cache import compile_re
from flegme.style.model import HouseStyle

CATEGORY = "tone"
# The rule ids this checker reports, with their kinds (texts: resources/messages).
RULES = {"tone.shouting": "pattern", "tone.exclamations": "pattern", "tone.insult": "lexicon",
         "tone.absolutes": "pattern", "tone.sarcasm": "pattern", "tone.callout": "pattern",
         "tone.threat": "pattern", "tone.heated": "lexicon"}
# Lexicon kinds -> rule ids. Contempt is reported as an insult; anger as heated wording.
_RULE_OF_KIND = {
    "anger": "tone.heated", "insult": "tone.insult", "contempt": "tone.insult",
    "absolute": "tone.absolutes", "sarcasm": "tone.sarcasm", "threat": "tone.threat",
    "hostile": "tone.heated", "praise": "tone.sarcasm", "hint": "tone.sarcasm",
    "exasperation": "tone.sarcasm", "profanity": "tone.insult",
}
_SEVERITY = {"insult": Severity.ERROR, "threat": Severity.ERROR, "profanity": Severity.ERROR}
HOSTILE_KINDS = ("anger", "insult", "contempt", "absolute", "sarcasm", "threat", "hostile",
                 "exasperation", "profanity", "mockery", "irony", "jab_question",
                 "generalisation", "angry_emoji", "accusation")
_HOSTILE = frozenset(HOSTILE_KINDS)  # cues only hold kinds that were seen (Tally.add)
# What makes a post tense enough that its praise, scare quotes and capitals read as hostile:
# a sweeping word alone ("never seen before", « jamais ») does not, it is as often a boast.
_TENSE = _HOSTILE - {"absolute", "generalisation"}
# Findings that only count when the post holds a hostile cue somewhere: praise that may be
# ironic, scare quotes, the names a heated post calls out. `scan` marks them with this prefix
# and `conclude`, which sees the whole post, keeps or drops them.
_PENDING = "?"
_PENDING_KINDS = frozenset({"praise", "hint"})

_STACKED_RE = compile_re(r"[!?]{2,}")
_STACKED = ("!!", "?!", "!?", "???")
_SCARE_QUOTES_RE = compile_re(r"[\"“«]\s?\w+(?:[ '’-]\w+){0,2}\s?[\"”»]")

SHORT = 45  # words: a post this short reads as a quick reaction
DENSITY_FLOOR = 30  # words: negative_density divides by at least this many
NEAR_CHARS = 160  # a name this close to a hostile cue is the one called out
_NEAR_RULES = frozenset({"tone.insult", "tone.heated", "tone.absolutes", "tone.sarcasm",
                         "tone.threat"})


class ToneChecker:
    """Finds impulsive writing in one language, scored against `style.tone.threshold`."""

    category = CATEGORY

    def __init__(self, style: HouseStyle, language: str) -> None:
        self.style = style
        self.language = language
        self.kinds = kinds(language, "tone")
        self.index = LexiconIndex(entries(language, "tone"), language, masked=True)
        words = word_sets(language, "tone")
        self.absolutes = words.get("absolutes", frozenset())
        self.first_person = words.get("first_person", frozenset())
        self.other_person = words.get("other_person", frozenset())
        self.accusing = words.get("accusing_verbs", frozenset())
        self.shout_words = words.get("shout_words", frozenset())
        self.own_subjects = words.get("subject_absolutes", frozenset())
        self.failures = words.get("failures", frozenset())
        self.targets = words.get("targets", frozenset())
        listed = word_sets(language, "acronyms")
        allowed = {fold(a) for a in style.jargon.allow}
        self.acronyms = frozenset(
            allowed | listed.get("known", frozenset()) | listed.get("jargon", frozenset())
        )
        names = [style.organisation.name, *style.organisation.handles]
        own = {fold(n).lstrip("@") for n in names if n}
        self.not_names = frozenset(own | allowed | words.get("not_names", frozenset())
                                   | self.first_person)
        self.patterns = CueFinder(language, CATEGORY)
        cue_sets = cue_words(language)
        self.second_person = cue_sets.get("second_person", frozenset())
        self.courtesy = cue_sets.get("courtesy", frozenset())
        self.model = load_models()["impulsive"]
        self.negative = valence_stems(language)

    def _finding(self, rule: str, kind: str, start: int, end: int, severity: Severity,
                 suggestions: tuple[str, ...] = (), explanation: str = "") -> Finding:
        info = self.kinds.get(kind)
        message, default = texts(self.language, rule.rsplit("|", 1)[-1])
        return Finding(rule=rule, category=CATEGORY, severity=severity, start=start, end=end,
                       message=info.message if info and info.message else message,
                       explanation=explanation or (info.explanation if info else "") or default,
                       suggestions=suggestions)

    def matchers(self) -> Sequence[PhraseMatcher[Any]]:
        """The phrase matchers its scans use (grouped by the engine: one pass each)."""
        return self.index.matchers

    def scan(self, part: Document) -> Scan:
        """Cues and findings of one paragraph."""
        text = part.text
        cues = Tally()
        findings: list[Finding] = []
        norms = document_norms(part)
        quoted = quotations(text)  # reported words are not the writer's tone
        for match in self.index.find(part):
            if quoted and inside(quoted, match.start, match.end):
                continue
            entry = match.payload
            kind = entry.kind
            if kind == "positive":
                cues.add("positive", 1)
                continue
            if kind == "praise" and self._praise_for_failure(part, norms, match.first_word
                                                              + match.word_count):
                kind = "sarcasm"  # "bravo to X for losing three parcels": plain sarcasm
            elif kind in _PENDING_KINDS:  # praise, "apparently": irony only in a tense post
                findings.append(self._finding(f"{_PENDING}{kind}|tone.sarcasm", kind,
                                              match.start, match.end, Severity.WARNING))
                continue
            cues.add(kind, entry.weight)
            findings.append(self._finding(_RULE_OF_KIND.get(kind, "tone.heated"), kind,
                                          match.start, match.end,
                                          _SEVERITY.get(kind, Severity.WARNING),
                                          suggestions=self._fix(entry, part.text[
                                              match.start:match.end])
                                          if kind in ("insult", "contempt") else (),
                                          explanation=entry.explanation))
        for hit in self.patterns.find(part):
            if quoted and inside(quoted, hit.start, hit.end):
                continue
            if any(f.start < hit.end and hit.start < f.end for f in findings):
                continue  # a lexicon word already said it ("idiots"): one cue, one finding
            cues.add(hit.name, 1)
            if hit.rule:  # a context cue (an apology) has no rule: a feature, not a finding
                findings.append(self._finding(hit.rule, hit.name, hit.start, hit.end,
                                              _SEVERITY.get(hit.name, Severity.WARNING)))
        if self.negative:
            stems = document_stems(part)
            if quoted:
                stems = tuple(stem for stem, w in zip(stems, part.words, strict=True)
                              if not inside(quoted, w.start, w.end))
            negative = self.negative.intersection(stems)
            if negative:
                cues.add("negative", len(negative))
        cues["words"] = len(norms)
        if not self.second_person.isdisjoint(norms) or "@" in text:
            addressed = _addressed(norms, self.second_person, self.courtesy) + text.count("@")
            if addressed:
                cues.add("second_person", addressed)
        if not self.absolutes.isdisjoint(norms):
            for span in absolute_accusations(part, norms, self.absolutes, self.first_person,
                                             self.other_person, self.accusing,
                                             self.own_subjects):
                cues.add("absolute", 1)
                findings.append(self._finding("tone.absolutes", "absolute", *span,
                                              Severity.WARNING))
        for span in exasperations(part.folded, norms):
            cues.add("exasperation", 1)
            findings.append(self._finding("tone.sarcasm", "exasperation", *span,
                                          Severity.WARNING))
        for span in shouted_runs(text, self.acronyms, self.shout_words):
            cues.add("shouting", 1)
            findings.append(self._shouting(*span, text[span.start:span.end]))
        if any(marks in text for marks in _STACKED):
            for m in _STACKED_RE.finditer(text):
                if any(marks in m.group() for marks in _STACKED):
                    cues.add("stacked", 1)
                    findings.append(self._stacked(m.start(), m.end(), m.group()))
        if any(q in text for q in "\"“«"):
            for m in _SCARE_QUOTES_RE.finditer(text):
                start = m.start()
                if not _quotes_lower_case(m.group()):
                    continue  # « Escale d'automne », "Bike to Work": a title, not a sneer
                if start > 1 and text[start - 1] in " \u00a0" and text[start - 2].isalnum():
                    findings.append(self._finding(_PENDING + "scare_quotes|tone.sarcasm",
                                                  "scare_quotes", start, m.end(),
                                                  Severity.WARNING))
        if findings or not _HOSTILE.isdisjoint(cues):
            # names only matter near a hostile cue: calm paragraphs skip the search
            targets = [*named_targets(text, self.not_names),
                       *addressed_targets(part.folded)]
            group = first_target_word(part, norms, self.targets)
            if group is not None:
                targets.append(group)
            for span in targets:
                findings.append(self._callout(*span))
        return Scan(findings=tuple(findings), cues=dict(cues))

    def _fix(self, entry: LexiconEntry, written: str) -> tuple[str, ...]:
        """The entry's replacement, agreeing with the form written; none if it cannot."""
        fixed = agree(written, entry.term, entry.replacement, self.language)
        return (fixed,) if fixed else ()

    def _praise_for_failure(self, part: Document, norms: Sequence[str], after: int) -> bool:
        """True when a failure word follows praise in the same sentence."""
        words, text = part.words, part.text
        for i in range(after, min(after + 12, len(norms))):
            if any(c in ".!?\n" for c in text[words[i - 1].end:words[i].start]):
                return False
            if norms[i] in self.failures:
                return True
        return False

    def _shouting(self, start: int, end: int, shouted: str) -> Finding:
        message, explanation = texts(self.language, "tone.shouting")
        return Finding(rule="tone.shouting", category=CATEGORY, severity=Severity.WARNING,
                       start=start, end=end, message=message, explanation=explanation,
                       suggestions=(shouted.lower(),))

    def _stacked(self, start: int, end: int, marks: str) -> Finding:
        message, explanation = texts(self.language, "tone.exclamations")
        return Finding(rule="tone.exclamations", category=CATEGORY, severity=Severity.WARNING,
                       start=start, end=end, message=message, explanation=explanation,
                       suggestions=("?" if "?" in marks else "!",))

    def _callout(self, start: int, end: int) -> Finding:
        message, explanation = texts(self.language, "tone.callout")
        return Finding(rule=_PENDING + "callout|tone.callout", category=CATEGORY,
                       severity=Severity.WARNING, start=start, end=end, message=message,
                       explanation=explanation)

    def conclude(self, doc: Document, scans: Sequence[Scan]) -> Conclusion:
        """The impulsivity score and verdict for the whole post."""
        cues = Tally()
        findings: list[Finding] = []
        pending: list[Finding] = []
        for scan in scans:
            cues.merge(scan.cues)
            for f in scan.findings:
                (pending if f.rule.startswith(_PENDING) else findings).append(f)
        if pending and _mock_praise(pending):
            cues.add("irony", 1)
        if not _TENSE.isdisjoint(cues):
            hostile = sorted(f.start for f in findings if f.rule in _NEAR_RULES)
            names: set[str] = set()
            for f in pending:
                cue, rule = f.rule[len(_PENDING):].split("|")
                if cue == "callout":
                    name = fold(doc.text[f.start:f.end])
                    near = _near(hostile, f.start)
                    if not near or name in names or len(names) >= 3:
                        continue
                    names.add(name)
                cues.add(cue, 1)
                findings.append(Finding(rule, f.category, f.severity, f.start, f.end, f.message,
                                        f.explanation, f.suggestions))
            findings.sort(key=lambda f: (f.start, f.end))
        if cues["words"] <= SHORT and named_targets(doc.text, self.not_names, limit=1):
            cues.add("short_named", 1)  # a short text: one more search costs little
        features = self.features(cues)
        probability = self.model.probability(features)
        return Conclusion(findings=tuple(findings), score=round(100 * probability),
                          flag=self.model.flag(probability, self.style.tone.threshold),
                          features=features)

    @staticmethod
    def features(cues: Tally) -> dict[str, float]:
        """The impulsivity model's features from the post's cue counts (each capped)."""
        hostile = not _TENSE.isdisjoint(cues)
        insult = (cues["insult"] + cues["contempt"] + cues["mockery"] + cues["profanity"]
                  + cues["accusation"])
        anger = cues["anger"] + cues["hostile"] + cues["angry_emoji"]
        irony = (cues["sarcasm"] + cues["exasperation"] + cues["praise"] + cues["hint"]
                 + cues["scare_quotes"] + cues["irony"] + cues["jab_question"])
        sweeping = cues["absolute"] + cues["generalisation"]
        density = min(100.0 * cues["negative"] / max(cues["words"], DENSITY_FLOOR), 10.0)
        return {
            "insult": min(insult, 3.0), "anger": min(anger, 3.0),
            "threat": min(cues["threat"], 2.0), "irony": min(irony, 3.0),
            "sweeping": min(sweeping, 2.0),
            "shouting_hostile": min(cues["shouting"], 2.0) if hostile else 0.0,
            "shouting_calm": 0.0 if hostile else min(cues["shouting"], 2.0),
            "stacked_hostile": min(cues["stacked"], 2.0) if hostile else 0.0,
            "stacked_calm": 0.0 if hostile else min(cues["stacked"], 2.0),
            # a call-out (a name near a hostile cue) only says the hostility has a target:
            # `targeted` holds it (a count of call-outs of its own weighed nothing, 0.08)
            "targeted": 1.0 if hostile and (cues["second_person"] or cues["callout"]) else 0.0,
            # negative words per 100 words: a count grows with length, so long explanations
            # (an incident report, a founder's story) read as angrier than a two-line jab;
            # below DENSITY_FLOOR words the floor keeps one word in five from counting as 20
            "negative_density": density,
            "negative_targeted": min(cues["negative"], 3.0) if cues["second_person"] else 0.0,
            # a short post (a tweet, a reply) aimed at someone is more often a jab than the
            # same "you" in an essay (a short post's negative words: negative_density)
            "short_targeted": 1.0 if cues["words"] <= SHORT and cues["second_person"] else 0.0,
            # a short post that names someone (@handle, person, company): a jab or a thank-you
            # (the fit weighs it against short_targeted, which counts @handles as "you")
            "short_named": min(cues["short_named"], 1.0),
            # an apology or an incident update uses negative words without being a jab: the
            # negative words of a post that apologises (an apology alone weighed nothing)
            "apology_negative": density if cues["apology"] else 0.0,
        }


def _addressed(norms: Sequence[str], second_person: frozenset[str],
               courtesy: frozenset[str]) -> int:
    """Second-person words that address someone: "you" next to a courtesy word ("thank you",
    "see you", « nous vous remercions ») is a formula, not a reader taken to task."""
    last = len(norms) - 1
    return sum(1 for i, norm in enumerate(norms) if norm in second_person
               and not (i > 0 and norms[i - 1] in courtesy)
               and not (i < last and norms[i + 1] in courtesy))


def _quotes_lower_case(quoted: str) -> bool:
    """Whether a quotation starts with a lower-case word: a scare quote ("a 'renovation'");
    a quoted name in capitals ("Bike to Work" day) is a title."""
    return quoted[1:].lstrip(" \u00a0\"“«")[:1].islower()


def _mock_praise(pending: Sequence[Finding]) -> bool:
    """Praise in a post that puts a word in scare quotes ("thanks to them for their 'local'
    campaign"): mock praise."""
    if not any(f.rule.startswith(_PENDING + "praise|") for f in pending):
        return False
    return any(f.rule.startswith(_PENDING + "scare_quotes|") for f in pending)


def _near(sorted_starts: list[int], position: int) -> bool:
    """Whether a hostile cue starts within NEAR_CHARS of `position` (a binary search: a post
    with thousands of call-outs and cues stays linear)."""
    i = bisect_left(sorted_starts, position - NEAR_CHARS)
    return i < len(sorted_starts) and sorted_starts[i] <= position + NEAR_CHARS
