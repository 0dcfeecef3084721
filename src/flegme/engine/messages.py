"""Rule ids, their kinds, messages and explanations: `resources/messages/<lang>.toml`.

The English file declares the rule ids (every checker's RULES must be there, and a house style
may only name these, or a LanguageTool rule under "grammar."); both files give each id its
message and explanation, with {placeholders} the checker fills in.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from types import MappingProxyType

from flegme.errors import FlegmeError
from flegme.resources import resource_path
from flegme.toml_cache import parse_toml

KINDS = ("lexicon", "pattern", "count", "model", "external")


def _empty() -> Mapping[str, str]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class RuleText:
    """A rule's kind, message and explanation templates, and any extra wording it uses."""

    kind: str
    message: str
    explanation: str
    extra: Mapping[str, str] = field(default_factory=_empty)


@cache
def rule_texts(language: str) -> Mapping[str, RuleText]:
    """Every rule's texts in `language` ("fr" or "en")."""
    path = resource_path("messages", f"{language if language == 'fr' else 'en'}.toml")
    try:
        data = parse_toml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # (bad UTF-8 and TOML errors are ValueErrors)
        raise FlegmeError(f"Messages {path} cannot be read: {exc}") from exc
    out: dict[str, RuleText] = {}
    for rule, raw in data.get("rules", {}).items():
        kind = str(raw.get("kind", ""))
        if kind not in KINDS:
            raise FlegmeError(f"Messages {path}: rule {rule} has no known kind ({kind!r})")
        extra = {k: str(v) for k, v in raw.items() if k not in ("kind", "message", "explanation")}
        out[rule] = RuleText(kind, str(raw.get("message", "")), str(raw.get("explanation", "")),
                             MappingProxyType(extra))
    return MappingProxyType(out)


def texts(language: str, rule: str, **values: object) -> tuple[str, str]:
    """(message, explanation) of `rule` in `language`, placeholders filled from `values`."""
    if not values:
        return _plain(language, rule)
    found = rule_texts(language)[rule]
    return found.message.format(**values), found.explanation.format(**values)


@cache
def _plain(language: str, rule: str) -> tuple[str, str]:
    found = rule_texts(language)[rule]
    return found.message.format(), found.explanation.format()


def wording(language: str, rule: str, key: str, **values: object) -> str:
    """An extra wording of `rule` (e.g. the "fix" template of jargon.term), filled in."""
    return rule_texts(language)[rule].extra[key].format(**values)
