"""Re-keying never leaves a vault that nothing opens: a failure injected at each step leaves
it opening with the old or the new secret, and the user is told which."""

from __future__ import annotations

import errno
import os
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from flegme.errors import FlegmeError, KeyringUnavailableError, WrongKeyError
from flegme.review.models import Role
from flegme.vault import Vault, rekey
from flegme.vault.sqlcipher import store
from tests.drafting import add_draft
from tests.memory_keyring import MemoryKeyring

OLD, NEW = "the old passphrase, long enough", "the new passphrase, long enough"
BODY = "Texte gardé à travers le changement de clé 🚲"


def _injected() -> OSError:
    return OSError(errno.EIO, "injected I/O error")


def _passphrase_vault(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path, passphrase=OLD)
    with vault:
        add_draft(vault, title="t", body=BODY, language="fr", platforms=[], role=Role.LEADER)
    return path, recovery


def _check_contents(vault: Vault) -> None:
    assert vault.get_draft(1).body == BODY
    assert vault.integrity_problems() == []


def which_passphrase_opens(path: Path) -> tuple[str, list[str]]:
    """'old' or 'new', and what the vault told on opening."""
    for name, secret in (("old", OLD), ("new", NEW)):
        try:
            vault = Vault.open(path, passphrase=secret)
        except WrongKeyError:
            continue
        with vault:
            _check_contents(vault)
            return name, list(getattr(vault, "notices", []))
    raise AssertionError("neither the old nor the new passphrase opens the vault")


def _told(outcome: str, message: str) -> None:
    """The message says which secret opens the vault now."""
    expected = "still opens the vault" if outcome == "old" else "now opens the vault"
    assert expected in message, f"{outcome}: {message!r}"


def _fail_os_replace_when(monkeypatch: pytest.MonkeyPatch,
                          hit: Callable[[str], bool]) -> None:
    real = os.replace

    def replace(src: str | os.PathLike[str], dst: str | os.PathLike[str], *args: object,
                **kwargs: object) -> None:
        if hit(os.fspath(dst)):
            raise _injected()
        real(src, dst, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", replace)


FAILURES: dict[str, Callable[[pytest.MonkeyPatch, Path], None]] = {
    # the first atomic file write of the rekey (today: the header, after re-encrypting)
    "first-file-write": lambda mp, path: _fail_os_replace_when(mp, lambda dst: True),
    "header-write": lambda mp, path: _fail_os_replace_when(
        mp, lambda dst: dst.endswith(store.META_SUFFIX)),
    "fsync": lambda mp, path: mp.setattr(os, "fsync", lambda fd: (_ for _ in ()).throw(
        _injected())),
    "folder-at-header-tmp": lambda mp, path: (
        path.with_name(path.name + store.META_SUFFIX + ".tmp").mkdir()),
    "rekey-statement": lambda mp, path: mp.setattr(
        store, "key_pragma", _bad_second_key_pragma(store.key_pragma)),
}


def _bad_second_key_pragma(real: Callable[[bytes], str]) -> Callable[[bytes], str]:
    calls = {"n": 0}

    def key_pragma(key: bytes) -> str:
        calls["n"] += 1
        return "'not a key" if calls["n"] == 2 else real(key)  # 1: open, 2: the PRAGMA rekey

    return key_pragma


@pytest.mark.parametrize("failure", sorted(FAILURES))
def test_a_failed_passphrase_rekey_leaves_the_old_or_the_new_passphrase(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failure: str) -> None:
    path, _recovery = _passphrase_vault(tmp_path)
    vault = Vault.open(path, passphrase=OLD)
    with monkeypatch.context() as mp:
        FAILURES[failure](mp, path)
        try:
            rekey(vault, passphrase=NEW)
            message = None
        except FlegmeError as exc:
            message = str(exc)
        finally:
            vault.close()
    outcome, notices = which_passphrase_opens(path)
    if message is not None:
        _told(outcome, message)
    else:
        assert outcome == "new"
    if failure == "header-write":
        # the journal was left: the next open finished the change and said so
        assert outcome == "new"
        _told("new", " ".join(notices))
    assert not Path(str(path) + ".rekey.json").exists()
    # the change can be done again once the fault is gone
    with Vault.open(path, passphrase=NEW if outcome == "new" else OLD) as again:
        rekey(again, passphrase="a third passphrase, long")
    Vault.open(path, passphrase="a third passphrase, long").close()


def test_the_new_recovery_key_is_given_before_the_old_key_stops_working(
        tmp_path: Path) -> None:
    path, old_recovery = _passphrase_vault(tmp_path)
    shown: list[str] = []

    def show(recovery: str) -> None:
        # At this moment the file still opens with the old key (and not yet the new one).
        from flegme.vault.sqlcipher.keys import key_from_recovery

        con = store.connect(path, key_from_recovery(old_recovery), create=False)
        con.close()
        shown.append(recovery)

    with Vault.open(path, passphrase=OLD) as vault:
        returned = rekey(vault, passphrase=NEW, on_recovery_key=show)
    assert shown == [returned]
    Vault.open(path, recovery_key=returned).close()


def _keyring_vault(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "flegme.vault"
    vault, recovery = Vault.create(path)
    with vault:
        add_draft(vault, title="t", body=BODY, language="fr", platforms=[], role=Role.LEADER)
    return path, recovery


def which_recovery_opens(path: Path, old: str, new: str | None) -> str:
    """Open from the keyring (must work), then tell whether the old or new key is in use."""
    with Vault.open(path) as vault:
        _check_contents(vault)
    try:
        Vault.open(path, recovery_key=old).close()
        return "old"
    except WrongKeyError:
        assert new is not None, "the old recovery key fails but no new one was given"
        Vault.open(path, recovery_key=new).close()
        return "new"


def test_a_keyring_that_cannot_delete_does_not_lose_a_rekey_to_passphrase(
        tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    path, _recovery = _keyring_vault(tmp_path)

    def refuse(service: str, username: str) -> None:
        raise RuntimeError("the keyring refuses to delete")

    vault = Vault.open(path)
    monkeypatch.setattr(memory_keyring, "delete_password", refuse)
    try:
        rekey(vault, passphrase=NEW)
        message = " ".join(getattr(vault, "notices", []))
    except FlegmeError as exc:
        message = str(exc)
    finally:
        vault.close()
    with Vault.open(path, passphrase=NEW) as again:  # the change went through
        _check_contents(again)
    assert "now opens the vault" in message or "could not be removed" in message


@pytest.mark.parametrize("step", ["store", "read-back"])
def test_a_keyring_failure_before_re_encrypting_keeps_the_old_key(
        tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch,
        step: str) -> None:
    path, recovery = _keyring_vault(tmp_path)
    vault = Vault.open(path)
    real_set = memory_keyring.set_password

    def bad_set(service: str, username: str, password: str) -> None:
        if step == "store":
            raise RuntimeError("the keyring refuses to store")
        real_set(service, username, "00" * 32)  # keeps something else than it was given

    monkeypatch.setattr(memory_keyring, "set_password", bad_set)
    with pytest.raises(FlegmeError) as caught:
        rekey(vault)
    vault.close()
    monkeypatch.undo()
    _told("old", str(caught.value))
    assert which_recovery_opens(path, recovery, None) == "old"


def test_a_late_keyring_write_cannot_undo_a_rekey(
        tmp_path: Path, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch) -> None:
    """A keyring write that times out but lands later must not replace the key in use."""
    from flegme import secrets

    path, recovery = _keyring_vault(tmp_path)
    landed = threading.Event()
    real_set = memory_keyring.set_password

    def slow_set(service: str, username: str, password: str) -> None:
        time.sleep(0.6)  # longer than the time limit below: Flegme gives up first
        real_set(service, username, password)
        landed.set()

    vault = Vault.open(path)
    monkeypatch.setattr(secrets, "DEFAULT_TIMEOUT", 0.2)
    monkeypatch.setattr(memory_keyring, "set_password", slow_set)
    with pytest.raises(KeyringUnavailableError):
        rekey(vault)
    assert landed.wait(5)  # the abandoned write has now completed
    vault.close()
    monkeypatch.undo()
    assert which_recovery_opens(path, recovery, None) == "old"


def test_keyring_rekey_uses_a_new_entry_and_removes_the_old_one_after(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path, recovery = _keyring_vault(tmp_path)
    with Vault.open(path) as vault:
        before = set(memory_keyring.items)
        new_recovery = rekey(vault)
    after = set(memory_keyring.items)
    assert len(after) == 1 and not after & before  # a new name; the old entry is gone
    assert which_recovery_opens(path, recovery, new_recovery) == "new"


@pytest.mark.parametrize("journal", ["hostile scrypt", "oversized"])
def test_a_hostile_or_oversized_journal_is_refused_before_scrypt_runs(
        tmp_path: Path, journal: str, monkeypatch: pytest.MonkeyPatch) -> None:
    import json

    from flegme.errors import VaultCorruptError
    from flegme.vault.sqlcipher import keys, rekey

    path, _ = _passphrase_vault(tmp_path)
    meta = store.meta_to_dict(store.read_meta(path))
    new = {**meta, "scrypt": [2**30, 8, 1]}  # 128 GB per guess
    data = {"previous": meta, "new": new, "new_check": "0" * 64}
    if journal == "oversized":
        data = {"previous": meta, "new": meta, "new_check": "0" * 64, "pad": "x" * 300_000}
    rekey.journal_path(path).write_text(json.dumps(data), "utf-8")
    derived: list[object] = []
    real = keys.derive_key
    def derive(*a: Any) -> Any:
        derived.append(a)
        return real(*a)

    monkeypatch.setattr(keys, "derive_key", derive)
    with pytest.raises(VaultCorruptError, match="damaged"):
        Vault.open(path, passphrase=OLD)
    assert derived == []
