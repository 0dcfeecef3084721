"""The draft vault: an encrypted SQLCipher file whose key lives in the OS keyring (or comes
from a passphrase). Opening, creating and checking it live here; its drafts are written through
`VaultRepository`, its key changed by `rekey`, its copies made by `backup` (one form each)."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path
from typing import Any

from flegme.errors import VaultCorruptError, VaultError, WrongKeyError
from flegme.private_files import copy_private, private_dir
from flegme.vault.sqlcipher import damage, keyring_store, keys, migrations, store
from flegme.vault.sqlcipher.drafts import Clock, DraftStore, utc_now
from flegme.vault.sqlcipher.rekey import journal_path, read_journal, recover

DEFAULT_FILE = "flegme.vault"


class Vault(DraftStore):
    """An open vault. One process at a time; close it (or use `with`)."""

    # -- opening and closing -------------------------------------------------------------

    @staticmethod
    def default_path() -> Path:
        """The vault in the user data folder (or under $FLEGME_DATA_DIR)."""
        override = os.environ.get("FLEGME_DATA_DIR")
        if override:
            return Path(override) / DEFAULT_FILE
        from platformdirs import user_data_dir

        return Path(user_data_dir("Flegme", appauthor=False)) / DEFAULT_FILE

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, passphrase: str | None = None,
               clock: Clock = utc_now) -> tuple[Vault, str]:
        """A new vault; returns it and its recovery key (show it to the user once).

        Keyring mode (no passphrase) stores a random key in the OS keyring and fails with
        `KeyringUnavailableError` when there is no usable keyring: never a plaintext file."""
        path = Path(path)
        if path.exists() or store.meta_path(path).exists():
            raise VaultError(f"A vault already exists at {path}; open it instead.")
        private_dir(path.parent, ours=path == cls.default_path())
        if passphrase is not None:
            salt = os.urandom(16)
            n, r, p = keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P
            meta = store.VaultMeta.fresh("passphrase", salt, (n, r, p))
            key = keys.derive_key(passphrase, salt, n, r, p)
        else:
            keyring_store.require_keyring()
            meta = store.VaultMeta.fresh("keyring")
            key = keys.new_key()
            keyring_store.store_key(keyring_store.entry_for(meta), key)
        lock = store.ProcessLock(path)
        lock.acquire()
        try:
            set_aside = store.set_aside_sidecars(path)  # never replay another file's journal
            con = store.connect(path, key, create=True)
            migrations.migrate(con)
            store.write_meta(path, meta)
        except BaseException:
            lock.release()
            raise
        vault = cls(path, con, meta, lock, clock)
        vault.notices.extend(_set_aside_notice(set_aside))
        return vault, keys.recovery_key(key)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, passphrase: str | None = None,
             recovery_key: str | None = None, clock: Clock = utc_now) -> Vault:
        """Open an existing vault with the keyring, a passphrase or the recovery key.

        Finishes or undoes a key change that was interrupted, checks the file (bounded), and
        opens a damaged vault read-only; `notices` then says what the user must know."""
        path = Path(path)
        store.refuse_missing_or_empty(path)
        meta = store.read_meta(path)
        lock = store.ProcessLock(path)
        lock.acquire()
        try:
            con, meta, key, notices = cls._unlock(path, meta, passphrase, recovery_key)
            try:
                problems = _check_and_upgrade(path, con, meta)
            except BaseException:
                con.close()
                raise
        except BaseException:
            lock.release()
            raise
        vault = cls(path, con, meta, lock, clock)
        vault.notices.extend(notices)
        if problems:
            vault.notices.append(damage.damage_message(problems))
        elif recovery_key:
            vault.notices.extend(keyring_store.repair_entry(vault, key))
        return vault

    @classmethod
    def _unlock(cls, path: Path, meta: store.VaultMeta, passphrase: str | None,
                recovery_key: str | None) -> tuple[Any, store.VaultMeta, bytes, list[str]]:
        """The open connection, the header in force, the key, and what to tell: through an
        interrupted key change's journal when there is one."""
        journal, notices = read_journal(path), []
        if journal is not None and meta.vault_id not in (journal.previous.vault_id,
                                                         journal.new.vault_id):
            journal, notices = None, _set_aside_foreign_journal(path)
        if journal is not None:
            return recover(path, journal, passphrase, recovery_key)
        key = keyring_store.key_for(meta, passphrase, recovery_key)
        return _connect(path, key, meta, recovery_key), meta, key, notices

    def __enter__(self) -> Vault:
        return self

    def integrity_problems(self) -> list[str]:
        """Empty when SQLite's and SQLCipher's integrity checks both pass."""
        return store.integrity_problems(self.con)



def _connect(path: Path, key: bytes, meta: store.VaultMeta, recovery_key: str | None) -> Any:
    try:
        return store.connect(path, key, create=False)
    except WrongKeyError:
        if recovery_key or meta.mode == "passphrase":
            raise
        raise WrongKeyError(
            "The key in the system keyring does not open this vault (it may belong to "
            "another copy of it). Open it with its recovery key. Nothing was changed."
        ) from None


def _check_and_upgrade(path: Path, con: Any, meta: store.VaultMeta) -> list[str]:
    """Run the bounded integrity check; upgrade the schema of a sound vault. Returns the
    damage found (the connection is then read-only)."""
    problems = damage.check_on_open(con, path)
    if migrations.schema_version(con) == 0:
        raise VaultCorruptError(
            f"{path} holds no Flegme drafts (its creation never finished). Nothing was "
            "changed. Restore a backup, or move it away and run `flegme vault init`.")
    if not problems:
        _copy_before_migrating(path, con, meta)
        migrations.migrate(con)
    return problems


def _set_aside_foreign_journal(path: Path) -> list[str]:
    """A key-change journal of another vault (one that lived at this place before)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    journal = journal_path(path)
    aside = journal.with_name(f"{journal.name}.set-aside-{stamp}")
    os.replace(journal, aside)
    return [f"{journal.name} belonged to another vault; it was set aside as {aside.name}."]


def _set_aside_notice(moved: list[Path]) -> list[str]:
    return [f"A leftover journal beside the vault was set aside as {m.name} (kept, not applied)."
            for m in moved]


def _copy_before_migrating(path: Path, con: Any, meta: store.VaultMeta) -> None:
    """Keep an encrypted copy of a vault about to be upgraded to a newer schema."""
    version = migrations.schema_version(con)
    if not 0 < version < migrations.LATEST:
        return
    copy = path.with_name(f"{path.name}.schema{version}.bak")
    if copy.exists():
        return
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the main file alone is then complete
    copy_private(path, copy)
    store.write_meta(copy, meta)
