"""Damaged vaults: a bounded integrity check on open, and SQLite's damage errors turned into
`VaultCorruptError`; once damage is seen, the connection is read-only for good."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import sqlcipher3

from flegme.errors import FlegmeError, VaultCorruptError

_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB (a page whose HMAC fails)
# Bounds on the check run at every open, measured here under load (BENCHMARKS.md, "Vault"):
# `cipher_integrity_check` verifies each page's HMAC (~15 ms per MB), which catches any
# flipped, torn or foreign bytes in a page; `quick_check` also decrypts and walks every
# b-tree (~20-25 ms per MB), for the rarer damage that keeps valid HMACs. A vault of a few
# thousand drafts is under 10 MB; above the bounds, damage is caught at the first read of a
# bad page instead.
PAGE_CHECK_BYTES = 32 * 2**20
TREE_CHECK_BYTES = 4 * 2**20

READ_ONLY = ("It is open read-only: nothing will be written into it. Export what can still be "
             "read, then restore a backup.")


def is_damage(exc: BaseException) -> bool:
    """Whether a database error means a damaged file (rather than a busy or misused one)."""
    if not isinstance(exc, sqlcipher3.DatabaseError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if isinstance(code, int):
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(exc)
    return "malformed" in text or "not a database" in text


def damage_message(problems: list[str]) -> str:
    """What to tell the user about a damaged vault, in plain words."""
    first = problems[0] if problems else "unknown damage"
    more = f", and {len(problems) - 1} more problem(s)" if len(problems) > 1 else ""
    return f"This vault is damaged ({first}{more}). {READ_ONLY}"


class GuardedCursor:
    """A cursor whose damage errors become VaultCorruptError."""

    def __init__(self, raw: Any, owner: GuardedConnection) -> None:
        self.raw = raw
        self._owner = owner

    @property
    def lastrowid(self) -> Any:
        """The row id of the last insert."""
        return self.raw.lastrowid

    @property
    def rowcount(self) -> int:
        """Rows changed by the last statement."""
        return int(self.raw.rowcount)

    def fetchone(self) -> Any:
        """The next row, or None."""
        with self._owner.guard():
            return self.raw.fetchone()

    def fetchall(self) -> list[Any]:
        """Every remaining row."""
        with self._owner.guard():
            return list(self.raw.fetchall())

    def __iter__(self) -> Iterator[Any]:
        return iter(self.fetchall())


class GuardedConnection:
    """A SQLCipher connection that reports damage as VaultCorruptError and, from then on,
    refuses to write (`PRAGMA query_only`), whoever asks."""

    def __init__(self, raw: Any, reopen: Callable[[], Any] | None = None) -> None:
        self.raw = raw
        self.damage: list[str] = []
        self.reopen = reopen
        # The window reads the vault on the GUI thread and in background tasks: a damage
        # error in one reopens the connection, which must not close it under another's call.
        self.lock = threading.RLock()

    def guard(self) -> _Guard:
        """A context that translates damage errors raised inside it."""
        return _Guard(self)

    def execute(self, sql: str, params: Any = ()) -> GuardedCursor:
        """Run one statement."""
        with self.guard():
            return GuardedCursor(self.raw.execute(sql, params), self)

    def mark_damaged(self, problems: list[str]) -> None:
        """Remember the damage and make the connection read-only."""
        for problem in problems if problems or self.damage else ["unknown damage"]:
            if problem not in self.damage:
                self.damage.append(problem)
        with contextlib.suppress(sqlcipher3.Error):  # writes are refused above this layer too
            self.raw.execute("PRAGMA query_only = ON")

    def after_damage(self) -> None:
        """Start afresh after a damage error: SQLCipher leaves the connection failing every
        later read, even of good pages, and what can still be read must stay readable."""
        if self.reopen is None:
            return
        with self.lock:
            self._reopen(self.reopen)

    def _reopen(self, reopen: Callable[[], Any]) -> None:
        try:
            fresh = reopen()
        except (sqlcipher3.Error, FlegmeError):
            return  # keep the old connection: it still answers, if only with errors
        with contextlib.suppress(sqlcipher3.Error):
            self.raw.close()
        self.raw = fresh
        self.mark_damaged([])

    def close(self) -> None:
        """Close the connection."""
        self.raw.close()

    def __getattr__(self, name: str) -> Any:
        return getattr(self.raw, name)


class _Guard:
    def __init__(self, con: GuardedConnection) -> None:
        self._con = con

    def __enter__(self) -> None:
        self._con.lock.acquire()

    def __exit__(self, kind: object, exc: BaseException | None, trace: object) -> None:
        try:
            if exc is not None and is_damage(exc):
                self._con.mark_damaged([str(exc)])
                self._con.after_damage()
                raise VaultCorruptError(damage_message(self._con.damage)) from None
        finally:
            self._con.lock.release()


def check_on_open(con: GuardedConnection, path: Path) -> list[str]:
    """Run the integrity checks whose cost fits the bounds above; the problems found (empty
    when none). Damage beyond the bounds is still caught at the first read of a bad page."""
    size = _size(path) + _size(path.with_name(path.name + "-wal"))
    problems: list[str] = []
    try:
        if size <= PAGE_CHECK_BYTES:
            problems += [str(r[0]) for r in con.raw.execute(
                "PRAGMA cipher_integrity_check").fetchall()]
        if not problems and size <= TREE_CHECK_BYTES:
            problems += [str(r[0]) for r in con.raw.execute("PRAGMA quick_check").fetchall()
                         if r[0] != "ok"]
    except sqlcipher3.DatabaseError as exc:  # damage bad enough that a check cannot run
        problems.append(str(exc))
    if problems:
        con.mark_damaged(problems)
    return problems


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
