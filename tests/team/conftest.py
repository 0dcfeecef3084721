"""A throwaway PostgreSQL cluster for the whole session (marker `postgres`), and a fresh
database per test that asks for one."""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator

import pytest

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
