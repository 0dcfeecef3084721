"""This computer's team login as the window uses it: the joined server, its password (from the
keyring), and who the server said we are (remembered, so that the window opens in the right
role without waiting for the network); joining and leaving from the window."""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flegme.review.identity import Identity
from flegme.review.models import Role
from flegme.settings import config_dir
from flegme.team.connect import CONNECT_TIMEOUT_S, ServerConfig, conninfo, parse_url
from flegme.team.errors import NotJoinedError, TeamError

if TYPE_CHECKING:
    from flegme.team.status import TeamStatus
    from flegme.team.sync import SyncReport


@dataclass(frozen=True, slots=True)
class TeamLogin:
    """A joined server, the login's password and the person the server knows (name, role)."""

    config: ServerConfig
    password: str
    identity: Identity


def identity_file() -> Path:
    """Where the last identity the server gave is remembered (no secret in it)."""
    return config_dir() / "team-identity.json"


def remember(config: ServerConfig, identity: Identity) -> None:
    """Keep who the server said we are, for the next start."""
    path = identity_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".team-identity-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"key": config.key, "name": identity.name, "role": identity.role.value}, out)
    os.replace(tmp, path)


def remembered(config: ServerConfig) -> Identity | None:
    """The identity last given by this server for this login (None if unknown)."""
    try:
        data = json.loads(identity_file().read_text(encoding="utf-8"))
        if data["key"] != config.key:
            return None
        return Identity(str(data["name"]), Role(data["role"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def current_login(fallback_role: str | Role = Role.LEADER) -> TeamLogin | None:
    """The joined login (None when this computer has not joined a team). Reads no network:
    the role is the one the server gave last time (the fallback before a first answer)."""
    from flegme.team import credentials

    try:
        config, password = credentials.load()
    except NotJoinedError:
        return None
    identity = remembered(config) or Identity(config.user, Role(fallback_role))
    return TeamLogin(config, password, identity)


def whoami(config: ServerConfig, password: str) -> Identity:
    """Ask the server who this login is (raises TeamUnavailableError when unreachable)."""
    from flegme.team.connect import connect

    with connect(config, password) as con:
        row = con.execute("SELECT role, display_name FROM flegme.whoami()").fetchone()
    if row is None or row[0] is None:
        raise TeamError("This login is not a member of the team (ask the comms lead for an "
                        "invitation).")
    identity = Identity(str(row[1]), Role(row[0]))
    remember(config, identity)
    return identity


def join(url: str, secret: str | None, ca_file: str = "") -> TeamLogin:
    """`flegme team join URL` for the window: check the login, replace the one-time secret by
    a new password kept only in the keyring, remember who we are."""
    from flegme.team import credentials
    from flegme.team.connect import connect

    config, given = parse_url(url)
    if ca_file:
        config = replace(config, ca_file=os.path.abspath(ca_file))
    password = secret if secret else given
    if not password:
        raise TeamError("Give the one-time secret you received with the invitation.")
    with connect(config, password) as con:
        row = con.execute("SELECT role, display_name FROM flegme.whoami()").fetchone()
        if row is None or row[0] is None:
            raise TeamError("This login is not a member of the team (ask the comms lead for "
                            "an invitation).")
        credentials.join_with_new_password(con, config, password)
    identity = Identity(str(row[1]), Role(row[0]))
    remember(config, identity)
    _config, stored = credentials.load()
    return TeamLogin(config, stored, identity)


def leave() -> None:
    """Forget the server, its password and the remembered identity on this computer."""
    from flegme.team import credentials

    credentials.forget()
    identity_file().unlink(missing_ok=True)


def lazy_pool(config: ServerConfig, password: str, *, max_size: int = 4) -> Any:
    """A connection pool that opens in the background (never waits for the server here);
    a call made while the server is away fails after the connect timeout."""
    from psycopg_pool import ConnectionPool

    # check: a connection the server dropped (restart) is replaced before it is handed out
    opened = ConnectionPool(conninfo(config, password), min_size=1, max_size=max_size,
                            kwargs={"autocommit": True}, open=False,
                            timeout=CONNECT_TIMEOUT_S,
                            check=ConnectionPool.check_connection)
    opened.open(wait=False)
    return opened


def probe_with(login: TeamLogin) -> TeamStatus:
    """The TeamStatus of this login now: connected (as whom) or offline."""
    from flegme.team.errors import TeamUnavailableError
    from flegme.team.status import State, TeamStatus

    try:
        identity = whoami(login.config, login.password)
    except TeamUnavailableError as exc:
        return TeamStatus(State.OFFLINE, login.config.url(), login.identity.name,
                          login.identity.role, message=str(exc))
    return TeamStatus(State.CONNECTED, login.config.url(), identity.name, identity.role)


def sync_with(vault: Any, login: TeamLogin) -> tuple[TeamStatus, SyncReport | None]:
    """Sync the open vault with the server as this login; the TeamStatus after it (the
    refusals and waiting edits in the server's words), offline when it cannot be reached."""
    from datetime import UTC, datetime

    from flegme.team.connect import connect
    from flegme.team.errors import TeamUnavailableError
    from flegme.team.status import State, TeamStatus
    from flegme.team.sync import sync

    url, name, role = login.config.url(), login.identity.name, login.identity.role
    try:
        with connect(login.config, login.password) as con:
            report = sync(vault, con)
    except TeamUnavailableError as exc:
        return TeamStatus(State.OFFLINE, url, name, role, message=str(exc)), None
    return TeamStatus(State.CONNECTED, url, name, role, last_sync=datetime.now(UTC),
                      refusals=tuple(report.refused + report.waiting)), report
