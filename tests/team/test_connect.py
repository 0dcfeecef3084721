"""Where the server is and how it is reached: TLS verified unless local (no server needed)."""

from __future__ import annotations

import pytest
from psycopg.conninfo import conninfo_to_dict

from flegme.team.connect import ServerConfig, conninfo, is_local, parse_url
from flegme.team.errors import TeamError


def test_a_url_splits_into_config_and_password() -> None:
    config, password = parse_url("postgresql://zoe.martin:s%40cret@db.example.org:6543/team"
                                 "?sslrootcert=/etc/ca.pem")
    assert config == ServerConfig("db.example.org", 6543, "team", "zoe.martin", "/etc/ca.pem")
    assert password == "s@cret"
    assert "s@cret" not in config.url() and parse_url(config.url()) == (config, None)


@pytest.mark.parametrize("url", ["https://db/x", "postgresql://db.example.org/team",
                                 "postgresql://u@h:port/x"])
def test_bad_urls_are_refused_in_plain_words(url: str) -> None:
    with pytest.raises(TeamError):
        parse_url(url)


def test_remote_servers_are_always_verified() -> None:
    remote = conninfo_to_dict(conninfo(ServerConfig("db.example.org", 5432, "t", "u"), "pw"))
    assert (remote["sslmode"], remote["sslrootcert"]) == ("verify-full", "system")
    with_ca = conninfo_to_dict(conninfo(ServerConfig("db.example.org", 5432, "t", "u",
                                                     "/ca.pem"), None))
    assert (with_ca["sslmode"], with_ca["sslrootcert"]) == ("verify-full", "/ca.pem")
    assert "password" not in with_ca


@pytest.mark.parametrize("host", ["127.0.0.1", "::1", "localhost", "/run/postgresql", ""])
def test_only_loopback_and_sockets_may_skip_tls(host: str) -> None:
    assert is_local(host)
    assert conninfo_to_dict(conninfo(ServerConfig(host, 5432, "t", "u"), None))[
        "sslmode"] == "prefer"


@pytest.mark.parametrize("host", ["10.0.0.2", "db.example.org", "192.168.1.1"])
def test_private_addresses_are_not_local(host: str) -> None:
    assert not is_local(host)
