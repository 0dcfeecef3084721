"""The vault file: encrypted, keyed from the keyring, recoverable, never overwritten."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from flegme.errors import (
    KeyringUnavailableError,
    VaultError,
    VaultInUseError,
    VaultLockedError,
    WrongKeyError,
)
from flegme.review.models import Role
from flegme.vault import Vault, keyring_entry, rekey
from flegme.vault.sqlcipher.keys import key_from_recovery, recovery_key
from tests.drafting import add_draft, add_revision
from tests.memory_keyring import MemoryKeyring

SECRET_TEXT = "Projet confidentiel : rachat de Cyclomax"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_file_is_encrypted_including_the_wal(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, _ = Vault.create(path)
    draft = add_draft(vault, title="Rachat", body=SECRET_TEXT, language="fr",
                      platforms=["linkedin"], role=Role.LEADER)
    add_revision(vault, draft.id, body=SECRET_TEXT + " (v2)", role=Role.LEADER)
    wal = path.with_name(path.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0  # still open: the WAL holds the commit
    for file in (path, wal):
        data = file.read_bytes()
        assert not data.startswith(b"SQLite format 3")
        assert SECRET_TEXT.encode() not in data and b"Cyclomax" not in data
    vault.close()
    assert not path.read_bytes().startswith(b"SQLite format 3")
    assert b"Cyclomax" not in path.read_bytes()


def test_key_lives_in_the_keyring_and_reopens(tmp_path: Path,
                                              memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path)
    entry = keyring_entry(vault.meta.vault_id)
    stored = memory_keyring.items[("Flegme", entry)]
    assert len(bytes.fromhex(stored)) == 32
    assert key_from_recovery(recovery).hex() == stored
    assert stored not in (path.with_name(path.name + ".meta.json")).read_text()
    add_draft(vault, title="t", body="b", language="en", platforms=[], role=Role.LEADER)
    vault.close()
    with Vault.open(path) as again:
        assert again.count_drafts() == 1


def test_recovery_key_reopens_when_the_keyring_entry_is_lost(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path)
    vault.close()
    memory_keyring.items.clear()
    with pytest.raises(VaultLockedError, match="recovery key"):
        Vault.open(path)
    typed = recovery.lower().replace("-", " ")  # how a person might type it
    with Vault.open(path, recovery_key=typed) as again:
        assert again.count_drafts() == 0


def test_recovery_key_typo_is_caught() -> None:
    key = bytes(range(32))
    text = recovery_key(key)
    broken = ("B" if text[0] != "B" else "C") + text[1:]
    with pytest.raises(WrongKeyError, match="typo"):
        key_from_recovery(broken)


def test_wrong_key_is_clear_and_leaves_the_file_untouched(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, _ = Vault.create(path)
    vault.close()
    before = _digest(path)
    with pytest.raises(WrongKeyError, match="does not open"):
        Vault.open(path, recovery_key=recovery_key(bytes(32)))
    assert _digest(path) == before


def test_corrupted_file_is_never_recreated(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, _ = Vault.create(path)
    vault.close()
    data = bytearray(path.read_bytes())
    data[:64] = bytes(64)  # destroy the first page's header and salt
    path.write_bytes(bytes(data))
    before = _digest(path)
    with pytest.raises(VaultError):
        Vault.open(path)
    assert _digest(path) == before
    with pytest.raises(VaultError, match="already exists"):
        Vault.create(path)


def test_passphrase_mode(tmp_path: Path) -> None:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path, passphrase="correct horse battery")
    assert vault.meta.mode == "passphrase" and vault.meta.salt
    vault.close()
    with pytest.raises(VaultLockedError, match="passphrase"):
        Vault.open(path)
    with pytest.raises(WrongKeyError):
        Vault.open(path, passphrase="wrong horse")
    Vault.open(path, passphrase="correct horse battery").close()
    Vault.open(path, recovery_key=recovery).close()


def test_no_keyring_means_a_clear_error_never_plaintext(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    monkeypatch.setattr(keyring, "get_keyring", lambda: fail.Keyring())  # type: ignore[no-untyped-call]
    path = tmp_path / "flegme.vault"
    with pytest.raises(KeyringUnavailableError, match="passphrase mode"):
        Vault.create(path)
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_a_keyring_that_hangs_gets_an_answer(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    from flegme import secrets

    blocked = threading.Event()
    monkeypatch.setattr(secrets, "DEFAULT_TIMEOUT", 0.3)

    class Hanging(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            blocked.wait(5)
            return None

    import keyring

    monkeypatch.setattr(keyring, "get_keyring", lambda: Hanging())
    monkeypatch.setattr(keyring, "get_password",
                        lambda s, u: Hanging().get_password(s, u))
    with pytest.raises(KeyringUnavailableError, match="did not answer"):
        secrets.get_secret("anything", timeout=0.3)
    blocked.set()


def test_second_process_gets_already_open(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path)
    with pytest.raises(VaultInUseError, match="already open"):
        Vault.open(path, recovery_key=recovery)
    code = (
        "import sys\nfrom flegme.vault import Vault\nfrom flegme.errors import VaultInUseError\n"
        "try:\n    Vault.open(sys.argv[1], recovery_key=sys.argv[2])\n"
        "except VaultInUseError as e:\n    print('IN USE:', e)\n"
    )
    out = subprocess.run([sys.executable, "-c", code, str(path), recovery],
                         capture_output=True, text=True, timeout=60)
    assert out.stdout.startswith("IN USE:"), out.stderr
    vault.close()
    Vault.open(path, recovery_key=recovery).close()  # free again once closed


def test_rekey_revokes_the_old_key(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, old_recovery = Vault.create(path)
    add_draft(vault, title="t", body="kept across rekey", language="en", platforms=[],
              role=Role.LEADER)
    new_recovery = rekey(vault)
    assert new_recovery != old_recovery
    vault.close()
    with pytest.raises(WrongKeyError):
        Vault.open(path, recovery_key=old_recovery)
    with Vault.open(path) as again:  # the keyring holds the new key
        assert again.get_draft(1).body == "kept across rekey"
    with Vault.open(path, recovery_key=new_recovery) as again:
        assert again.integrity_problems() == []


def test_rekey_to_passphrase_mode(tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, _ = Vault.create(path)
    entry = ("Flegme", keyring_entry(vault.meta.vault_id))
    rekey(vault, passphrase="a long new passphrase")
    vault.close()
    assert entry not in memory_keyring.items
    Vault.open(path, passphrase="a long new passphrase").close()


def test_refuses_a_library_without_sqlcipher(tmp_path: Path, memory_keyring: MemoryKeyring,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    import sqlite3

    monkeypatch.setattr("flegme.vault.sqlcipher.store.sqlcipher3.connect", sqlite3.connect)
    with pytest.raises(VaultError, match="not SQLCipher"):
        Vault.create(tmp_path / "plain.vault", passphrase="pw")
    assert not (tmp_path / "plain.vault").exists() or \
        (tmp_path / "plain.vault").stat().st_size == 0


def test_a_hanging_keyring_is_not_reported_as_a_wrong_key(
        tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    import threading

    import keyring

    from flegme import secrets

    path = tmp_path / "flegme.vault"
    Vault.create(path)[0].close()
    release = threading.Event()

    class Hanging(MemoryKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            release.wait(10)  # a locked collection waiting on a prompt nobody sees
            return None

    monkeypatch.setattr(secrets, "DEFAULT_TIMEOUT", 0.3)
    keyring.set_keyring(Hanging())
    before = _digest(path)
    try:
        with pytest.raises(KeyringUnavailableError, match=r"did not answer.*passphrase mode"):
            Vault.open(path)
    finally:
        release.set()
    assert _digest(path) == before


def test_a_stale_keyring_key_points_to_the_recovery_key(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path)
    entry = ("Flegme", keyring_entry(vault.meta.vault_id))
    vault.close()
    memory_keyring.items[entry] = bytes(32).hex()  # e.g. left over from another copy
    before = _digest(path)
    with pytest.raises(WrongKeyError, match=r"keyring does not open.*recovery key"):
        Vault.open(path)
    assert _digest(path) == before
    Vault.open(path, recovery_key=recovery).close()
