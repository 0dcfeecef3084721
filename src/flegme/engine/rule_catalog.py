"""The rule ids the checkers emit, with what each flags: the list the comms lead picks from
when changing a severity (a category id such as "tone" covers all of its rules)."""

from __future__ import annotations

from types import MappingProxyType

KNOWN_RULES = MappingProxyType({
    "jargon": "All jargon and readability rules",
    "jargon.term": "Jargon or buzzword with a plain replacement (lexicon and house style)",
    "jargon.anglicism": "English term in a French post",
    "jargon.euphemism": "Management euphemism (rightsizing, plan de départs, ...)",
    "jargon.acronym": "Acronym the reader may not know",
    "jargon.long_sentence": "Sentence longer than the house limit",
    "jargon.readability": "Hard-to-read text (readability score)",
    "tone": "All tone rules (anger, impulsivity)",
    "tone.insult": "Insult or contemptuous word",
    "tone.heated": "Heated, angry wording",
    "tone.absolutes": "Absolutes such as never / always / everyone",
    "tone.sarcasm": "Sarcasm or irony in a tense post",
    "tone.callout": "Calling someone out in public",
    "tone.threat": "Threat or ultimatum",
    "tone.shouting": "Words in capitals (shouting)",
    "tone.exclamations": "Several exclamation marks",
    "promotion": "All sales-talk rules",
    "promotion.hype": "Hype words (revolutionary, unique, ...)",
    "promotion.urgency": "False urgency (last chance, hurry, ...)",
    "promotion.discount": "Prices, discounts and offers",
    "promotion.call_to_action": "Sales call to action (buy now, order, ...)",
    "promotion.self_focus": "Post mostly about ourselves",
    "promotion.hashtags": "Too many promotional hashtags",
    "promotion.emoji": "Too many promotional emoji",
    "disclosure": "All disclosure and crisis-risk rules",
    "disclosure.market": "Market-moving statement (funding, takeover, results, share price)",
    "disclosure.accusation": "Accusing a named person or company of a crime or a lie",
    "disclosure.tragedy": "Promotion next to a tragedy or a disaster",
    "values.unlinked": "Post says nothing of the mission or values",
    "length": "All platform-limit rules",
    "length.over_limit": "Over the platform's hard limit",
    "length.preferred": "Over the house's preferred length for the platform",
    "length.fold": "Where LinkedIn folds the post (\"…see more\")",
    "length.hashtags": "More hashtags than the house allows",
    "length.links": "More links than the house allows",
    "length.mentions": "More mentions than the platform allows",
    "grammar": "All grammar and spelling rules (LanguageTool)",
})
SEVERITY_CHOICES = ("error", "warning", "info", "off")


def describe(rule_id: str) -> str:
    """What a rule flags ("" for an id the catalog does not know, e.g. one grammar rule)."""
    return KNOWN_RULES.get(rule_id, "")
