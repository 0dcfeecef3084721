"""Where the team server is and how to reach it: TLS with certificate verification, except
over a local socket or loopback; psycopg connections and a connection pool."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import parse_qs, quote, unquote, urlsplit

from flegme.team.errors import TeamError, TeamUnavailableError

DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True, slots=True)
class ServerConfig:
    """A team server and the login used on it (no secret here)."""

    host: str
    port: int
    dbname: str
    user: str
    ca_file: str = ""  # the CA that signed the server's certificate ("" = the system's)

    @property
    def local(self) -> bool:
        """A Unix socket or a loopback address: the one case where TLS may be skipped."""
        return is_local(self.host)

    @property
    def key(self) -> str:
        """The keyring entry holding this login's password."""
        return f"team:{self.user}@{self.host}:{self.port}/{self.dbname}"

    def url(self) -> str:
        """The URL without the password (safe to show and to keep in settings)."""
        query = f"?sslrootcert={quote(self.ca_file)}" if self.ca_file else ""
        host = f"[{self.host}]" if ":" in self.host else self.host
        return (f"postgresql://{quote(self.user, safe='')}@{host}:{self.port}/"
                f"{quote(self.dbname, safe='')}{query}")

    def as_user(self, user: str) -> ServerConfig:
        """The same server, another login."""
        return replace(self, user=user)


def is_local(host: str) -> bool:
    """True for a Unix socket folder, `localhost` or a loopback IP address."""
    if not host or host.startswith("/") or host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def parse_url(url: str) -> tuple[ServerConfig, str | None]:
    """A `postgresql://user[:password]@host[:port]/dbname[?sslrootcert=FILE]` URL, split into
    the config and the password (if the URL held one)."""
    parts = urlsplit(url.strip())
    if parts.scheme not in ("postgresql", "postgres"):
        raise TeamError(f"A team server address starts with postgresql:// (got '{url}').")
    if not parts.username:
        raise TeamError("Put your login in the address: postgresql://LOGIN@HOST/DATABASE.")
    query = parse_qs(parts.query)
    dbname = unquote(parts.path.lstrip("/")) or "flegme"
    host = unquote(query.get("host", [parts.hostname or ""])[0])
    try:
        port = parts.port or DEFAULT_PORT
    except ValueError:
        raise TeamError(f"The port in '{url}' is not a number.") from None
    config = ServerConfig(host=host, port=port, dbname=dbname, user=unquote(parts.username),
                          ca_file=query.get("sslrootcert", [""])[0])
    return config, (unquote(parts.password) if parts.password is not None else None)


def conninfo(config: ServerConfig, password: str | None) -> str:
    """A libpq connection string: verify-full TLS unless local without a CA."""
    from psycopg.conninfo import make_conninfo

    params: dict[str, Any] = {"host": config.host, "port": config.port,
                              "dbname": config.dbname, "user": config.user,
                              "application_name": "flegme",
                              "connect_timeout": CONNECT_TIMEOUT_S}
    if password is not None:
        params["password"] = password
    if config.ca_file:
        params.update(sslmode="verify-full", sslrootcert=config.ca_file)
    elif config.local:
        params["sslmode"] = "prefer"
    else:
        params.update(sslmode="verify-full", sslrootcert="system")
    return make_conninfo(**params)


def connect(config: ServerConfig, password: str | None, *, autocommit: bool = True) -> Any:
    """One connection (raises TeamUnavailableError when the server cannot be reached)."""
    import psycopg

    try:
        return psycopg.connect(conninfo(config, password), autocommit=autocommit)
    except psycopg.OperationalError as exc:
        raise TeamUnavailableError(f"Cannot reach the team server {config.url()}: "
                                   f"{_first_line(exc)}") from exc


def pool(config: ServerConfig, password: str | None, *, min_size: int = 1,
         max_size: int = 4) -> Any:
    """A psycopg connection pool (autocommit connections), opened and ready."""
    from psycopg_pool import ConnectionPool

    opened = ConnectionPool(conninfo(config, password), min_size=min_size, max_size=max_size,
                            kwargs={"autocommit": True}, open=False, timeout=CONNECT_TIMEOUT_S)
    try:
        opened.open(wait=True, timeout=CONNECT_TIMEOUT_S * 2)
    except Exception as exc:
        opened.close()
        raise TeamUnavailableError(f"Cannot reach the team server {config.url()}: "
                                   f"{_first_line(exc)}") from exc
    return opened


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[-1] if text else type(exc).__name__
