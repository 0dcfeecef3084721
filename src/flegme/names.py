"""The lists Flegme knows, declared once: platforms (from resources/platforms.toml),
languages and roles; unknown names are refused with a suggestion."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum
from functools import cache
from typing import Any

from flegme.errors import InputError
from flegme.resources import resource_path
from flegme.toml_cache import parse_toml


@cache
def platform_table() -> dict[str, dict[str, Any]]:
    """resources/platforms.toml as parsed: each platform's label, limits and counting rules,
    in the file's order (read once per process: the list here, the platform bar's labels and
    the engine's counting rules all come from it)."""
    return parse_toml(resource_path("platforms.toml").read_text(encoding="utf-8"))


PLATFORMS: tuple[str, ...] = tuple(platform_table())  # the order of resources/platforms.toml
LANGUAGES: tuple[str, ...] = ("fr", "en")  # every lexicon, message and UI string in both
LANGUAGE_NAMES = {"fr": "Français", "en": "English"}  # each in its own language
DEFAULT_PLATFORMS: tuple[str, ...] = ("linkedin",)  # what a new draft targets


class Role(StrEnum):
    """Who acts: the leader drafts, the assistant reviews, the comms lead sets the style."""

    LEADER = "leader"
    ASSISTANT = "assistant"
    COMMS_LEAD = "comms_lead"


ROLES: tuple[str, ...] = tuple(r.value for r in Role)


def known(kind: str, value: str, choices: Iterable[str]) -> str:
    """`value` if it is one of `choices`; else an InputError naming the closest choice."""
    options = list(choices)
    if value in options:
        return value
    import difflib  # (only for the message: not imported by every check)

    close = difflib.get_close_matches(value, options, n=1)
    hint = f" Did you mean '{close[0]}'?" if close else ""
    raise InputError(f"Unknown {kind} '{value}' (known: {', '.join(options)}).{hint}")
