"""House-style values (schema 1), as frozen dataclasses. Loading lives in `loader.py`."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

from flegme.names import LANGUAGES
from flegme.names import PLATFORMS as PLATFORMS  # declared once in flegme.names

LANGS = LANGUAGES


def _empty_map() -> Mapping[str, object]:
    return MappingProxyType({})


@dataclass(frozen=True, slots=True)
class Organisation:
    """Who speaks: counted as self-mention by the promotion checker."""

    name: str = ""
    handles: tuple[str, ...] = ()
    languages: tuple[str, ...] = LANGS
    default_language: str = "fr"


@dataclass(frozen=True, slots=True)
class Statement:
    """The mission, the vision or one value: texts and keywords per language."""

    name: str  # "mission", "vision", or the value's name
    text: Mapping[str, str] = field(default_factory=_empty_map)  # type: ignore[arg-type]
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=_empty_map)  # type: ignore[arg-type]

    def text_in(self, lang: str) -> str:
        """The statement in `lang`, falling back to the other language."""
        return self.text.get(lang) or next(iter(self.text.values()), "")

    def keywords_in(self, lang: str) -> tuple[str, ...]:
        """Keywords in `lang`, falling back to the other language when none are given."""
        return self.keywords.get(lang) or tuple(k for ks in self.keywords.values() for k in ks)


@dataclass(frozen=True, slots=True)
class PlatformPrefs:
    """The house's preferences for one platform (warnings; hard limits stay errors)."""

    preferred_max_chars: int | None = None
    max_hashtags: int | None = None
    max_links: int | None = None
    max_chars: int | None = None  # hard limit override: Mastodon servers differ (default 500)
    fold_chars: int | None = None  # LinkedIn "see more" fold, in characters (default ~210)
    fold_lines: int | None = None  # LinkedIn "see more" fold, in lines (default 3)


@dataclass(frozen=True, slots=True)
class JargonStyle:
    """Extra jargon terms (term -> plain replacement, "" for none) and the allow list."""

    extra: Mapping[str, Mapping[str, str]] = field(default_factory=_empty_map)  # type: ignore[arg-type]
    allow: tuple[str, ...] = ()
    max_sentence_words: int | None = None


@dataclass(frozen=True, slots=True)
class ToneStyle:
    """Impulsivity threshold and the cooling-off delay for impulsive drafts."""

    threshold: int = 50
    cooling_off_minutes: int = 30


@dataclass(frozen=True, slots=True)
class PromotionStyle:
    """Promotion threshold and extra sales terms per language."""

    threshold: int = 50
    extra_terms: Mapping[str, tuple[str, ...]] = field(default_factory=_empty_map)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class WorkflowStyle:
    """Review rules: may the leader approve their own drafts?"""

    self_approval: bool = False


@dataclass(frozen=True, slots=True)
class GrammarStyle:
    """LanguageTool settings: categories and rules to skip, words never flagged as misspelt."""

    disabled_categories: tuple[str, ...] = ()
    disabled_rules: tuple[str, ...] = ()
    dictionary: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class RuleOverride:
    """Severity for one rule id: "error" | "warning" | "info" | "off"."""

    severity: str


@dataclass(frozen=True, slots=True)
class HouseStyle:
    """A whole house style. `source` names the file it came from (for messages)."""

    schema: int = 1
    organisation: Organisation = field(default_factory=Organisation)
    mission: Statement | None = None
    vision: Statement | None = None
    values: tuple[Statement, ...] = ()
    platforms: Mapping[str, PlatformPrefs] = field(default_factory=_empty_map)  # type: ignore[arg-type]
    jargon: JargonStyle = field(default_factory=JargonStyle)
    tone: ToneStyle = field(default_factory=ToneStyle)
    promotion: PromotionStyle = field(default_factory=PromotionStyle)
    workflow: WorkflowStyle = field(default_factory=WorkflowStyle)
    grammar: GrammarStyle = field(default_factory=GrammarStyle)
    rules: Mapping[str, RuleOverride] = field(default_factory=_empty_map)  # type: ignore[arg-type]
    source: str = "<default>"

    def statements(self) -> tuple[Statement, ...]:
        """Mission, vision and values, in that order, those that exist."""
        found = [s for s in (self.mission, self.vision) if s is not None]
        return (*found, *self.values)

    def platform(self, name: str) -> PlatformPrefs:
        """Preferences for `name` (empty ones when the style says nothing)."""
        return self.platforms.get(name) or PlatformPrefs()
