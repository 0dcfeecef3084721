"""Vault keys in the OS keyring: one small entry per vault key (service "Flegme"), every call
under a time limit (flegme.secrets); never a file fallback.

A new key always goes under a new entry name, which the vault's header names only once the
key is in use: a keyring write that timed out and lands later then fills an entry nothing
reads, instead of replacing the key in use."""

from __future__ import annotations

import dataclasses
import os
from typing import TYPE_CHECKING

from flegme import secrets
from flegme.errors import (
    FlegmeError,
    KeyringUnavailableError,
    VaultCorruptError,
    VaultLockedError,
)
from flegme.vault.sqlcipher import keys, store

if TYPE_CHECKING:
    from flegme.vault.sqlcipher.drafts import DraftStore


def _timeout() -> float:
    return secrets.DEFAULT_TIMEOUT  # read at call time, so settings and tests can change it


def keyring_entry(vault_id: str) -> str:
    """The first keyring entry name (service "Flegme") of a vault's key."""
    return f"vault:{vault_id}"


def entry_for(meta: store.VaultMeta) -> str:
    """The keyring entry that holds the key of the vault with header `meta`."""
    return meta.key_entry or keyring_entry(meta.vault_id)


def fresh_entry(vault_id: str) -> str:
    """A keyring entry name no key of this vault has used yet."""
    return f"{keyring_entry(vault_id)}:{os.urandom(6).hex()}"


def require_keyring() -> None:
    """Raise KeyringUnavailableError (pointing at passphrase mode) when no keyring is usable."""
    usable, why = secrets.keyring_usable(_timeout())
    if not usable:
        raise KeyringUnavailableError(f"{why} Use passphrase mode instead.")


def store_key(entry: str, key: bytes) -> None:
    """Put a key in the keyring under `entry` (64 hex characters: far below every OS limit)."""
    secrets.set_secret(entry, key.hex(), _timeout())


def store_new_key(entry: str, key: bytes) -> None:
    """Store `key` under a fresh `entry` and read it back."""
    store_key(entry, key)
    if load_key(entry) != key:
        forget_key(entry)
        raise KeyringUnavailableError("The system keyring did not keep the new key.")


def load_key(entry: str) -> bytes | None:
    """The key stored under `entry`, or None when the entry is missing."""
    stored = secrets.get_secret(entry, _timeout())
    if not stored:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        raise VaultCorruptError("The keyring entry for this vault is damaged. Open the vault "
                                "with its recovery key.") from None


def delete_key(entry: str) -> None:
    """Remove a keyring entry (no error when there is none)."""
    secrets.delete_secret(entry, _timeout())


def forget_key(entry: str) -> bool:
    """Remove an entry no header names any more; False (and no error) when that failed."""
    try:
        delete_key(entry)
    except (FlegmeError, OSError):
        return False
    return True


def repair_entry(vault: DraftStore, key: bytes) -> list[str]:
    """After opening a keyring-mode vault with its recovery key: when the keyring works but
    lacks the key (reset, or a stale key from another copy), store it again under a fresh
    entry named in the header. Returns what to tell the user (nothing when not needed)."""
    meta = vault.meta
    if meta.mode != "keyring" or not secrets.keyring_usable(_timeout())[0]:
        return []
    try:
        if load_key(entry_for(meta)) == key:
            return []
        entry = fresh_entry(meta.vault_id)
        store_new_key(entry, key)
    except (FlegmeError, OSError):
        return []
    repaired = dataclasses.replace(meta, key_entry=entry)
    try:
        store.write_meta(vault.path, repaired)
    except OSError:
        forget_key(entry)
        return []
    vault.meta = repaired
    # The entry the header used to name is left alone: another copy of the vault may use it.
    return ["The system keyring had no working key for this vault; it holds it again, so the "
            "vault opens without the recovery key next time."]


def key_for(meta: store.VaultMeta, passphrase: str | None, recovery_key: str | None) -> bytes:
    """The key a header, a passphrase or a recovery key gives (the keyring when neither)."""
    if recovery_key:
        return keys.key_from_recovery(recovery_key)
    if meta.mode == "passphrase":
        if passphrase is None:
            raise VaultLockedError("This vault is protected by a passphrase: enter it.")
        n, r, p = meta.scrypt
        return keys.derive_key(passphrase, bytes.fromhex(meta.salt), n, r, p)
    stored = load_key(entry_for(meta))
    if stored is None:
        raise VaultLockedError("The system keyring has no key for this vault (it may have "
                               "been reset). Open it with your recovery key.")
    return stored
