"""The window's view of the joined login: the identity remembered per login, read without the
network; leaving forgets it with the address and the password."""

from __future__ import annotations

from flegme.review.identity import Identity
from flegme.review.models import Role
from flegme.team import credentials
from flegme.team.connect import ServerConfig
from flegme.team.session import current_login, identity_file, leave, remember, remembered

CLAIRE = ServerConfig("db.example.org", 5432, "flegme", "claire")


def test_not_joined_is_alone() -> None:
    assert current_login() is None


def test_the_role_remembered_is_this_logins_only() -> None:
    credentials.save(CLAIRE, "pw")
    joined = current_login("assistant")
    assert joined is not None  # nothing remembered yet: the settings' role, the login's name
    assert joined.identity == Identity("claire", Role.ASSISTANT) and joined.password == "pw"
    remember(CLAIRE, Identity("Claire", Role.LEADER))
    joined = current_login("assistant")
    assert joined is not None and joined.identity == Identity("Claire", Role.LEADER)
    assert remembered(CLAIRE.as_user("sam")) is None  # another login: not Claire's role
    assert "pw" not in identity_file().read_text(encoding="utf-8")


def test_leave_forgets_the_identity_too() -> None:
    credentials.save(CLAIRE, "pw")
    remember(CLAIRE, Identity("Claire", Role.LEADER))
    leave()
    assert current_login() is None and not identity_file().exists()
    assert remembered(CLAIRE) is None
