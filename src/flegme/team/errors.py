"""Team-mode errors (all `FlegmeError`s, so the command line and the window show them)."""

from __future__ import annotations

from flegme.errors import FlegmeError


class TeamError(FlegmeError):
    """Something about the team server went wrong; the text says what."""


class TeamUnavailableError(TeamError):
    """The team server cannot be reached right now (the leader keeps working offline)."""


class NotJoinedError(TeamError):
    """This computer has not joined a team yet (`flegme team join URL`)."""
