"""Re-keying: a new vault key, the old key and recovery key revoked."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from flegme.vault import keys, store

if TYPE_CHECKING:
    from flegme.vault.vault import Vault


def rekey_vault(vault: Vault, passphrase: str | None) -> str:
    """Re-encrypt `vault` under a new key; returns the new recovery key."""
    from flegme.vault.vault import keyring_entry

    meta = vault.meta
    if passphrase is not None:
        salt = os.urandom(16)
        key = keys.derive_key(passphrase, salt)
        new_meta = store.VaultMeta(vault_id=meta.vault_id, mode="passphrase", salt=salt.hex(),
                                   scrypt=(keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P))
    else:
        key = keys.new_key()
        new_meta = store.VaultMeta(vault_id=meta.vault_id, mode="keyring")
    con = vault.con
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    if new_meta.mode == "keyring":
        from flegme import secrets

        # Keep the old key until the database is re-encrypted: a failure in between must
        # never leave a vault whose key is nowhere.
        old = secrets.get_secret(keyring_entry(meta.vault_id)) if meta.mode == "keyring" else None
        secrets.set_secret(keyring_entry(meta.vault_id), key.hex())
        try:
            con.execute(f"PRAGMA rekey = {store.key_pragma(key)}")
        except BaseException:
            if old:
                secrets.set_secret(keyring_entry(meta.vault_id), old)
            raise
    else:
        con.execute(f"PRAGMA rekey = {store.key_pragma(key)}")
        if meta.mode == "keyring":
            from flegme import secrets

            secrets.delete_secret(keyring_entry(meta.vault_id))
    store.write_meta(vault.path, new_meta)
    vault.meta = new_meta
    return keys.recovery_key(key)
