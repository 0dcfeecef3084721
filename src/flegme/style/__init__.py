"""The comms lead's house style: schema, TOML loading and validation, defaults."""

from flegme.style.model import (
    PLATFORMS,
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
