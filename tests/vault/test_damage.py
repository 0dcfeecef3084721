"""A vault with damaged pages: found on open (or at the first bad read), said in plain words,
opened read-only, what can be read exported, and never a byte written into it."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from flegme.errors import VaultCorruptError
from flegme.review.models import Role
from flegme.vault import Vault, backup, readable_drafts, rekey
from flegme.vault.sqlcipher import damage
from tests.drafting import add_draft, add_revision
from tests.memory_keyring import MemoryKeyring
from tests.vault.damaging import damaged_vault


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damage_is_found_on_open_and_the_vault_is_read_only(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = damaged_vault(tmp_path)
    before = _digest(path)
    with Vault.open(path) as vault:
        assert vault.damaged
        told = " ".join(vault.notices)
        assert "damaged" in told and "read-only" in told
        with pytest.raises(VaultCorruptError, match="Nothing was saved"):
            add_draft(vault, title="new", body="never written", language="fr",
                      platforms=[], role=Role.LEADER)
        with pytest.raises(VaultCorruptError, match="damage"):
            backup(vault, tmp_path / "backup")
        with pytest.raises(VaultCorruptError):
            rekey(vault, passphrase="a new long passphrase")
        drafts, unreadable = readable_drafts(vault)
    assert _digest(path) == before  # not even a checkpoint on close
    assert not (tmp_path / "backup").exists()
    assert drafts and unreadable and len(drafts) + len(unreadable) == 60
    assert all(d.body.startswith(f"Texte numéro {d.id - 1} ") for d in drafts)


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
            add_revision(vault, 1, body="never written", role=Role.LEADER)
    assert _digest(path) == before


def test_a_healthy_vault_is_not_reported_damaged(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    Vault.create(path)[0].close()
    with Vault.open(path) as vault:
        assert vault.damaged == [] and vault.notices == []


class _SlowRaw:
    """A raw connection whose one read waits until released; it notes when it is closed."""

    def __init__(self) -> None:
        self.inside, self.release = threading.Event(), threading.Event()
        self.closed_during_read = False
        self.reading = False
        self.closed = False

    def execute(self, sql: str, params: object = ()) -> object:
        if sql.startswith("SELECT"):
            self.reading = True
            self.inside.set()
            self.release.wait(5)
            self.reading = False
        return None

    def close(self) -> None:
        self.closed_during_read = self.closed_during_read or self.reading
        self.closed = True


def test_reopening_after_damage_waits_for_a_read_on_another_thread() -> None:
    """(A background task's damage error reopens the connection: the window's read on the GUI
    thread must finish on the old one first, not see it closed under it.)"""
    old, fresh = _SlowRaw(), _SlowRaw()
    con = damage.GuardedConnection(old, reopen=lambda: fresh)
    reader = threading.Thread(target=con.execute, args=("SELECT 1",))
    reader.start()
    assert old.inside.wait(5)
    reopener = threading.Thread(target=con.after_damage)
    reopener.start()
    reopener.join(0.2)  # with the lock it waits here; without, it closes `old` at once
    old.release.set()
    reader.join(5)
    reopener.join(5)
    assert not old.closed_during_read and old.closed and con.raw is fresh
