"""`flegme team ...` end to end: init, invite, join (the secret goes to the keyring and is
replaced), status, verify."""

from __future__ import annotations

import json
import re
from pathlib import Path

import psycopg
import pytest

from flegme.cli import main
from flegme.team import credentials
from tests.memory_keyring import MemoryKeyring
from tests.team.conftest import Team

pytestmark = pytest.mark.postgres


def test_invite_then_join_keeps_the_password_in_the_keyring_only(
        team: Team, memory_keyring: MemoryKeyring, capsys: pytest.CaptureFixture[str],
        monkeypatch: pytest.MonkeyPatch) -> None:
    admin = team.config("admin")
    admin_url = admin.url().replace(f"{admin.user}@", f"{admin.user}:{team.admin_password}@")
    assert main(["team", "join", admin_url]) == 0
    assert main(["team", "init"]) == 0
    assert "version 2" in capsys.readouterr().out
    login = f"lea_{team.dbname[-6:]}".replace("-", "_")
    assert main(["team", "invite", "Léa Durand", "--role", "assistant", "--login", login]) == 0
    out = capsys.readouterr().out
    secret = re.search(r"One-time secret .*: (\S+)", out)
    join_url = re.search(r"flegme team join '(\S+)'", out)
    assert secret and join_url
    monkeypatch.setenv("FLEGME_TEAM_PASSWORD", secret.group(1))
    assert main(["team", "join", join_url.group(1)]) == 0
    assert "as Léa Durand (assistant)" in capsys.readouterr().out
    config, password = credentials.load()
    assert config.user == login and password != secret.group(1)
    assert secret.group(1) not in credentials.team_file().read_text()
    assert password not in credentials.team_file().read_text()
    assert json.loads(credentials.team_file().read_text()) == {"url": config.url()}
    assert ("Flegme", config.key) in memory_keyring.items
    with pytest.raises(psycopg.OperationalError, match="password authentication failed"):
        psycopg.connect(team.cluster.url(user=login, password=secret.group(1),
                                         dbname=team.dbname))
    assert main(["team", "status"]) == 0
    assert "Léa Durand (assistant)" in capsys.readouterr().out
    assert main(["team", "verify"]) == 0  # an assistant checks the entries they may read
    assert "Audit trail intact" in capsys.readouterr().out
    assert main(["team", "invite", "Eve", "--role", "comms_lead"]) == 2
    assert "Only the comms lead" in capsys.readouterr().err


def test_a_wrong_url_says_what_is_expected(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["team", "join", "https://example.org/db"]) == 2
    assert "postgresql://" in capsys.readouterr().err
    assert main(["team", "status"]) == 2
    assert "has not joined a team" in capsys.readouterr().err


def test_team_sync_from_the_command_line(team: Team, tmp_path: Path,
                                        capsys: pytest.CaptureFixture[str]) -> None:
    from flegme.review.identity import Identity
    from flegme.review.models import Role
    from flegme.review.service import ReviewService
    from flegme.team.connect import ServerConfig
    from flegme.vault import Vault, VaultRepository

    config: ServerConfig = team.config("leader")
    credentials.save(config, team.password("leader"))
    vault, _ = Vault.create(tmp_path / "v.vault")
    with vault:
        ReviewService(VaultRepository(vault), Identity("Claire", Role.LEADER)).create_draft(
            title="Atelier", body="Douze vélos réparés.", platforms=["x"])
    assert main(["team", "sync", "--vault", str(tmp_path / "v.vault")]) == 0
    assert "Synced: 1 sent, 0 received." in capsys.readouterr().out
    assert main(["team", "sync", "--vault", str(tmp_path / "v.vault")]) == 0
    assert "Synced: 0 sent, 0 received." in capsys.readouterr().out
