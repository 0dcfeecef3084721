"""The encrypted SQLite connection: SQLCipher keying, pragmas, the single-process lock, and
the small plaintext header beside the vault (its id and key mode; never a secret)."""

from __future__ import annotations

import json
import os
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

import sqlcipher3

from flegme.bounded_read import read_capped
from flegme.errors import VaultCorruptError, VaultError, VaultInUseError, WrongKeyError
from flegme.private_files import create_private, open_private

META_SUFFIX = ".meta.json"
LOCK_SUFFIX = ".lock"
MAX_META_BYTES = 64_000  # the header is a few hundred bytes


@dataclass(frozen=True, slots=True)
class VaultMeta:
    """What is written in clear beside the vault: enough to know how to unlock it."""

    vault_id: str
    mode: str  # "keyring" | "passphrase"
    salt: str = ""  # hex, passphrase mode
    scrypt: tuple[int, int, int] = (0, 0, 0)
    format: int = 1

    @staticmethod
    def fresh(mode: str, salt: bytes = b"", scrypt: tuple[int, int, int] = (0, 0, 0)
              ) -> VaultMeta:
        """A new header with a random vault id."""
        return VaultMeta(vault_id=str(uuid.uuid4()), mode=mode, salt=salt.hex(), scrypt=scrypt)


def meta_path(path: Path) -> Path:
    """Where the header of the vault at `path` lives."""
    return path.with_name(path.name + META_SUFFIX)


def read_meta(path: Path) -> VaultMeta:
    """The vault's header; a clear error when it is missing or damaged."""
    file = meta_path(path)
    try:
        data = json.loads(read_capped(file, MAX_META_BYTES).decode("utf-8"))
        meta = VaultMeta(vault_id=str(data["vault_id"]), mode=str(data["mode"]),
                         salt=str(data.get("salt", "")),
                         scrypt=tuple(data.get("scrypt", (0, 0, 0))),
                         format=int(data.get("format", 1)))
        if meta.mode == "passphrase":
            _check_passphrase_params(meta)
        return meta
    except FileNotFoundError:
        raise VaultError(f"{file} is missing: it tells how this vault is unlocked. Restore it "
                         "from a backup, or open the vault with its recovery key.") from None
    except (OSError, ValueError, KeyError, TypeError) as exc:  # TooLargeError is a ValueError
        raise VaultCorruptError(f"{file} is damaged ({exc}).") from None


def _check_passphrase_params(meta: VaultMeta) -> None:
    """ValueError unless the salt is hex and scrypt's N, r, p are sane (a damaged or hostile
    header must not crash scrypt, nor make it eat gigabytes)."""
    bytes.fromhex(meta.salt)
    if len(meta.scrypt) != 3 or not all(type(v) is int for v in meta.scrypt):
        raise ValueError("scrypt parameters must be three whole numbers")
    n, r, p = meta.scrypt
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16
            and 128 * r * (n + p) <= 128 * 1024 * 1024):
        raise ValueError(f"scrypt parameters out of range: N={n}, r={r}, p={p}")


def write_meta(path: Path, meta: VaultMeta) -> None:
    """Write the header atomically (temporary file, fsync, rename)."""
    file = meta_path(path)
    data = {"vault_id": meta.vault_id, "mode": meta.mode, "salt": meta.salt,
            "scrypt": list(meta.scrypt), "format": meta.format,
            "note": "Flegme vault header: no secret here; the vault itself is encrypted."}
    tmp = file.with_name(file.name + ".tmp")
    with open_private(tmp, "w") as handle:
        json.dump(data, handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, file)


class ProcessLock:
    """An exclusive lock file: a second Flegme process gets a clear 'already open'."""

    def __init__(self, path: Path) -> None:
        self.path = path.with_name(path.name + LOCK_SUFFIX)
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise VaultInUseError at once (never waits)."""
        handle = open_private(self.path, "a+")  # held while open
        try:
            _lock(handle)
        except OSError:
            handle.close()
            raise VaultInUseError(
                "This vault is already open in another Flegme window or process. Close it "
                "there first.") from None
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        """Let go of the lock."""
        if self._handle is not None:
            _unlock(self._handle)
            self._handle.close()
            self._handle = None


def _lock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)


def _unlock(handle: IO[str]) -> None:
    if sys.platform == "win32":
        import msvcrt

        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)
    else:
        import fcntl

        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


def key_pragma(key: bytes) -> str:
    """`PRAGMA key` with the raw key (x'..'): skips SQLCipher's slow PBKDF2, which a random
    256-bit key does not need."""
    return f"\"x'{key.hex()}'\""


def connect(path: Path, key: bytes, *, create: bool) -> Any:
    """An open, keyed, checked SQLCipher connection (WAL, synchronous=FULL)."""
    if not create and not path.is_file():
        raise VaultError(f"There is no vault at {path}.")
    if create:
        create_private(path)  # owner-only; SQLite gives its -wal and -shm the same rights
    con = sqlcipher3.connect(str(path), timeout=10.0, isolation_level=None,
                             check_same_thread=False)
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        version = con.execute("PRAGMA cipher_version").fetchone()
        if not version or not version[0]:
            # Without SQLCipher, PRAGMA key is silently ignored: refuse to write anything.
            raise VaultError("The database library in use is not SQLCipher: refusing to store "
                             "drafts unencrypted.")
        con.execute(f"PRAGMA key = {key_pragma(key)}")
        try:
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            if "not a database" in str(exc):
                raise WrongKeyError(
                    "This key does not open the vault (or the file is not a Flegme vault). "
                    "Nothing was changed.") from None
            raise VaultCorruptError(f"The vault cannot be read: {exc}. Nothing was changed.") \
                from None
        con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = FULL")
        con.execute("PRAGMA foreign_keys = ON")
        con.execute("PRAGMA busy_timeout = 5000")
    except BaseException:
        con.close()
        raise
    return con


def integrity_problems(con: Any) -> list[str]:
    """What `PRAGMA integrity_check` and `cipher_integrity_check` report (empty when ok)."""
    try:
        problems = [str(r[0]) for r in con.execute("PRAGMA cipher_integrity_check").fetchall()]
        problems += [r[0] for r in con.execute("PRAGMA integrity_check").fetchall()
                     if r[0] != "ok"]
    except sqlcipher3.DatabaseError as exc:  # damage bad enough that the checks cannot run
        problems = [str(exc)]
    return problems
