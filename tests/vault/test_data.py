"""Listing, search, migrations, backup, restore and export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import sqlcipher3

from flegme.errors import VaultError
from flegme.review.models import Role
from flegme.vault import Vault, backup, export_drafts, rekey, restore_backup
from flegme.vault.sqlcipher import migrations, store
from flegme.vault.sqlcipher.keys import key_from_recovery
from tests.drafting import add_draft, add_revision
from tests.memory_keyring import MemoryKeyring
from tests.vault.conftest import Clock


def test_list_is_most_recent_first_and_search_folds_accents(vault: Vault, clock: Clock) -> None:
    for i, body in enumerate(["Réparation des freins", "Une journée à l'atelier",
                              "Les VÉLOS cargo arrivent"]):
        add_draft(vault, title=f"Post {i}", body=body, language="fr", platforms=["x"],
                  role=Role.LEADER)
        clock.advance(1)
    assert [d.title for d in vault.list_drafts()] == ["Post 2", "Post 1", "Post 0"]
    assert [d.title for d in vault.search("reparation")] == ["Post 0"]
    assert [d.title for d in vault.search("velos")] == ["Post 2"]
    assert [d.title for d in vault.search("ATEL")] == ["Post 1"]  # prefix of the last word
    assert vault.search('"; DROP TABLE drafts; --') == []
    add_revision(vault, 1, body="Tout autre chose", role=Role.LEADER)
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
    add_draft(vault, title="Kept", body="Sauvegarde chiffrée", language="fr", platforms=[],
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
    a = add_draft(vault, title="One", body="First body", language="en", platforms=["x"],
                  role=Role.LEADER)
    add_draft(vault, title="Two", body="Second body", language="en", platforms=[],
              role=Role.LEADER)
    data = json.loads(export_drafts(vault, [a.id], "json"))
    assert [d["title"] for d in data] == ["One"]
    markdown = export_drafts(vault, [a.id], "md")
    assert markdown.startswith("# One") and "Second" not in markdown
    with pytest.raises(VaultError):
        export_drafts(vault, [a.id], "pdf")


def test_restored_copy_has_its_own_keyring_entry(tmp_path: Path,
                                                 memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "a" / "flegme.vault"
    vault, recovery = Vault.create(path)
    add_draft(vault, title="Kept", body="avant", language="fr", platforms=[],
              role=Role.LEADER)
    file = backup(vault, tmp_path / "backups")  # the contract's method form
    rekey(vault)  # the live vault moves on; the backup keeps the old key
    vault.close()
    restored = restore_backup(file, tmp_path / "b" / "flegme.vault",
                              recovery_key=recovery)
    with Vault.open(restored) as copy:  # opened from the keyring, under its own entry
        assert copy.meta.vault_id != store.read_meta(path).vault_id
        assert copy.get_draft(1).body == "avant"
    with Vault.open(path) as live:
        assert live.count_drafts() == 1
    assert not list((tmp_path / "b").glob("*.restoring*"))


def test_a_backup_that_does_not_open_is_never_put_in_place(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    from flegme.errors import WrongKeyError
    from flegme.vault.sqlcipher.keys import recovery_key

    vault, _ = Vault.create(tmp_path / "flegme.vault", passphrase="the right passphrase")
    file = backup(vault, tmp_path / "copy.flegme-backup")
    vault.close()
    target = tmp_path / "restored" / "flegme.vault"
    with pytest.raises(WrongKeyError):
        restore_backup(file, target, passphrase="a wrong passphrase")
    with pytest.raises(WrongKeyError):
        restore_backup(file, target, recovery_key=recovery_key(bytes(32)))
    damaged = bytearray(file.read_bytes())
    damaged[5000:5100] = bytes(100)  # inside the second page
    file.write_bytes(bytes(damaged))
    with pytest.raises(VaultError):
        restore_backup(file, target, passphrase="the right passphrase")
    assert not target.exists() and not store.meta_path(target).exists()
    assert list(target.parent.iterdir()) == []


def test_export_method_matches_the_contract(vault: Vault) -> None:
    a = add_draft(vault, title="Un", body="Texte à exporter", language="fr",
                  platforms=["x"], role=Role.LEADER)
    assert json.loads(export_drafts(vault, [a.id], "json"))[0]["body"] == "Texte à exporter"


def test_an_old_vault_is_copied_before_it_is_upgraded(tmp_path: Path,
                                                      memory_keyring: MemoryKeyring) -> None:
    from flegme.vault.sqlcipher.keys import recovery_key

    key = bytes(range(32))
    path = tmp_path / "old.vault"
    con = store.connect(path, key, create=True)
    migrations.migrate(con, target=1)
    con.close()
    store.write_meta(path, store.VaultMeta.fresh("keyring"))
    with Vault.open(path, recovery_key=recovery_key(key)) as vault:
        assert migrations.schema_version(vault.con) == migrations.LATEST
    copy = path.with_name("old.vault.schema1.bak")
    assert copy.is_file() and not copy.read_bytes().startswith(b"SQLite format 3")
    old = store.connect(copy, key, create=False)
    assert migrations.schema_version(old) == 1
    old.close()


def test_saves_from_two_threads_never_interleave(vault: Vault) -> None:
    import threading

    draft = add_draft(vault, title="t", body="0", language="en", platforms=[],
                      role=Role.LEADER)
    errors: list[BaseException] = []

    def save(tag: str) -> None:
        try:
            for i in range(40):
                add_revision(vault, draft.id, body=f"{tag}{i}", role=Role.LEADER)
        except BaseException as exc:
            errors.append(exc)

    workers = [threading.Thread(target=save, args=(tag,)) for tag in "ab"]
    for w in workers:
        w.start()
    for w in workers:
        w.join()
    assert errors == []
    numbers = [r.number for r in vault.revisions(draft.id)]
    assert numbers == list(range(1, 82))


def test_the_backup_reads_on_its_own_connection_while_a_write_is_open(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    """The window's writer thread may be inside a transaction when a backup starts: the
    backup copies the last committed state through a connection of its own."""
    vault, recovery = Vault.create(tmp_path / "flegme.vault")
    add_draft(vault, title="Committed", body="Écrit et validé", language="fr", platforms=[],
              role=Role.LEADER)
    vault.con.execute("BEGIN IMMEDIATE")  # a save in flight on the vault's connection
    vault.con.execute("UPDATE drafts SET body = 'not yet committed'")
    file = backup(vault, tmp_path / "backups")
    vault.con.execute("ROLLBACK")
    vault.close()
    restored = restore_backup(file, tmp_path / "b" / "flegme.vault")
    with Vault.open(restored, recovery_key=recovery) as again:
        assert again.get_draft(1).body == "Écrit et validé"
