"""The comms lead's house style: schema, TOML loading and validation, defaults."""

from flegme.style.model import (
    PLATFORMS,
    GrammarStyle,
    HouseStyle,
    JargonStyle,
    Organisation,
    PlatformPrefs,
    PromotionStyle,
    RuleOverride,
    Statement,
    ToneStyle,
    WorkflowStyle,
)

__all__ = [
    "PLATFORMS",
    "GrammarStyle",
    "HouseStyle",
    "JargonStyle",
    "Organisation",
    "PlatformPrefs",
    "PromotionStyle",
    "RuleOverride",
    "Statement",
    "ToneStyle",
    "WorkflowStyle",
]
