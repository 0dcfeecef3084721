"""Where this computer stands with its team server, for the window and `flegme team status`:
not joined, connected (as whom, in which role: the login decides), offline, syncing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

from flegme.review.models import Role
from flegme.team.errors import NotJoinedError, TeamUnavailableError


class State(StrEnum):
    """The team connection's state."""

    NOT_JOINED = "not_joined"
    CONNECTED = "connected"
    OFFLINE = "offline"
    SYNCING = "syncing"


@dataclass(frozen=True, slots=True)
class TeamStatus:
    """What the team settings page and banner show."""

    state: State
    server: str = ""
    person: str = ""
    role: Role | None = None
    message: str = ""  # why offline, what to do when not joined
    last_sync: datetime | None = None
    refusals: tuple[str, ...] = field(default_factory=tuple)


def probe() -> TeamStatus:
    """Ask the joined server who we are (a few seconds at most when it is unreachable)."""
    from flegme.team import credentials
    from flegme.team.connect import connect

    try:
        config, password = credentials.load()
    except NotJoinedError as exc:
        return TeamStatus(State.NOT_JOINED, message=str(exc))
    try:
        with connect(config, password) as con:
            row = con.execute("SELECT role, display_name FROM flegme.whoami()").fetchone()
    except TeamUnavailableError as exc:
        return TeamStatus(State.OFFLINE, config.url(), message=str(exc))
    if row is None or row[0] is None:
        return TeamStatus(State.CONNECTED, config.url(), config.user,
                          message="This login is not a member of the team.")
    return TeamStatus(State.CONNECTED, config.url(), row[1], Role(row[0]))


def sync_now(vault: Any) -> TeamStatus:
    """Sync the open vault with the joined server; the status after it (refusals included)."""
    from datetime import UTC

    from flegme.team import credentials
    from flegme.team.connect import connect
    from flegme.team.sync import sync

    status = probe()
    if status.state is not State.CONNECTED:
        return status
    config, password = credentials.load()
    try:
        with connect(config, password) as con:
            report = sync(vault, con)
    except TeamUnavailableError as exc:
        return TeamStatus(State.OFFLINE, status.server, status.person, status.role, str(exc))
    return TeamStatus(State.CONNECTED, status.server, status.person, status.role,
                      last_sync=datetime.now(UTC),
                      refusals=tuple(report.refused + report.waiting))
