"""Re-keying: a new vault key, the old key and recovery key revoked."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from flegme.vault import keyring_store, keys, store

if TYPE_CHECKING:
    from flegme.vault.vault import Vault


def rekey_vault(vault: Vault, passphrase: str | None) -> str:
    """Re-encrypt `vault` under a new key; returns the new recovery key."""
    meta = vault.meta
    if passphrase is not None:
        salt = os.urandom(16)
        key = keys.derive_key(passphrase, salt)
        new_meta = store.VaultMeta(vault_id=meta.vault_id, mode="passphrase", salt=salt.hex(),
                                   scrypt=(keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P))
    else:
        keyring_store.require_keyring()
        key = keys.new_key()
        new_meta = store.VaultMeta(vault_id=meta.vault_id, mode="keyring")
    con = vault.con
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if new_meta.mode == "keyring":
        # Keep the old key until the database is re-encrypted: a failure in between must
        # never leave a vault whose key is nowhere.
        old = keyring_store.load_key(meta.vault_id) if meta.mode == "keyring" else None
        keyring_store.store_key(meta.vault_id, key)
        try:
            con.execute(f"PRAGMA rekey = {store.key_pragma(key)}")
        except BaseException:
            if old:
                keyring_store.store_key(meta.vault_id, old)
            raise
    else:
        con.execute(f"PRAGMA rekey = {store.key_pragma(key)}")
        if meta.mode == "keyring":
            keyring_store.delete_key(meta.vault_id)
    store.write_meta(vault.path, new_meta)
    vault.meta = new_meta
    return keys.recovery_key(key)
