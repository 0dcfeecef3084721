"""Setting a team up: the schema (`flegme team init`) and people (`flegme team invite`)."""

from __future__ import annotations

import re
import secrets
import unicodedata
from dataclasses import dataclass
from typing import Any

from flegme.review.models import Role
from flegme.team import migrations
from flegme.team.errors import TeamError

SECRET_BYTES = 24  # 32 URL-safe characters: a one-time secret worth typing once


@dataclass(frozen=True, slots=True)
class Invitation:
    """A new login and its one-time secret (shown once, never stored by Flegme)."""

    login: str
    role: Role
    display_name: str
    secret: str


def init(con: Any) -> int:
    """Create or upgrade the team schema; returns its version."""
    return migrations.migrate(con)


def login_for(display_name: str) -> str:
    """A login made from a person's name: 'Zoé Martin' -> 'zoe.martin'."""
    plain = unicodedata.normalize("NFKD", display_name).encode("ascii", "ignore").decode()
    login = re.sub(r"[^a-z0-9]+", ".", plain.lower()).strip(".")
    if not login or not login[0].isalpha():
        login = f"p.{login}".strip(".")
    return login[:63]


def invite(con: Any, display_name: str, role: Role | str, *,
           login: str | None = None) -> Invitation:
    """A login for one person in one role (comms lead or administrator only); the password is
    random, sent to the server as a SCRAM verifier, and returned once."""
    import psycopg

    role = Role(role)
    login = login or login_for(display_name)
    secret = secrets.token_urlsafe(SECRET_BYTES)
    verifier = con.pgconn.encrypt_password(secret.encode(), login.encode(), b"scram-sha-256")
    try:
        con.execute("SELECT flegme.invite(%s, %s, %s, %s)",
                    (login, role.value, display_name.strip(), verifier.decode()))
    except psycopg.Error as exc:
        raise TeamError(server_message(exc)) from exc
    return Invitation(login, role, display_name.strip(), secret)


def server_message(exc: BaseException) -> str:
    """The server's own sentence for a refused statement (without libpq's decoration)."""
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None)
    return str(primary or exc).strip()
