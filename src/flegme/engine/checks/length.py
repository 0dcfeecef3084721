"""Length checker: each platform's count and hard limits (errors), the house style's
preferred lengths and hashtag/link caps (warnings), and LinkedIn's "see more" fold."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from types import MappingProxyType

from flegme.engine.messages import texts, wording
from flegme.engine.platform_count import (
    PlatformRules,
    count,
    entities,
    fold_offset,
    offset_at,
    platform_rules,
    spans_beyond,
)
from flegme.engine.report import Finding, PlatformCount, Severity
from flegme.engine.text import Document, Span
from flegme.errors import InputError
from flegme.style.model import HouseStyle

CATEGORY = "length"
# The rule ids this checker reports, with their kinds (texts: resources/messages).
RULES = {"length.over_limit": "count", "length.preferred": "count", "length.hashtags": "count",
         "length.links": "count", "length.mentions": "count", "length.fold": "count"}


def _no_limits() -> Mapping[str, bool]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class LengthResult:
    """Findings, per-platform counts, and which platforms the post is over."""

    findings: tuple[Finding, ...] = ()
    counts: tuple[PlatformCount, ...] = ()
    over_limit: Mapping[str, bool] = field(default_factory=_no_limits)


def rules_for(platform: str, style: HouseStyle) -> PlatformRules:
    """The platform's rules with the house style's overrides (e.g. a Mastodon server limit)."""
    try:
        base = platform_rules()[platform]
    except KeyError:
        known = ", ".join(platform_rules())
        raise InputError(f"unknown platform '{platform}' (known: {known})") from None
    prefs = style.platform(platform)
    if prefs.max_chars is None and prefs.fold_chars is None and prefs.fold_lines is None:
        return base
    return PlatformRules(
        name=base.name, label=base.label, max_chars=prefs.max_chars or base.max_chars,
        counting=base.counting, url_length=base.url_length, max_links=base.max_links,
        max_hashtags=base.max_hashtags, max_mentions=base.max_mentions,
        fold_chars=prefs.fold_chars or base.fold_chars,
        fold_lines=prefs.fold_lines or base.fold_lines,
    )


def count_for(text: str, platform: str, style: HouseStyle) -> PlatformCount:
    """The live counter for one platform ("247/280"), with the fold for LinkedIn."""
    rules = rules_for(platform, style)
    fold_at = None
    if rules.fold_chars is not None and rules.fold_lines is not None:
        fold_at = fold_offset(text, rules.fold_chars, rules.fold_lines)
    return PlatformCount(platform=platform, used=count(text, rules), limit=rules.max_chars,
                         preferred_max=style.platform(platform).preferred_max_chars,
                         fold_at=fold_at)


class LengthChecker:
    """Checks a whole document against the chosen platforms."""

    category = CATEGORY

    def __init__(self, style: HouseStyle) -> None:
        self.style = style

    def check(self, doc: Document, platforms: Sequence[str]) -> LengthResult:
        """Counts, findings and over-limit verdicts for each platform in `platforms`."""
        findings: list[Finding] = []
        counts: list[PlatformCount] = []
        over: dict[str, bool] = {}
        text = doc.text
        found = entities(text) if platforms else entities("")
        hashtags, links, mentions = found.hashtags, found.links, found.mentions
        for platform in dict.fromkeys(platforms):
            rules = rules_for(platform, self.style)
            counted = count_for(doc.text, platform, self.style)
            counts.append(counted)
            over[platform] = counted.used > counted.limit or _over_a_cap(
                rules, hashtags, links, mentions)
            findings.extend(self._limits(doc, rules, counted))
            findings.extend(self._caps(doc.language, rules, hashtags, links, mentions))
            if counted.fold_at is not None:
                findings.extend(_fold(doc, rules, counted.fold_at))
        return LengthResult(tuple(findings), tuple(counts), MappingProxyType(over))

    def _limits(self, doc: Document, rules: PlatformRules,
                counted: PlatformCount) -> list[Finding]:
        out: list[Finding] = []
        text = doc.text
        if counted.used > counted.limit:
            cut = offset_at(text, rules, counted.limit)
            message, explanation = texts(doc.language, "length.over_limit", used=counted.used,
                                         limit=counted.limit, platform=rules.label,
                                         extra=counted.used - counted.limit)
            out.append(Finding(rule="length.over_limit", category=CATEGORY,
                               severity=Severity.ERROR, start=cut, end=len(text),
                               message=message, explanation=explanation))
        elif counted.preferred_max is not None and counted.used > counted.preferred_max:
            cut = offset_at(text, rules, counted.preferred_max)
            message, explanation = texts(doc.language, "length.preferred", used=counted.used,
                                         platform=rules.label,
                                         preferred=counted.preferred_max)
            out.append(Finding(rule="length.preferred", category=CATEGORY,
                               severity=Severity.WARNING, start=cut, end=len(text),
                               message=message, explanation=explanation))
        return out

    def _caps(self, language: str, rules: PlatformRules, hashtags: Sequence[Span],
              links: Sequence[Span], mentions: Sequence[Span]) -> list[Finding]:
        prefs = self.style.platform(rules.name)
        out: list[Finding] = []
        checks = (
            ("length.hashtags", hashtags, rules.max_hashtags, prefs.max_hashtags),
            ("length.links", links, rules.max_links, prefs.max_links),
            ("length.mentions", mentions, rules.max_mentions, None),
        )
        for rule, spans, hard, preferred in checks:
            for cap, severity in ((hard, Severity.ERROR), (preferred, Severity.WARNING)):
                if cap is None:
                    continue
                beyond = spans_beyond(spans, cap)
                if beyond is None:
                    continue
                limit_word = wording(language, rule, "platform_limit"
                                     if severity is Severity.ERROR else "house_limit")
                message, explanation = texts(language, rule, count=len(spans),
                                             platform=rules.label, limit_word=limit_word,
                                             cap=cap)
                out.append(Finding(rule=rule, category=CATEGORY, severity=severity,
                                   start=beyond.start, end=beyond.end, message=message,
                                   explanation=explanation))
                break  # the hard cap, when broken, says it all
        return out


def _over_a_cap(rules: PlatformRules, hashtags: Sequence[Span], links: Sequence[Span],
                mentions: Sequence[Span]) -> bool:
    """True when the post breaks one of the platform's hard caps (hashtags, links, mentions):
    the platform refuses it as surely as an over-long one."""
    return any(cap is not None and len(spans) > cap
               for cap, spans in ((rules.max_hashtags, hashtags), (rules.max_links, links),
                                  (rules.max_mentions, mentions)))


def _fold(doc: Document, rules: PlatformRules, fold_at: int) -> list[Finding]:
    """A finding when the opening sentence (the hook) does not fit above the fold."""
    hook = doc.first_sentence()
    if hook is None or hook.end <= fold_at:
        return []
    message, explanation = texts(doc.language, "length.fold", platform=rules.label)
    return [Finding(rule="length.fold", category=CATEGORY, severity=Severity.INFO,
                    start=hook.start, end=hook.end, message=message, explanation=explanation)]
