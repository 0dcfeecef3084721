"""The encrypted SQLite connection: SQLCipher keying, pragmas, the single-process lock, and
the small plaintext header beside the vault (its id and key mode; never a secret)."""

from __future__ import annotations

import contextlib
import json
import os
import sys
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO, Any

import sqlcipher3

from flegme.bounded_read import read_capped
from flegme.errors import VaultCorruptError, VaultError, VaultInUseError, WrongKeyError
from flegme.private_files import create_private, open_private
from flegme.vault.sqlcipher.damage import GuardedConnection

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
    key_entry: str = ""  # keyring mode: the entry holding the key ("" = the first one)

    @staticmethod
    def fresh(mode: str, salt: bytes = b"", scrypt: tuple[int, int, int] = (0, 0, 0)
              ) -> VaultMeta:
        """A new header with a random vault id."""
        return VaultMeta(vault_id=str(uuid.uuid4()), mode=mode, salt=salt.hex(), scrypt=scrypt)


def meta_path(path: Path) -> Path:
    """Where the header of the vault at `path` lives."""
    return path.with_name(path.name + META_SUFFIX)


def meta_from_dict(data: Any) -> VaultMeta:
    """A header from its JSON form (KeyError, TypeError or ValueError when malformed)."""
    scrypt = tuple(data.get("scrypt", (0, 0, 0)))
    if len(scrypt) != 3 or not all(type(v) is int for v in scrypt):
        raise ValueError("scrypt parameters must be three whole numbers")
    return VaultMeta(vault_id=str(data["vault_id"]), mode=str(data["mode"]),
                     salt=str(data.get("salt", "")), scrypt=(scrypt[0], scrypt[1], scrypt[2]),
                     format=int(data.get("format", 1)),
                     key_entry=str(data.get("key_entry", "")))


def meta_to_dict(meta: VaultMeta) -> dict[str, Any]:
    """The JSON form of a header."""
    data: dict[str, Any] = {"vault_id": meta.vault_id, "mode": meta.mode, "salt": meta.salt,
                            "scrypt": list(meta.scrypt), "format": meta.format}
    if meta.key_entry:
        data["key_entry"] = meta.key_entry
    return data


def read_meta(path: Path) -> VaultMeta:
    """The vault's header; a clear error when it is missing or damaged."""
    file = meta_path(path)
    try:
        meta = meta_from_dict(json.loads(read_capped(file, MAX_META_BYTES).decode("utf-8")))
        if meta.mode == "passphrase":
            check_passphrase_params(meta)
        return meta
    except FileNotFoundError:
        raise VaultError(f"{file} is missing: it tells how this vault is unlocked. Restore it "
                         "from a backup, or open the vault with its recovery key.") from None
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as exc:
        # TooLargeError is a ValueError
        raise VaultCorruptError(f"{file} is damaged ({exc}).") from None


def key_mode(path: str | os.PathLike[str]) -> str:
    """How the vault or backup at `path` is unlocked: "keyring" or "passphrase"."""
    return read_meta(Path(path)).mode


def check_passphrase_params(meta: VaultMeta) -> None:
    """ValueError unless the salt is hex and scrypt's N, r, p are sane (a damaged or hostile
    header must not crash scrypt, nor make it eat gigabytes)."""
    bytes.fromhex(meta.salt)
    n, r, p = meta.scrypt
    if not (2 <= n <= 2**20 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16
            and 128 * r * (n + p) <= 128 * 1024 * 1024):
        raise ValueError(f"scrypt parameters out of range: N={n}, r={r}, p={p}")


def write_meta(path: Path, meta: VaultMeta) -> None:
    """Write the header atomically (temporary file, fsync, rename, fsync of the folder)."""
    data = meta_to_dict(meta)
    data["note"] = "Flegme vault header: no secret here; the vault itself is encrypted."
    write_json_atomically(meta_path(path), data)


def write_json_atomically(file: Path, data: Any) -> None:
    """Replace `file` with `data` as JSON: all of it or none of it, durable once returned.

    The temporary file has a unique name, so nothing left at a fixed name (a folder, a
    stale file) can block the write; it is owner-only like the header itself."""
    tmp = unique_temp_path(file)
    handle = open_private(tmp, "x")  # never someone else's file: "x" fails if it exists
    try:
        with handle:
            json.dump(data, handle, indent=2)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, file)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    sync_folder(file.parent)


def unique_temp_path(file: Path) -> Path:
    """A fresh name beside `file` for its temporary copy (opened with "x": never reused)."""
    return file.with_name(f".{file.name}.{uuid.uuid4().hex[:12]}.tmp")


def sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows has no folder handles to sync)."""
    if sys.platform == "win32":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


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


def connect(path: Path, key: bytes, *, create: bool) -> GuardedConnection:
    """An open, keyed, checked SQLCipher connection (WAL, synchronous=FULL)."""
    if not create:
        refuse_missing_or_empty(path)
    else:
        create_private(path)  # owner-only; SQLite gives its -wal and -shm the same rights
    return GuardedConnection(_connect_raw(path, key), reopen=reopener(path, key))


def reopener(path: Path, key: bytes) -> Callable[[], Any]:
    """A fresh raw connection to the same file under `key` (used after a damage error)."""
    return lambda: _connect_raw(path, key)


def _connect_raw(path: Path, key: bytes) -> Any:
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


def refuse_missing_or_empty(path: Path, what: str = "vault") -> None:
    """A clear error for a missing or empty (0-byte) file: SQLite would silently turn an
    empty file into a new database, and only `vault init` creates a vault."""
    try:
        size = path.stat().st_size if path.is_file() else None
    except OSError:
        size = None
    if size is None:
        raise VaultError(f"There is no {what} at {path}.")
    if size == 0:
        raise VaultCorruptError(
            f"The {what} {path} is empty (0 bytes): it holds no drafts, and Flegme will not "
            "turn it into a new vault. Nothing was changed. Restore a backup, or move the file "
            "away and create a new vault with `flegme vault init`.")


SIDECARS = ("-wal", "-shm", "-journal")
REKEY_JOURNAL_SUFFIX = ".rekey.json"  # flegme.vault.sqlcipher.rekey's journal of a key change


def set_aside_sidecars(path: Path) -> list[Path]:
    """Rename any -wal, -shm or -journal (or key-change journal) beside `path` out of the way
    (with a time stamp; never deleted): SQLite would otherwise replay a journal that belongs
    to another database into this one. Returns the new names."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    moved: list[Path] = []
    for suffix in (*SIDECARS, REKEY_JOURNAL_SUFFIX):
        side = path.with_name(path.name + suffix)
        if not (side.exists() or side.is_symlink()):
            continue
        target = side.with_name(f"{side.name}.set-aside-{stamp}")
        n = 1
        while target.exists() or target.is_symlink():
            n += 1
            target = side.with_name(f"{side.name}.set-aside-{stamp}-{n}")
        os.replace(side, target)
        moved.append(target)
    if moved:
        sync_folder(path.parent)
    return moved


def integrity_problems(con: Any) -> list[str]:
    """What `PRAGMA integrity_check` and `cipher_integrity_check` report (empty when ok)."""
    raw = con.raw if isinstance(con, GuardedConnection) else con
    try:
        problems = [str(r[0]) for r in raw.execute("PRAGMA cipher_integrity_check").fetchall()]
        problems += [r[0] for r in raw.execute("PRAGMA integrity_check").fetchall()
                     if r[0] != "ok"]
    except sqlcipher3.DatabaseError as exc:  # damage bad enough that the checks cannot run
        problems = [str(exc)]
    return problems
