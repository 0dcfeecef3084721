"""Platforms, languages and roles are declared once and looked up everywhere."""

from __future__ import annotations

import pytest

from flegme import names, settings
from flegme.engine import text
from flegme.engine.platform_count import platform_rules
from flegme.errors import InputError
from flegme.review import models
from flegme.style import model


def test_every_list_is_the_one_in_names() -> None:
    assert tuple(platform_rules()) == names.PLATFORMS
    assert model.PLATFORMS is names.PLATFORMS
    assert model.LANGS is names.LANGUAGES and text.LANGUAGES is names.LANGUAGES
    assert models.Role is names.Role
    assert vars(settings)["ROLES"] == names.ROLES == ("leader", "assistant", "comms_lead")
    assert set(names.DEFAULT_PLATFORMS) <= set(names.PLATFORMS)


def test_unknown_names_get_a_suggestion() -> None:
    assert names.known("platform", "mastodon", names.PLATFORMS) == "mastodon"
    with pytest.raises(InputError, match="Did you mean 'linkedin'"):
        names.known("platform", "linkedn", names.PLATFORMS)
    with pytest.raises(InputError, match="Unknown role 'boss'"):
        names.known("role", "boss", names.ROLES)
