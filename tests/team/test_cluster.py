"""The test cluster itself: TLS verified against the test CA, SCRAM passwords, loopback."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pg_cluster import Cluster

pytestmark = pytest.mark.postgres


def test_cluster_speaks_tls_verified_against_the_test_ca(pg_cluster: Cluster) -> None:
    import psycopg

    with psycopg.connect(pg_cluster.url()) as con:
        assert con.info.pgconn.ssl_in_use
        row = con.execute("SELECT current_setting('password_encryption'), version()").fetchone()
        assert row is not None and row[0] == "scram-sha-256"


def test_a_wrong_password_is_refused(pg_cluster: Cluster) -> None:
    import psycopg

    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(pg_cluster.url(password="not-it", user="flegme_super"))


def test_a_certificate_from_another_ca_is_refused(pg_cluster: Cluster, tmp_path: Path) -> None:
    import psycopg

    from tests.pg_cluster import make_test_ca

    other_ca, _, _ = make_test_ca(tmp_path)
    url = pg_cluster.url().replace(str(pg_cluster.ca_path), str(other_ca))
    with pytest.raises(psycopg.OperationalError, match=r"SSL error|certificate verify failed"):
        psycopg.connect(url)
