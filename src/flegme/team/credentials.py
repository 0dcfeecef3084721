"""Which team server this computer joined (`team.json` in the config folder: the address,
never a secret) and the login's password (the OS keyring, service "Flegme")."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from secrets import token_urlsafe
from typing import Any

from flegme import secrets
from flegme.settings import config_dir
from flegme.team.connect import ServerConfig, parse_url
from flegme.team.errors import NotJoinedError, TeamError


def team_file() -> Path:
    """Where the joined server's address is kept."""
    return config_dir() / "team.json"


def save(config: ServerConfig, password: str) -> None:
    """Remember the server (file) and the password (keyring only; fails without a keyring)."""
    secrets.set_secret(config.key, password, secrets.DEFAULT_TIMEOUT)
    path = team_file()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".team-", suffix=".json")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump({"url": config.url()}, out)
    os.replace(tmp, path)


def join_with_new_password(con: Any, config: ServerConfig, one_time_secret: str) -> None:
    """Replace the one-time secret by a random password kept only in this keyring (the
    keyring first: if the server then refuses, the old entry is put back)."""
    from psycopg import sql

    new = token_urlsafe(32)
    previous = secrets.get_secret(config.key, secrets.DEFAULT_TIMEOUT)
    save(config, new)
    try:
        verifier = con.pgconn.encrypt_password(new.encode(), config.user.encode(),
                                               b"scram-sha-256").decode()
        con.execute(sql.SQL("ALTER ROLE {} PASSWORD {}").format(sql.Identifier(config.user),
                                                                 sql.Literal(verifier)))
    except BaseException:
        save(config, previous or one_time_secret)
        raise


def load_config() -> ServerConfig:
    """The joined server (NotJoinedError when none)."""
    path = team_file()
    if not path.is_file():
        raise NotJoinedError("This computer has not joined a team: run "
                             "`flegme team join postgresql://LOGIN@HOST/DATABASE`.")
    try:
        url = json.loads(path.read_text(encoding="utf-8"))["url"]
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise TeamError(f"{path} is damaged ({exc}); join the team again.") from None
    config, password = parse_url(str(url))
    if password is not None:
        raise TeamError(f"{path} holds a password: delete it and join the team again.")
    return config


def load() -> tuple[ServerConfig, str]:
    """The joined server and its password from the keyring."""
    config = load_config()
    password = secrets.get_secret(config.key, secrets.DEFAULT_TIMEOUT)
    if password is None:
        raise NotJoinedError(f"The system keyring has no password for {config.url()}: join "
                             "the team again with your one-time secret.")
    return config, password


def forget() -> None:
    """Leave the team on this computer (the keyring entry and the file)."""
    path = team_file()
    if path.is_file():
        try:
            secrets.delete_secret(load_config().key, secrets.DEFAULT_TIMEOUT)
        finally:
            path.unlink()
