"""Owner-only files and folders: every file Flegme writes that holds or reveals a draft
(vault, header, lock, backups, exports, error log, temporary and partial files) goes through
here, so other local users can neither read it nor copy it for offline guessing.

POSIX: files are created 0600 and folders 0700 whatever the umask (and an existing file we
overwrite is narrowed to 0600). Windows ignores these mode bits (except read-only); there the
protection is the default ACL of the user's profile folders (%LOCALAPPDATA%, %APPDATA%, the
Documents folder), which grants access to the user, SYSTEM and Administrators only, and which
new files and folders inherit. A vault or backup put in a shared folder on Windows takes that
folder's ACL: the documentation says to keep them in the profile.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import stat
from pathlib import Path
from typing import IO, Any

FILE_MODE = 0o600
DIR_MODE = 0o700
_POSIX = os.name == "posix"


def private_dir(path: str | os.PathLike[str], *, ours: bool = False) -> Path:
    """Create `path` and any missing parents as owner-only folders. Existing ones are left
    alone (a folder the user chose, such as their home, keeps its rights) unless `ours`: a
    folder that belongs to Flegme alone (its data or config folder, perhaps made 0755 by an
    older version) is narrowed to 0700."""
    folder = Path(path)
    missing: list[Path] = []
    probe = folder
    while not probe.exists() and probe != probe.parent:
        missing.append(probe)
        probe = probe.parent
    for item in reversed(missing):
        with contextlib.suppress(FileExistsError):  # another process made it meanwhile
            item.mkdir(mode=DIR_MODE)
            if _POSIX:
                os.chmod(item, DIR_MODE)  # mkdir's mode is masked by the umask, never widened
    if not folder.is_dir():
        raise NotADirectoryError(20, "Not a folder", str(folder))
    if ours and _POSIX and not missing:
        os.chmod(folder, DIR_MODE)
    return folder


def create_private(path: str | os.PathLike[str], *, exclusive: bool = False) -> None:
    """An empty owner-only file at `path` (kept as is when it exists, unless `exclusive`).

    Made before SQLite opens a new database there: SQLite then keeps the file's rights and
    gives its -wal, -shm and -journal files the same."""
    flags = os.O_WRONLY | os.O_CREAT | (os.O_EXCL if exclusive else 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        _narrow(fd)
    finally:
        os.close(fd)


def _narrow(fd: int) -> None:
    """Owner-only for a regular file; a device or pipe the user named (/dev/stdout, a
    terminal) is left alone (run as root, chmod would change the device itself)."""
    if _POSIX and stat.S_ISREG(os.fstat(fd).st_mode):
        os.fchmod(fd, FILE_MODE)


def open_private(path: str | os.PathLike[str], mode: str = "w", *,
                 encoding: str | None = "utf-8") -> IO[Any]:
    """`open()` for writing ("w", "wb", "a", "a+", "x", ...) that creates the file owner-only
    and narrows an existing one."""
    if not any(c in mode for c in "wax"):
        raise ValueError(f"open_private is for writing, not mode {mode!r}")
    flags = os.O_CREAT | (os.O_RDWR if "+" in mode else os.O_WRONLY)
    if "w" in mode:
        flags |= os.O_TRUNC
    if "a" in mode:
        flags |= os.O_APPEND
    if "x" in mode:
        flags |= os.O_EXCL
    # Windows: the descriptor stays binary, as open() makes it; the text layer translates
    # newlines itself (a text-mode descriptor would turn each \n into \r\r\n).
    flags |= getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags, FILE_MODE)
    try:
        _narrow(fd)
        return os.fdopen(fd, mode, encoding=None if "b" in mode else encoding)
    except BaseException:
        os.close(fd)
        raise


def write_private_atomic(path: str | os.PathLike[str], data: bytes) -> None:
    """Replace `path` with `data` atomically (owner-only temporary file, fsync, rename)."""
    target = Path(path)
    tmp = target.with_name(target.name + ".tmp")
    with open_private(tmp, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, target)


def copy_private(src: str | os.PathLike[str], dest: str | os.PathLike[str]) -> None:
    """Copy a file's bytes into a new owner-only file (shutil.copyfile would keep the umask)."""
    with open(src, "rb") as source, open_private(dest, "wb") as out:
        shutil.copyfileobj(source, out, 1024 * 1024)
        out.flush()
        os.fsync(out.fileno())
