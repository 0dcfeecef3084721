"""Promotion checker ("lead, don't sell"): calls to buy, discounts and prices, urgency, hype,
self-focus, hashtag and emoji stuffing; a 0-100 score against the house threshold."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from flegme.engine.checks.base import Conclusion, Scan, Tally
from flegme.engine.checks.cue_patterns import CueFinder, holds_any
from flegme.engine.checks.lexical import LexiconIndex, entries, kinds, word_sets
from flegme.engine.lexicon import LexiconEntry
from flegme.engine.matcher import PhraseMatcher, document_norms
from flegme.engine.messages import texts
from flegme.engine.report import Finding, Severity
from flegme.engine.text import Document, fold
from flegme.engine.verdict_model import load_models
from flegme.pattern_cache import compile_re, compile_regex
from flegme.style.model import HouseStyle

CATEGORY = "promotion"
# The rule ids this checker reports, with their kinds (texts: resources/messages).
RULES = {"promotion.call_to_action": "lexicon", "promotion.discount": "lexicon",
         "promotion.urgency": "lexicon", "promotion.hype": "lexicon",
         "promotion.hashtags": "count", "promotion.emoji": "count",
         "promotion.self_focus": "count"}
# Lexicon kinds -> rule ids: offers and deals are discounts; the house's extra sales terms
# ("pre-order", "waitlist") are calls to act.
_RULE_OF_KIND = {"cta": "promotion.call_to_action", "discount": "promotion.discount",
                 "urgency": "promotion.urgency", "hype": "promotion.hype",
                 "offer": "promotion.discount", "extra": "promotion.call_to_action"}
_KINDS = ("cta", "discount", "urgency", "hype", "offer")

_PERCENT_RE = compile_regex(
    r"(?i)(?:-\s?\d{1,2}(?:[.,]\d)?\s?%|\b\d{1,2}\s?%\s?(?:off|de (?:remise|réduction|rabais))"
    # "up to 30%" is a discount after a saving word or before "on"/"sur" ("up to 30% on all
    # rooms"); alone it is a metric ("retention up to 31%")
    r"|(?:save|saving|savings|économisez|economisez|remises?|réductions?|rabais|soldes)\s"
    r"(?:of\s|de\s)?(?:up to|jusqu'à|jusqu’à)\s?-?\d{1,2}\s?%"
    r"|(?:up to|jusqu'à|jusqu’à)\s?(?:-\s?\d{1,2}\s?%|\d{1,2}\s?%\s(?:on|sur)\s)"
    r"|(?:[$£€]\s?\d+|\b\d+\s?(?:€|euros?|\$|£))\s?(?:off|de (?:remise|réduction)))"
)
_MONTHS = ("january|february|march|april|may|june|july|august|september|october|november"
           "|december|janvier|fevrier|février|mars|avril|mai|juin|juillet|aout|août|septembre"
           "|octobre|novembre|decembre|décembre")
# A sales deadline: "before Friday", "avant le 30 juin", "until midnight".
_DEADLINE_RE = compile_regex(
    r"(?i)\b(?:before|until|avant|jusqu'au|jusqu’au|jusqu'à|jusqu’à)\s+(?:le\s+|this\s+|ce\s+)?"
    # a date ("le 30 juin"), not an hour ("avant 6 h")
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?\s+(?:" + _MONTHS + r")|monday|tuesday|wednesday|thursday"
    r"|friday|saturday"
    r"|sunday|midnight|tonight|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|minuit"
    r"|ce soir|(?:january|february|march|april|may|june|july|august|september|october"
    r"|november|december)\s+\d{1,2})\b"
    # an offer that ends: "until the end of the month", "jusqu'à la fin de l'année",
    # "this weekend only"
    r"|\b(?:until|till|jusqu'à|jusqu’à) (?:the |la )?(?:end|fin) "
    r"(?:of (?:the )?|du |de la |de l'|de l’)"
    r"(?:month|year|week|summer|mois|année|annee|semaine|été|ete)\b"
    r"|\b(?:this|ce) (?:week-?end|week|month|mois) (?:only|seulement|uniquement)\b"
    # a limited sales window: "from October 1 to 15", "du 1er au 15 octobre"
    r"|\bfrom\s+(?:(?:" + _MONTHS + r")\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+"
    r"(?:" + _MONTHS + r"))\s+(?:to|until)\s+\d{1,2}\b"
    r"|\bdu\s+\d{1,2}(?:er)?\s+(?:(?:" + _MONTHS + r")\s+)?au\s+\d{1,2}(?:er)?\s+(?:"
    + _MONTHS + r")\b"
)
_PRICE_RE = compile_regex(
    r"(?i)(?:[$£€]\s?\d[\d\s.,]*\d?|\b\d[\d\u00a0\u202f .,]*\s?(?:€|euros?|eur\b|\$|£|usd\b)"
    r"(?:\s?(?:ht|ttc|/\s?mois|/\s?month|par mois|a month|per month))?)"
)
# Cheap stdlib tests decide which of the patterns above are worth running on a paragraph.
_DIGIT_RE = compile_re(r"\d")
# Scarcity as a sentence of its own: "Only 50 loaves.", "Plus que 10 places !"
_SCARCITY_RE = compile_re(r"(?i)(?:^|(?<=[.!?\n] ))(?:only|just|seulement|plus que) \d+ \w+"
                          r"(?: \w+)?(?: left| remaining| restants?)? ?[.!]")
# "n°1", "No. 1", "#1": a rank claim the word matcher cannot see ("°" splits words).
_RANK_RE = compile_re(r"(?i)\bn\s?[°º]\s?1\b|\bno\.\s?1\b|(?<![\w#])#1\b")
_OFF_HINTS = ("%", "off", "remise", "reduction", "rabais")
_CURRENCY_HINTS = ("$", "£", "€", "eur", "usd")
_DEADLINE_HINTS = ("before", "until", "till", "avant", "jusqu", "from", "du ", "only", "seulement",
                   "uniquement")
# weekdays, midnight, tonight, ce soir; the end of a period, this week(end) or month
_DAY_HINTS = ("day", "night", "di", "minuit", "soir", "end", "fin", "week", "mois", "month")
_SCARCITY_HINTS = ("only", "just", "seul", "plus que")


# Emoji are all at or above U+00A9; most paragraphs hold none (text.py's pattern is slower).
_EMOJI_HINT_RE = compile_re("[\u00a9\u00ae\u203c-\U0010ffff]")
_CODE_RE = compile_regex(r"\b(?i:code)\s*:?\s*[A-Z][A-Z0-9]{3,}\b")
_EMOJI_CLUSTER = 3
HASHTAG_STUFFING = 5  # more than this many hashtags is stuffing
EMOJI_STUFFING = 4  # this many emoji or more is stuffing



class PromotionChecker:
    """Finds sales talk in one language, scored against `style.promotion.threshold`."""

    category = CATEGORY

    def __init__(self, style: HouseStyle, language: str) -> None:
        self.style = style
        self.language = language
        self.kinds = kinds(language, "promotion")
        extra = [LexiconEntry(term=t, kind="extra", stem=True)
                 for t in style.promotion.extra_terms.get(language, ())]
        self.index = LexiconIndex([*entries(language, "promotion"), *extra], language)
        words = word_sets(language, "promotion")
        names = [style.organisation.name, *style.organisation.handles]
        self.self_words = words.get("self", frozenset())
        self.other_words = words.get("others", frozenset())
        self.own_names = tuple(fold(n) for n in names if n)
        self.patterns = CueFinder(language, CATEGORY)
        self.model = load_models()["promotional"]

    def _lexicon_finding(self, kind: str, start: int, end: int, explanation: str) -> Finding:
        info = self.kinds.get(kind)
        rule = _RULE_OF_KIND.get(kind, "promotion.discount")
        if kind == "extra":
            info = self.kinds.get("cta")
        message, default = texts(self.language, rule)
        return Finding(rule=rule, category=CATEGORY, severity=Severity.WARNING,
                       start=start, end=end, message=info.message if info else message,
                       explanation=explanation or (info.explanation if info else default))

    def matchers(self) -> Sequence[PhraseMatcher[Any]]:
        """The phrase matchers its scans use (grouped by the engine: one pass each)."""
        return self.index.matchers

    def scan(self, part: Document) -> Scan:
        """Cues and findings of one paragraph."""
        text = part.text
        cues = Tally()
        findings: list[Finding] = []
        quoted = _quoted_spans(text) if holds_any(text, _QUOTES) else []
        for match in self.index.find(part):
            entry = match.payload
            if entry.kind in _CALL_KINDS and _not_a_call(entry.term, text, match.start,
                                                          match.end, quoted):
                continue
            cues.add(entry.kind, entry.weight)
            findings.append(self._lexicon_finding(entry.kind, match.start, match.end,
                                                  entry.explanation))
        folded = part.folded
        has_digit = _DIGIT_RE.search(text) is not None
        # a lexicon term already said it ("this weekend only"): one cue, not two
        taken: list[tuple[int, int]] = [(f.start, f.end) for f in findings]
        prices: list[Finding] = []
        for pattern, cue, kind, worth in (
            (_PERCENT_RE, "percent", "discount",
             has_digit and holds_any(folded, _OFF_HINTS)),
            (_PRICE_RE, "price", "discount",
             has_digit and holds_any(folded, _CURRENCY_HINTS)),
            (_CODE_RE, "code", "discount", "code" in folded),
            (_RANK_RE, "hype", "hype", has_digit and "1" in text),
            (_SCARCITY_RE, "urgency", "urgency",
             has_digit and holds_any(folded, _SCARCITY_HINTS)),
            (_DEADLINE_RE, "deadline", "urgency",
             holds_any(folded, _DEADLINE_HINTS)
             and (has_digit or holds_any(folded, _DAY_HINTS))),
        ):
            if not worth:
                continue  # cheap tests first: these patterns cost more than the rest
            for m in pattern.finditer(text):
                if any(start < m.end() and m.start() < end for start, end in taken):
                    continue  # "€150 off" is one discount, not a price and a discount
                taken.append((m.start(), m.end()))
                cues.add(cue, 1)
                finding = self._lexicon_finding(kind, m.start(), m.end(), "")
                findings.append(finding)
                if cue == "price":
                    prices.append(finding)
        cues["hashtags"] = len(part.hashtags()) if "#" in text else 0
        cues["words"] = len(part.words)
        emoji = part.emoji() if _EMOJI_HINT_RE.search(text) else []
        cues["emoji"] = len(emoji)
        cues["emoji_clusters"] = _clusters(text, emoji)
        norms = document_norms(part)
        hits = self.patterns.find(part)
        amounts = [(h.start, h.end) for h in hits if h.name == "not_offer"]
        if amounts and prices:  # "we lost €4 million": an amount, not a price
            dropped = [f for f in prices if _overlaps(f.start, f.end, amounts)]
            cues["price"] -= len(dropped)
            findings = [f for f in findings if f not in dropped]
        taken.extend((f.start, f.end) for f in findings)
        for hit in hits:
            if hit.name == "deal_price" and prices:  # "just $30": the price is a deal
                framed = [f for f in prices if _overlaps(f.start, f.end, [(hit.start, hit.end)])]
                if framed:
                    cues["price"] -= len(framed)
                    findings = [f for f in findings if f not in framed]
                    taken = [span for span in taken
                             if not any(span == (f.start, f.end) for f in framed)]
            if hit.rule and _overlaps(hit.start, hit.end, taken):
                continue  # a lexicon term or a pattern above already said it
            if hit.rule == "promotion.call_to_action" and _overlaps(hit.start, hit.end,
                                                                        quoted):
                continue  # a call someone else made, quoted: not the author's
            cues.add(hit.name, 1)
            if hit.rule:
                kind = "discount" if hit.rule == "promotion.discount" else "cta"
                findings.append(self._lexicon_finding(kind, hit.start, hit.end, ""))
                taken.append((hit.start, hit.end))
        cues["self"] = sum(map(self.self_words.__contains__, norms))
        cues.add("self", sum(folded.count(n) for n in self.own_names))
        cues["others"] = sum(map(self.other_words.__contains__, norms))
        return Scan(findings=tuple(findings), cues=dict(cues))

    def conclude(self, doc: Document, scans: Sequence[Scan]) -> Conclusion:
        """Promotion score and verdict; stuffing and self-focus are judged on the whole post."""
        cues = Tally()
        findings: list[Finding] = []
        for scan in scans:
            cues.merge(scan.cues)
            findings.extend(scan.findings)
        findings.extend(self._stuffing(doc, cues))
        features = self.features(cues)
        probability = self.model.probability(features)
        return Conclusion(findings=tuple(findings), score=round(100 * probability),
                          flag=self.model.flag(probability, self.style.promotion.threshold),
                          features=features)

    def features(self, cues: Tally) -> dict[str, float]:
        """The promotion model's features from the post's cue counts: each says whether a
        kind of cue is there (0-1), not how often. Counts let one long, wordy post of a
        kind outweigh the kinds a short real post shows once (the fit on real posts and on
        unseen organisations is better binary: see EVALUATION.md). A bare amount ("€40 a
        month", "$2 billion") is no feature: it is an offer only when framed as a deal."""
        deal = (cues["discount"] + cues["offer"] + cues["percent"] + cues["code"]
                + cues["deal_price"])
        # urgency words in an apology or an incident update ("we are working urgently to
        # restore service") are not a sales deadline
        urgency = 0.0 if cues["apology"] else cues["urgency"] + cues["deadline"]
        call = cues["cta"] + cues["call"] + cues["shop_link"]
        if cues["hiring"] and not (deal or cues["launch"]):
            # a job post: "apply on our site before June 30" recruits, it does not sell
            call = urgency = 0.0
        selling = sum(1 for amount in (call, deal, urgency) if amount)
        return {
            "call": min(call, 1.0), "deal": min(deal, 1.0), "urgency": min(urgency, 1.0),
            "hype": min(cues["hype"], 1.0), "launch": min(cues["launch"], 1.0),
            "combo": 1.0 if selling >= 2 else 0.0,
            "hashtags": 1.0 if self._stuffed(cues) else 0.0,
            "emoji": 1.0 if cues["emoji"] >= EMOJI_STUFFING or cues["emoji_clusters"] else 0.0,
            "self_focus": 1.0 if self._self_focused(cues) else 0.0,
            "apology": min(cues["apology"], 1.0),
            # a job post: "apply on our site", "join the team" recruit, they do not sell
            "hiring": min(cues["hiring"], 1.0),
            # the house's own sales terms (its product names, "referral"): a post may name
            # them plainly, so they weigh apart from general calls to act
            "house": min(cues["extra"], 1.0),
        }

    @staticmethod
    def _stuffed(cues: Tally) -> bool:
        """Too many hashtags, or hashtags making up a third of the words."""
        tags = cues["hashtags"]
        return tags > HASHTAG_STUFFING or (tags >= 3 and tags * 3 >= cues["words"])

    @staticmethod
    def _self_focused(cues: Tally) -> bool:
        return cues["self"] >= 6 and cues["self"] >= 3 * (cues["others"] + 1)

    def _stuffing(self, doc: Document, cues: Tally) -> list[Finding]:
        out: list[Finding] = []
        if self._stuffed(cues):
            tags = doc.hashtags()
            if tags:
                start = tags[HASHTAG_STUFFING].start if len(tags) > HASHTAG_STUFFING \
                    else tags[0].start
                out.append(self._counted("promotion.hashtags", Severity.WARNING, start,
                                         tags[-1].end, len(tags)))
        if cues["emoji"] >= EMOJI_STUFFING or cues["emoji_clusters"]:
            emoji = doc.emoji()
            if emoji:
                out.append(self._counted("promotion.emoji", Severity.INFO, emoji[0].start,
                                         emoji[-1].end, len(emoji)))
        if self._self_focused(cues) and doc.words:
            out.append(self._counted("promotion.self_focus", Severity.INFO, 0,
                                     doc.words[0].end, 0))
        return out

    def _counted(self, rule: str, severity: Severity, start: int, end: int,
                 count: int) -> Finding:
        message, explanation = texts(self.language, rule, count=count)
        return Finding(rule=rule, category=CATEGORY, severity=severity, start=start, end=end,
                       message=message, explanation=explanation)


_CALL_KINDS = frozenset({"cta", "extra"})
_QUOTES = ('"', "«", "“")
# A quotation on one paragraph: "…", « … », “…” (the words someone else said or wrote).
_QUOTED_RE = compile_re(r'"[^"\n]{1,300}"|«[^»\n]{1,300}»|“[^”\n]{1,300}”')


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    """The spans of `text` inside quotation marks."""
    return [m.span() for m in _QUOTED_RE.finditer(text)]


def _not_a_call(term: str, text: str, start: int, end: int,
                quoted: Sequence[tuple[int, int]]) -> bool:
    """A call-to-act term that does not call: written as a hyphenated noun where the term is
    a phrasal verb ("the sign-up step" for "sign up"), or inside a quotation."""
    written = text[start:end]
    if " " in term and "-" in written and "-" not in term:
        return True
    return _overlaps(start, end, quoted)


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps one of `spans`."""
    return any(s < end and start < e for s, e in spans)


def _clusters(text: str, emoji: Sequence[tuple[int, int]]) -> int:
    """How many runs of `_EMOJI_CLUSTER` or more emoji stand side by side."""
    runs, length, last_end = 0, 0, -10
    for start, end in emoji:
        length = length + 1 if not text[last_end:start].strip() else 1
        if length == _EMOJI_CLUSTER:
            runs += 1
        last_end = end
    return runs
