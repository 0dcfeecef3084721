"""Listing, search, migrations, backup, restore and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3

from flegme.errors import VaultError
from flegme.vault import Role, Vault, backup, export_drafts, migrations, restore_backup, store
from flegme.vault.keys import key_from_recovery
from tests.memory_keyring import MemoryKeyring
from tests.vault.conftest import Clock


def test_list_is_most_recent_first_and_search_folds_accents(vault: Vault, clock: Clock) -> None:
    for i, body in enumerate(["Réparation des freins", "Une journée à l'atelier",
                              "Les VÉLOS cargo arrivent"]):
        vault.create_draft(title=f"Post {i}", body=body, language="fr", platforms=["x"],
                           role=Role.LEADER)
        clock.advance(1)
    assert [d.title for d in vault.list_drafts()] == ["Post 2", "Post 1", "Post 0"]
    assert [d.title for d in vault.search("reparation")] == ["Post 0"]
    assert [d.title for d in vault.search("velos")] == ["Post 2"]
    assert [d.title for d in vault.search("ATEL")] == ["Post 1"]  # prefix of the last word
    assert vault.search('"; DROP TABLE drafts; --') == []
    vault.save_revision(1, body="Tout autre chose", role=Role.LEADER)
    assert vault.search("reparation") == []


def test_every_old_schema_version_upgrades(tmp_path: Path) -> None:
    key = bytes(range(32))
    for start in range(migrations.LATEST):
        path = tmp_path / f"v{start}.db"
        con = store.connect(path, key, create=True)
        migrations.migrate(con, target=start)
        assert migrations.schema_version(con) == start
        if start >= 1:
            when = "2025-01-01T00:00:00+00:00"
            con.execute("INSERT INTO drafts (title, body, language, platforms, status, "
                        "author_role, created_at, updated_at, last_edit_at) VALUES "
                        "('old', 'kept', 'fr', '[]', 'draft', 'leader', ?, ?, ?)",
                        (when, when, when))
        assert migrations.migrate(con) == migrations.LATEST
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"drafts", "revisions", "dismissals"} <= tables
        if start >= 1:
            assert con.execute("SELECT body FROM drafts").fetchone()[0] == "kept"
        con.close()


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    con = store.connect(tmp_path / "future.db", bytes(32), create=True)
    con.execute(f"PRAGMA user_version = {migrations.LATEST + 1}")
    with pytest.raises(VaultError, match="newer Flegme"):
        migrations.migrate(con)
    con.close()


def test_backup_and_restore(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "a" / "flegme.vault"
    vault, recovery = Vault.create(path)
    vault.create_draft(title="Kept", body="Sauvegarde chiffrée", language="fr", platforms=[],
                       role=Role.LEADER)
    file = backup(vault, tmp_path / "backups")
    vault.close()
    assert b"chiffr" not in file.read_bytes() and not file.read_bytes().startswith(b"SQLite")
    with pytest.raises(VaultError, match="already exists"):
        restore_backup(file, path)
    restored = restore_backup(file, tmp_path / "b" / "flegme.vault")
    with Vault.open(restored, recovery_key=recovery) as again:
        assert again.get_draft(1).body == "Sauvegarde chiffrée"
        assert again.integrity_problems() == []
    with Vault.open(restored) as again:  # same vault id: the keyring key opens it too
        assert again.count_drafts() == 1
    raw = sqlcipher3.connect(str(file))
    with pytest.raises(sqlcipher3.DatabaseError):
        raw.execute("SELECT * FROM drafts").fetchall()
    assert key_from_recovery(recovery)


def test_export_only_what_is_asked(vault: Vault) -> None:
    a = vault.create_draft(title="One", body="First body", language="en", platforms=["x"],
                           role=Role.LEADER)
    vault.create_draft(title="Two", body="Second body", language="en", platforms=[],
                       role=Role.LEADER)
    data = json.loads(export_drafts(vault, [a.id], "json"))
    assert [d["title"] for d in data] == ["One"]
    markdown = export_drafts(vault, [a.id], "md")
    assert markdown.startswith("# One") and "Second" not in markdown
    with pytest.raises(VaultError):
        export_drafts(vault, [a.id], "pdf")
