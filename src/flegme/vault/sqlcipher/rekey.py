"""Re-keying as a protocol that a kill, a full disk or a failing keyring can stop at any step
without leaving a vault that nothing opens.

1. the new key is made;
2. a journal beside the header (`<vault>.rekey.json`) records the old and new headers and a
   check value of the new key (an HMAC under the key: it tells nothing the encrypted file
   does not already); in keyring mode the key is then stored under a fresh entry the
   journal names, and read back (a late keyring write lands in an entry nothing reads yet);
3. the new recovery key is shown, while the old key still opens the vault;
4. the database is re-encrypted in one transaction (`PRAGMA rekey`), checked from a second
   connection, and checkpointed;
5. the header is replaced by the new one;
6. the old keyring entry is removed, then the journal.
After a stop at any step the file opens with the old or the new key: the next open finds the
journal, tries both, finishes or rolls back the change, and says which (`recover`).
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import json
import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flegme.bounded_read import read_capped
from flegme.errors import (
    FlegmeError,
    KeyringUnavailableError,
    VaultCorruptError,
    VaultError,
    VaultLockedError,
    WrongKeyError,
)
from flegme.vault.sqlcipher import damage, keyring_store, keys, store

if TYPE_CHECKING:
    from flegme.vault.sqlcipher.drafts import DraftStore

JOURNAL_SUFFIX = store.REKEY_JOURNAL_SUFFIX
# Tests set this to pause, report or die at each step boundary (the kill test).
STEP_HOOK: Callable[[str], None] | None = None


def _step(name: str) -> None:
    if STEP_HOOK is not None:
        STEP_HOOK(name)


def journal_path(path: Path) -> Path:
    """Where the journal of an unfinished key change of the vault at `path` lives."""
    return path.with_name(path.name + JOURNAL_SUFFIX)


def key_check(key: bytes) -> str:
    """A value that tells whether a key is the new one, without revealing it."""
    return hmac.new(key, b"flegme: the new vault key", hashlib.sha256).hexdigest()


@dataclass(frozen=True, slots=True)
class Journal:
    """An unfinished key change: the header before and after, and the new key's check."""

    previous: store.VaultMeta
    new: store.VaultMeta
    new_check: str


def read_journal(path: Path) -> Journal | None:
    """The journal of an unfinished key change, or None when there is none."""
    file = journal_path(path)
    try:
        data = json.loads(read_capped(file, 2 * store.MAX_META_BYTES).decode("utf-8"))
        journal = Journal(store.meta_from_dict(data["previous"]),
                          store.meta_from_dict(data["new"]), str(data["new_check"]))
        for meta in (journal.previous, journal.new):
            if meta.mode == "passphrase":  # scrypt must not be handed hostile parameters
                store.check_passphrase_params(meta)
        return journal
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        # (TooLargeError is a ValueError: a journal is a few hundred bytes)
        raise VaultCorruptError(
            f"{file} is damaged ({exc}). It records a key change that was interrupted; move it "
            "away to open the vault with the key its header names.") from None


def _write_journal(path: Path, journal: Journal) -> None:
    store.write_json_atomically(journal_path(path), {
        "note": "Flegme: a key change in progress (no secret here). Flegme finishes or undoes "
                "it the next time it opens the vault.",
        "previous": store.meta_to_dict(journal.previous),
        "new": store.meta_to_dict(journal.new),
        "new_check": journal.new_check,
    })


def _remove_journal(path: Path) -> bool:
    try:
        journal_path(path).unlink(missing_ok=True)
    except OSError:
        return False
    return True


def _secret(meta: store.VaultMeta) -> str:
    if meta.mode == "passphrase":
        return "passphrase (or its recovery key)"
    return "key in the system keyring (or its recovery key)"


def old_still_opens(meta: store.VaultMeta) -> str:
    """The sentence saying the old key is still the one."""
    return f"Nothing was changed: the old {_secret(meta)} still opens the vault."


def new_now_opens(meta: store.VaultMeta) -> str:
    """The sentence saying the new key is now the one."""
    return (f"The new {_secret(meta)} now opens the vault; the old one no longer does (backups "
            "made before the change still need the old recovery key).")


# -- the change ------------------------------------------------------------------------------

def rekey(vault: DraftStore, *, passphrase: str | None = None,
          on_recovery_key: Callable[[str], None] | None = None) -> str:
    """Replace the open vault's key; returns the new recovery key, first handed to
    `on_recovery_key` while the old key still works.

    Afterwards the old key and recovery key no longer open the vault, but backups made before
    still need them. Keyring mode (no passphrase) puts the key under a new keyring entry;
    passphrase mode derives it from the new passphrase. Any failure leaves the old or the new
    key in force, and the error says which."""
    if vault.damaged:
        raise VaultCorruptError(damage.damage_message(vault.damaged))
    old = vault.meta
    key, new = _new_key(old, passphrase)
    _step("new-key")
    _begin(vault.path, old, new, key)
    recovery = keys.recovery_key(key)
    _switch(vault, old, new, key, lambda: on_recovery_key(recovery) if on_recovery_key else None)
    _step("rekeyed")
    _commit(vault, old, new)
    return recovery


def _begin(path: Path, old: store.VaultMeta, new: store.VaultMeta, key: bytes) -> None:
    """Steps 1-2: the journal, then (keyring mode) the new key under the entry it names."""
    try:
        _write_journal(path, Journal(old, new, key_check(key)))
    except OSError as exc:
        raise VaultError(f"The key change could not start ({exc}). "
                         f"{old_still_opens(old)}") from None
    _step("journal")
    if new.mode != "keyring":
        return
    try:  # after the journal, which names the entry: a kill here leaves no stray entry
        keyring_store.store_new_key(keyring_store.entry_for(new), key)
    except BaseException as exc:
        _remove_journal(path)
        _forget_new_entry(old, new)
        if isinstance(exc, KeyringUnavailableError):
            raise KeyringUnavailableError(f"{exc} {old_still_opens(old)}") from None
        raise
    _step("keyring")


def _switch(vault: DraftStore, old: store.VaultMeta, new: store.VaultMeta, key: bytes,
            announce: Callable[[], None]) -> None:
    """Steps 3-4: show the new recovery key, re-encrypt. On failure, find out which key the
    file is under: undo when it is the old one, go on when it is the new one."""
    try:
        announce()
        _step("announced")
        _reencrypt(vault, key)
    except BaseException as exc:
        state = _which_key(vault.path, key)
        if state == "new":
            return  # the file is under the new key: finishing is the only way forward
        if state == "old":
            _remove_journal(vault.path)
            _forget_new_entry(old, new)
            told = old_still_opens(old) + " The new recovery key shown does not."
        else:
            told = ("Flegme will finish or undo it the next time it opens the vault, and "
                    "say which key opens it.")
        if isinstance(exc, Exception):
            raise VaultError(f"The key change failed ({exc}). {told}") from None
        raise


def _commit(vault: DraftStore, old: store.VaultMeta, new: store.VaultMeta) -> None:
    """Steps 5-6: the new header, then the old keyring entry and the journal go."""
    vault.meta = new
    try:
        store.write_meta(vault.path, new)
    except OSError as exc:
        raise VaultError(
            f"The vault was re-encrypted, but its header could not be updated ({exc}). "
            f"{new_now_opens(new)} Flegme finishes the change the next time it opens the "
            "vault.") from None
    _step("header")
    vault.notices.extend(_retire(old, new))
    _step("retired")
    _remove_journal(vault.path)  # if this fails, the next open finds the change complete
    _step("done")


def _new_key(old: store.VaultMeta, passphrase: str | None) -> tuple[bytes, store.VaultMeta]:
    if passphrase is not None:
        salt = os.urandom(16)
        n, r, p = keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P
        key = keys.derive_key(passphrase, salt, n, r, p)
        return key, store.VaultMeta(vault_id=old.vault_id, mode="passphrase", salt=salt.hex(),
                                    scrypt=(n, r, p))
    keyring_store.require_keyring()
    return keys.new_key(), store.VaultMeta(vault_id=old.vault_id, mode="keyring",
                                           key_entry=keyring_store.fresh_entry(old.vault_id))


def _reencrypt(vault: DraftStore, key: bytes) -> None:
    with vault.write_lock:
        con = vault.con
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _step("checkpoint")
        con.execute(f"PRAGMA rekey = {store.key_pragma(key)}")
        _step("rekey")
        if _which_key(vault.path, key) != "new":  # confirmed from a second connection
            raise VaultError("the re-encrypted vault does not open with the new key")
        con.reopen = store.reopener(vault.path, key)  # after damage, reconnect with this key
        with contextlib.suppress(FlegmeError, OSError):
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the WAL is under the new key too


def _which_key(path: Path, key: bytes) -> str:
    """'new' when `key` opens the file, 'old' when it certainly does not, else 'unknown'."""
    try:
        store.connect(path, key, create=False).close()
    except WrongKeyError:
        return "old"  # page 1 is not under the new key: the one-transaction rekey did not commit
    except (FlegmeError, OSError):
        return "unknown"
    return "new"


def _forget_new_entry(old: store.VaultMeta, new: store.VaultMeta) -> None:
    if new.mode == "keyring" and keyring_store.entry_for(new) != _entry(old):
        keyring_store.forget_key(keyring_store.entry_for(new))


def _entry(meta: store.VaultMeta) -> str | None:
    return keyring_store.entry_for(meta) if meta.mode == "keyring" else None


def _retire(old: store.VaultMeta, new: store.VaultMeta) -> list[str]:
    """Remove the old key's keyring entry once the new header is in place."""
    stale = _entry(old)
    if stale is None or stale == _entry(new) or keyring_store.forget_key(stale):
        return []
    return ["The old key's entry in the system keyring could not be removed; it no longer opens "
            "the vault (only backups made before the change)."]


# -- the next open after an interrupted change -----------------------------------------------

def recover(path: Path, journal: Journal, passphrase: str | None,
            recovery_key: str | None) -> tuple[Any, store.VaultMeta, bytes, list[str]]:
    """Open a vault whose key change was interrupted with whichever of the old and the new
    key opens it, then finish or roll back the change. Returns the connection, the header
    now in force, the key, and what to tell the user."""
    con, key = _open_either(path, journal, passphrase, recovery_key)
    if key_check(key) == journal.new_check:
        meta, notices = journal.new, [
            "A key change was interrupted after the vault was re-encrypted; Flegme has "
            f"finished it. {new_now_opens(journal.new)}"]
        notices += _retire(journal.previous, journal.new)
    else:
        meta, notices = journal.previous, [
            "A key change was interrupted before it took effect; Flegme has undone it. "
            f"{old_still_opens(journal.previous)} A recovery key shown during that change "
            "does not."]
        _forget_new_entry(journal.previous, journal.new)
    try:
        if _current(path) != meta:
            store.write_meta(path, meta)
    except (OSError, FlegmeError) as exc:
        notices.append(f"The vault's header could not be updated ({exc}); Flegme tries again "
                       "the next time it opens the vault.")
        return con, meta, key, notices
    if not _remove_journal(path):
        notices.append(f"{journal_path(path)} could not be removed; it is harmless.")
    return con, meta, key, notices


def _current(path: Path) -> store.VaultMeta | None:
    try:
        return store.read_meta(path)
    except FlegmeError:
        return None


def _open_either(path: Path, journal: Journal, passphrase: str | None,
                 recovery_key: str | None) -> tuple[Any, bytes]:
    candidates: list[bytes] = []
    problems: list[FlegmeError] = []
    if recovery_key:
        candidates.append(keys.key_from_recovery(recovery_key))
    else:
        for meta in (journal.previous, journal.new):
            try:
                key = _key_of(meta, passphrase)
            except FlegmeError as exc:
                problems.append(exc)
                continue
            if key is not None and key not in candidates:
                candidates.append(key)
    for key in candidates:
        try:
            return store.connect(path, key, create=False), key
        except WrongKeyError:
            continue
    for problem in problems:  # e.g. a passphrase is needed, or the keyring did not answer
        if isinstance(problem, (VaultLockedError, KeyringUnavailableError)):
            raise problem
    raise WrongKeyError("Neither the old nor the new key opens this vault (a key change was "
                        "interrupted): try the other passphrase or recovery key. Nothing was "
                        "changed.")


def _key_of(meta: store.VaultMeta, passphrase: str | None) -> bytes | None:
    if meta.mode == "passphrase":
        if passphrase is None:
            raise VaultLockedError("This vault is protected by a passphrase: enter it (a key "
                                   "change was interrupted: the old or the new one opens it).")
        n, r, p = meta.scrypt
        return keys.derive_key(passphrase, bytes.fromhex(meta.salt), n, r, p)
    return keyring_store.load_key(keyring_store.entry_for(meta))
