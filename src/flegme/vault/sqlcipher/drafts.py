"""The open encrypted connection (one write transaction at a time) and the reads of drafts,
revisions, dismissed findings and house-style versions: the base of `Vault`, which adds
opening and keys. `VaultRepository` is the one writer of drafts."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from flegme.errors import FlegmeError, VaultCorruptError, VaultError
from flegme.review.models import Dismissal, Draft, DraftSummary, Revision, Status
from flegme.vault.sqlcipher import store
from flegme.vault.sqlcipher.damage import damage_message
from flegme.vault.sqlcipher.rows import dismissal, draft, revision, summary
from flegme.vault.sqlcipher.search import SEARCH_SQL, fts_query

Clock = Callable[[], datetime]
SUMMARY_SQL = "SELECT id, title, status, platforms, language, updated_at FROM drafts"


def utc_now() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


class DraftStore:
    """The open connection and reads of the draft data; one process at a time (see `Vault`)."""

    def __init__(self, path: Path, con: Any, meta: store.VaultMeta, lock: store.ProcessLock,
                 clock: Clock = utc_now) -> None:
        self.path = path
        self.meta = meta
        self._con = con
        self._lock = lock
        self.clock = clock  # the review service's clock over this vault (tests move it)
        # One connection may serve the window's thread and its autosave worker: writes
        # (BEGIN ... COMMIT) must never interleave on it.
        self._write_lock = threading.RLock()
        # What the user must be told about this open (an interrupted key change finished or
        # undone, a keyring entry repaired, damage found): the CLI prints it, the window shows it.
        self.notices: list[str] = []

    @property
    def write_lock(self) -> threading.RLock:
        """Held by every write (and by re-keying) on the shared connection."""
        return self._write_lock

    @property
    def damaged(self) -> list[str]:
        """The damage found in the file (empty when none): the vault is then read-only."""
        return list(getattr(self._con, "damage", []) or [])

    def close(self) -> None:
        """Checkpoint and close; releases the process lock."""
        with self._write_lock:
            self._close()

    def _close(self) -> None:
        if self._con is not None:
            try:
                if not self.damaged:  # a checkpoint writes into the file: never a damaged one
                    self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._con.close()
                self._con = None
                self._lock.release()

    def __enter__(self) -> DraftStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def con(self) -> Any:
        """The live connection (raises once closed)."""
        if self._con is None:
            raise VaultError("The vault is closed.")
        return self._con

    def write(self, statements: Callable[[Any], Any]) -> Any:
        """Run `statements(con)` in one immediate transaction, durable once this returns (for
        `VaultRepository`, the one writer of drafts, and for `TeamMirror`, which applies a team
        server's rows for flegme.team.sync)."""
        with self._write_lock:
            con = self.con
            if self.damaged:
                raise VaultCorruptError(f"Nothing was saved. {damage_message(self.damaged)}")
            con.execute("BEGIN IMMEDIATE")
            try:
                result = statements(con)
                con.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(FlegmeError, sqlcipher3.Error):
                    con.execute("ROLLBACK")  # keep the first error, not the rollback's
                raise
            return result

    # -- drafts and revisions ------------------------------------------------------------

    def get_draft(self, draft_id: int) -> Draft:
        """One draft; a clear error when there is no such draft."""
        row = self.con.execute(
            "SELECT id, title, body, language, platforms, status, author_role, created_at, "
            "updated_at, last_edit_at, published_url, impulsive, review_revision_id "
            "FROM drafts WHERE id = ?",
            (draft_id,)).fetchone()
        if row is None:
            raise VaultError(f"There is no draft number {draft_id} in this vault.")
        return draft(row)

    def last_report(self, draft_id: int) -> dict[str, Any] | None:
        """The stored JSON of the draft's latest check, if any."""
        row = self.con.execute("SELECT report FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def list_drafts(self, *, limit: int = 50, offset: int = 0,
                    status: Status | None = None) -> list[DraftSummary]:
        """Most recently edited first."""
        if status is None:
            rows = self.con.execute(f"{SUMMARY_SQL} ORDER BY updated_at DESC LIMIT ? OFFSET ?",
                                    (limit, offset))
        else:
            rows = self.con.execute(
                f"{SUMMARY_SQL} WHERE status = ? ORDER BY updated_at DESC LIMIT ? OFFSET ?",
                (Status(status).value, limit, offset))
        return [summary(r) for r in rows.fetchall()]

    def count_drafts(self) -> int:
        """How many drafts the vault holds."""
        return int(self.con.execute("SELECT count(*) FROM drafts").fetchone()[0])

    def search(self, query: str, *, limit: int = 50) -> list[DraftSummary]:
        """Full-text search over titles and bodies; accents and case do not matter."""
        match = fts_query(query)
        if not match:
            return []
        rows = self.con.execute(SEARCH_SQL, (match, limit))
        return [summary(r) for r in rows.fetchall()]

    def revisions(self, draft_id: int) -> list[Revision]:
        """Every saved version, oldest first."""
        rows = self.con.execute(
            "SELECT id, draft_id, number, title, body, author_role, created_at, note "
            "FROM revisions WHERE draft_id = ? ORDER BY number", (draft_id,))
        return [revision(r) for r in rows.fetchall()]

    def revision_ids(self) -> set[int]:
        """Ids of every stored revision (used by the crash test)."""
        return {int(r[0]) for r in self.con.execute("SELECT id FROM revisions").fetchall()}

    # -- dismissed findings --------------------------------------------------------------

    def dismissals(self, draft_id: int) -> list[Dismissal]:
        """Every dismissal of a draft (restored ones included, flagged)."""
        rows = self.con.execute(
            "SELECT id, draft_id, rule, start, \"end\", excerpt, scope, author_role, "
            "created_at, restored FROM dismissals WHERE draft_id = ? ORDER BY id", (draft_id,))
        return [dismissal(r) for r in rows.fetchall()]

    def proposed_allow_terms(self) -> list[Dismissal]:
        """Terms leaders proposed to the comms lead for the allow list."""
        rows = self.con.execute(
            "SELECT id, draft_id, rule, start, \"end\", excerpt, scope, author_role, "
            "created_at, restored FROM dismissals WHERE scope = 'proposed_allow' AND "
            "restored = 0 ORDER BY id")
        return [dismissal(r) for r in rows.fetchall()]

    # -- house style ---------------------------------------------------------------------

    def house_style_text(self) -> str | None:
        """The house style in force (latest version), if one was stored."""
        row = self.con.execute("SELECT toml FROM house_styles ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else str(row[0])
