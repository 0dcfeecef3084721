"""Restoring a backup: never over a stale journal, never from or into an empty file, checked
by opening the result; a keyring-mode backup restores on a machine without a keyring."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from flegme.errors import FlegmeError, KeyringUnavailableError, VaultCorruptError
from flegme.review.models import Role
from flegme.vault import Vault, backup, restore_backup
from flegme.vault.sqlcipher import store
from tests.drafting import add_draft
from tests.memory_keyring import MemoryKeyring


def _backed_up_vault(tmp_path: Path) -> tuple[Vault, Path, str]:
    """An open keyring vault with one draft, its backup, and its recovery key."""
    vault, recovery = Vault.create(tmp_path / "a" / "flegme.vault")
    add_draft(vault, title="Kept", body="avant la sauvegarde", language="fr", platforms=[],
              role=Role.LEADER)
    return vault, backup(vault, tmp_path / "backups"), recovery


def _stale_wal_from(vault: Vault) -> bytes:
    """Committed writes of `vault` still in its WAL (as a crash would leave them)."""
    for i in range(30):
        add_draft(vault, title=f"later {i}", body="écrit après la sauvegarde " * 20,
                  language="fr", platforms=[], role=Role.LEADER)
    wal = vault.path.with_name(vault.path.name + "-wal")
    assert wal.stat().st_size > 0
    return wal.read_bytes()


@pytest.mark.parametrize("leftovers", [("-wal",), ("-wal", "-shm"), ("-journal",)])
def test_restore_sets_a_stale_journal_aside_and_never_replays_it(
        tmp_path: Path, memory_keyring: MemoryKeyring, leftovers: tuple[str, ...]) -> None:
    vault, file, recovery = _backed_up_vault(tmp_path)
    stale = _stale_wal_from(vault)  # same key: a replay would not even fail to decrypt
    vault.close()
    target = tmp_path / "b" / "flegme.vault"
    target.parent.mkdir()
    for suffix in leftovers:
        target.with_name(target.name + suffix).write_bytes(stale)
    restore_backup(file, target, recovery_key=recovery)
    with Vault.open(target, recovery_key=recovery) as restored:
        assert restored.integrity_problems() == []
        assert [d.title for d in restored.list_drafts()] == ["Kept"]  # the backup, nothing else
    for suffix in leftovers:  # kept beside, under another name, byte for byte
        kept = list(target.parent.glob(f"{target.name}{suffix}.set-aside-*"))
        assert len(kept) == 1 and kept[0].read_bytes() == stale


def test_an_empty_backup_is_refused_and_nothing_is_created(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    vault, file, recovery = _backed_up_vault(tmp_path)
    vault.close()
    file.write_bytes(b"")
    target = tmp_path / "b" / "flegme.vault"
    with pytest.raises(VaultCorruptError, match="empty"):
        restore_backup(file, target, recovery_key=recovery)
    assert not target.exists() and not store.meta_path(target).exists()
    assert not target.parent.exists() or list(target.parent.iterdir()) == []


def test_an_empty_vault_is_never_turned_into_a_new_one(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path)
    vault.close()
    path.write_bytes(b"")  # e.g. a full disk, a bad sync tool
    header = store.meta_path(path).read_bytes()
    for recovery_key in (None, recovery):
        with pytest.raises(VaultCorruptError, match=r"empty \(0 bytes\)"):
            Vault.open(path, recovery_key=recovery_key)
    assert path.stat().st_size == 0 and store.meta_path(path).read_bytes() == header
    assert not path.with_name(path.name + "-wal").exists()


def _no_keyring(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    backend = fail.Keyring()  # type: ignore[no-untyped-call]
    monkeypatch.setattr(keyring, "get_keyring", lambda: backend)
    monkeypatch.setattr(keyring, "set_password", backend.set_password)
    monkeypatch.setattr(keyring, "get_password", backend.get_password)


def test_a_keyring_backup_restores_in_passphrase_mode_without_a_keyring(
        tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    vault, file, recovery = _backed_up_vault(tmp_path)
    vault.close()
    _no_keyring(monkeypatch)  # another machine: no keyring at all
    target = tmp_path / "b" / "flegme.vault"
    with pytest.raises(KeyringUnavailableError, match="passphrase"):
        restore_backup(file, target, recovery_key=recovery)
    assert not target.exists() and not store.meta_path(target).exists()
    shown: list[str] = []
    restore_backup(file, target, recovery_key=recovery, new_passphrase="a new long passphrase",
                   on_recovery_key=shown.append)
    assert store.read_meta(target).mode == "passphrase"
    with Vault.open(target, passphrase="a new long passphrase") as restored:
        assert restored.get_draft(1).body == "avant la sauvegarde"
        assert restored.integrity_problems() == []
    assert len(shown) == 1
    Vault.open(target, recovery_key=shown[0]).close()


def test_opening_with_the_recovery_key_repairs_a_lost_keyring_entry(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path)
    vault.close()
    memory_keyring.items.clear()  # the keyring was reset
    with Vault.open(path, recovery_key=recovery) as opened:
        assert any("keyring" in n for n in opened.notices)
    Vault.open(path).close()  # the keyring alone opens it again


def test_a_stale_keyring_entry_is_repaired_without_touching_it(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path)
    vault.close()
    (entry,) = memory_keyring.items
    memory_keyring.items[entry] = bytes(32).hex()  # another copy's key under the same name
    Vault.open(path, recovery_key=recovery).close()
    assert memory_keyring.items[entry] == bytes(32).hex()  # the other copy keeps its key
    Vault.open(path).close()


def test_a_restore_that_fails_its_check_is_not_left_as_the_vault(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    vault, file, recovery = _backed_up_vault(tmp_path)
    vault.close()
    data = bytearray(file.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 500
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    file.write_bytes(bytes(data))
    target = tmp_path / "b" / "flegme.vault"
    with pytest.raises(FlegmeError, match="damaged"):
        restore_backup(file, target, recovery_key=recovery)
    assert not target.exists() and not store.meta_path(target).exists()
    assert hashlib.sha256(file.read_bytes()).digest() == hashlib.sha256(bytes(data)).digest()


def test_a_key_change_journal_left_at_the_target_never_locks_the_restored_vault(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    from flegme.vault.sqlcipher.rekey import journal_path

    vault, file, recovery = _backed_up_vault(tmp_path)
    vault.close()
    gone, _ = Vault.create(tmp_path / "b" / "flegme.vault")  # the vault that lived there
    gone.close()
    target = gone.path
    journal = journal_path(target)
    journal.write_text('{"previous": {"vault_id": "x", "mode": "keyring"}, "new": {"vault_id": '
                       '"x", "mode": "keyring", "key_entry": "vault:x:1"}, "new_check": "00"}')
    stale = journal.read_bytes()
    for file_ in (target, store.meta_path(target)):
        file_.rename(file_.with_name(file_.name + ".moved"))
    restore_backup(file, target, recovery_key=recovery)
    with Vault.open(target) as restored:
        assert restored.get_draft(1).body == "avant la sauvegarde"
    kept = list(target.parent.glob(f"{journal.name}.set-aside-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == stale
    journal.write_bytes(stale)  # and one that appears later is set aside on opening
    with Vault.open(target) as restored:
        assert any("another vault" in n for n in restored.notices)
    assert not journal.exists()


def test_a_restore_that_cannot_be_put_in_place_leaves_nothing_half_done(
        tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    import errno
    import os

    vault, file, recovery = _backed_up_vault(tmp_path)
    vault.close()
    target = tmp_path / "b" / "flegme.vault"
    real = os.replace

    def full_disk(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if os.fspath(dst) == str(target):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    with monkeypatch.context() as mp:
        mp.setattr(os, "replace", full_disk)
        with pytest.raises(FlegmeError, match="Nothing was restored"):
            restore_backup(file, target, recovery_key=recovery)
    assert list(target.parent.iterdir()) == []
    restore_backup(file, target, recovery_key=recovery)  # and it can be done again
    Vault.open(target).close()
