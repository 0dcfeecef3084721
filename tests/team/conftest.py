"""A throwaway PostgreSQL cluster for the whole session (marker `postgres`), and a fresh
database per test that asks for one."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import pytest

from flegme.team.connect import ServerConfig
from tests.pg_cluster import Cluster, find_bindir, start_cluster

_counter = itertools.count(1)


def postgres_required() -> bool:
    """CI sets FLEGME_REQUIRE_POSTGRES=1: a missing PostgreSQL is then a failure, not a skip."""
    return os.environ.get("FLEGME_REQUIRE_POSTGRES", "") not in ("", "0")


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """One cluster on loopback (random port, TLS with a test CA), stopped at session end."""
    if find_bindir() is None:
        message = "PostgreSQL server binaries are not installed (Debian: postgresql)"
        if postgres_required():
            pytest.fail(message + " and FLEGME_REQUIRE_POSTGRES is set")
        pytest.skip(message)
    cluster = start_cluster()
    try:
        yield cluster
    finally:
        cluster.destroy()


@pytest.fixture
def pg_database(pg_cluster: Cluster) -> Iterator[str]:
    """A new empty database; yields its name and drops it after the test."""
    import psycopg

    name = f"flegme_t{os.getpid()}_{next(_counter)}"
    with psycopg.connect(pg_cluster.url(), autocommit=True) as con:
        con.execute(f'CREATE DATABASE "{name}"')
    yield name
    with psycopg.connect(pg_cluster.url(), autocommit=True) as con:
        con.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@dataclass
class Team:
    """A team database set up by its administrator, with one login per person."""

    cluster: Cluster
    dbname: str
    admin: str
    admin_password: str
    logins: dict[str, str]  # who ("leader", ...) -> login
    secrets: dict[str, str]  # login -> password

    def config(self, who: str) -> ServerConfig:
        """The server config of one person (`admin` for the administrator)."""
        user = self.admin if who == "admin" else self.logins[who]
        return ServerConfig(host=pg_cluster_host(self.cluster), port=self.cluster.port,
                            dbname=self.dbname, user=user, ca_file=str(self.cluster.ca_path))

    def password(self, who: str) -> str:
        return self.admin_password if who == "admin" else self.secrets[self.logins[who]]

    def connect(self, who: str) -> Any:
        """An autocommit connection as `who` (verified TLS)."""
        from flegme.team.connect import connect

        return connect(self.config(who), self.password(who))

    def superuser(self) -> Any:
        import psycopg

        return psycopg.connect(self.cluster.url(dbname=self.dbname), autocommit=True)


def pg_cluster_host(cluster: Cluster) -> str:
    return cluster.host


PEOPLE = {"leader": ("Claire", "leader"), "assistant": ("Sam", "assistant"),
          "comms": ("Noor", "comms_lead"), "leader2": ("Bastien", "leader"),
          "assistant2": ("Inès", "assistant")}


def make_team(cluster: Cluster, dbname: str, people: dict[str, tuple[str, str]] = PEOPLE) -> Team:
    """An administrator (owner of `dbname`, may create roles), the schema, and the people."""
    import secrets as pysecrets

    import psycopg
    from psycopg import sql

    from flegme.team import admin as team_admin
    from flegme.team.connect import connect

    suffix = dbname.rsplit("_", 2)[-2] + "_" + dbname.rsplit("_", 1)[-1]
    admin, admin_password = f"adm_{suffix}", pysecrets.token_urlsafe(16)
    with psycopg.connect(cluster.url(), autocommit=True) as con:
        con.execute(sql.SQL("CREATE ROLE {} LOGIN CREATEROLE PASSWORD {}").format(
            sql.Identifier(admin), sql.Literal(admin_password)))
        con.execute(sql.SQL("ALTER DATABASE {} OWNER TO {}").format(sql.Identifier(dbname),
                                                                     sql.Identifier(admin)))
    team = Team(cluster, dbname, admin, admin_password, {}, {})
    with connect(team.config("admin"), admin_password) as con:
        team_admin.init(con)
        for who, (name, role) in people.items():
            login = f"{team_admin.login_for(name)}_{suffix}"
            invitation = team_admin.invite(con, name, role, login=login)
            team.logins[who] = login
            team.secrets[login] = invitation.secret
    return team


@pytest.fixture
def team(pg_cluster: Cluster, pg_database: str) -> Team:
    """A fresh team database with Claire (leader), Sam (assistant), Noor (comms lead),
    Bastien (another leader) and Inès (another assistant)."""
    return make_team(pg_cluster, pg_database)
