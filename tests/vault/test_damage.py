"""A vault with damaged pages: found on open (or at the first bad read), said in plain words,
opened read-only, what can be read exported, and never a byte written into it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from flegme.errors import VaultCorruptError
from flegme.vault import Role, Vault, damage
from flegme.vault.backup import export_readable
from tests.memory_keyring import MemoryKeyring


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damaged_vault(folder: Path, *, passphrase: str | None = None, drafts: int = 60) -> Path:
    """A closed vault of `drafts` drafts with 8 bytes flipped inside a page in its middle."""
    path = folder / "flegme.vault"
    vault, _ = Vault.create(path, passphrase=passphrase)
    with vault:
        for i in range(drafts):
            vault.create_draft(title=f"Post {i}", body=f"Texte numéro {i} " * 40,
                               language="fr", platforms=[], role=Role.LEADER)
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 1000
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    path.write_bytes(bytes(data))
    return path


def test_damage_is_found_on_open_and_the_vault_is_read_only(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = damaged_vault(tmp_path)
    before = _digest(path)
    with Vault.open(path) as vault:
        assert vault.damaged
        told = " ".join(vault.notices)
        assert "damaged" in told and "read-only" in told
        with pytest.raises(VaultCorruptError, match="Nothing was saved"):
            vault.create_draft(title="new", body="never written", language="fr",
                               platforms=[], role=Role.LEADER)
        with pytest.raises(VaultCorruptError, match="damage"):
            vault.backup(tmp_path / "backup")
        with pytest.raises(VaultCorruptError):
            vault.rekey(passphrase="a new long passphrase")
        text, unreadable = export_readable(vault, "md")
    assert _digest(path) == before  # not even a checkpoint on close
    assert not (tmp_path / "backup").exists()
    readable = text.count("# Post ")
    assert readable > 0 and readable + len(unreadable) == 60


def test_damage_beyond_the_open_check_is_caught_at_the_first_bad_read(
        tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    path = damaged_vault(tmp_path)
    before = _digest(path)
    monkeypatch.setattr(damage, "PAGE_CHECK_BYTES", 0)  # as for a vault above the bounds
    monkeypatch.setattr(damage, "TREE_CHECK_BYTES", 0)
    with Vault.open(path) as vault:
        assert not vault.damaged
        with pytest.raises(VaultCorruptError, match="damaged"):
            for i in range(1, 61):
                vault.get_draft(i)
        assert vault.damaged
        with pytest.raises(VaultCorruptError, match="Nothing was saved"):
            vault.save_revision(1, body="never written", role=Role.LEADER)
    assert _digest(path) == before


def test_a_healthy_vault_is_not_reported_damaged(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    Vault.create(path)[0].close()
    with Vault.open(path) as vault:
        assert vault.damaged == [] and vault.notices == []
