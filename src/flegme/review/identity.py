"""Who is acting: a name and a role (today from local settings; in team mode from a server)."""

from __future__ import annotations

import getpass
from dataclasses import dataclass

from flegme.review.models import Role


@dataclass(frozen=True, slots=True)
class Identity:
    """The person acting in the review loop."""

    name: str
    role: Role

    @property
    def key(self) -> str:
        """A stable key for what this person has read ("role:name")."""
        return f"{self.role.value}:{self.name}"

    @staticmethod
    def local(role: str | Role, name: str = "") -> Identity:
        """The person at this computer: the OS login (or `name`) in the role chosen in Settings."""
        if not name:
            try:
                name = getpass.getuser()
            except (KeyError, OSError):  # no login name (containers): the role names them
                name = ""
        return Identity(name=name or Role(role).value, role=Role(role))
