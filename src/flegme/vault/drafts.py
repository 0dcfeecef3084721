"""Drafts, revisions, search, dismissed findings and house-style versions over the open
encrypted connection (the base of `Vault`, which adds keys and the review workflow)."""

from __future__ import annotations

import contextlib
import json
import threading
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import sqlcipher3

from flegme.engine.report import Report
from flegme.errors import FlegmeError, VaultCorruptError, VaultError, WorkflowError
from flegme.vault import store
from flegme.vault.damage import damage_message
from flegme.vault.models import Dismissal, Draft, DraftSummary, Revision, Role, Status
from flegme.vault.rows import dismissal, draft, revision, summary

Clock = Callable[[], datetime]
SUMMARY_SQL = "SELECT id, title, status, platforms, language, updated_at FROM drafts"


def utc_now() -> datetime:
    """The current time, timezone-aware (UTC)."""
    return datetime.now(UTC)


class DraftStore:
    """The open connection and the draft data; one process at a time (see `Vault`)."""

    def __init__(self, path: Path, con: Any, meta: store.VaultMeta, lock: store.ProcessLock,
                 clock: Clock = utc_now) -> None:
        self.path = path
        self.meta = meta
        self._con = con
        self._lock = lock
        self.clock = clock
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

    def _now(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="microseconds")

    def write(self, statements: Callable[[Any], Any]) -> Any:
        """Run `statements(con)` in one immediate transaction (for the repository layer)."""
        return self._write(statements)

    def _write(self, statements: Callable[[Any], Any]) -> Any:
        """Run `statements` in one immediate transaction (durable once this returns)."""
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

    def _audit(self, con: Any, draft_id: int, old: Status | None, new: Status, role: Role,
               now: str, reason: str | None) -> None:
        con.execute("INSERT INTO audit_log (draft_id, from_status, to_status, author_role, "
                    "created_at, reason) VALUES (?, ?, ?, ?, ?, ?)",
                    (draft_id, None if old is None else old.value, new.value, Role(role).value,
                     now, reason))

    # -- drafts and revisions ------------------------------------------------------------

    def create_draft(self, *, title: str, body: str, language: str,
                     platforms: Sequence[str], role: Role,
                     report: Report | None = None) -> Draft:
        """A new draft and its first revision."""
        now = self._now()

        def run(con: Any) -> int:
            cur = con.execute(
                "INSERT INTO drafts (title, body, language, platforms, status, author_role, "
                "created_at, updated_at, last_edit_at, impulsive, report) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (title, body, language, json.dumps(list(platforms)), Status.DRAFT.value,
                 Role(role).value, now, now, now, int(bool(report and report.verdicts.impulsive)),
                 _report_json(report)))
            draft_id = int(cur.lastrowid)
            con.execute("INSERT INTO revisions (draft_id, number, title, body, author_role, "
                        "created_at, note) VALUES (?, 1, ?, ?, ?, ?, NULL)",
                        (draft_id, title, body, Role(role).value, now))
            con.execute("INSERT INTO audit_log (draft_id, from_status, to_status, author_role, "
                        "created_at, reason) VALUES (?, NULL, 'draft', ?, ?, NULL)",
                        (draft_id, Role(role).value, now))
            return draft_id

        return self.get_draft(self._write(run))

    def save_revision(self, draft_id: int, *, body: str, title: str | None = None,
                      role: Role, note: str | None = None,
                      report: Report | None = None,
                      platforms: Sequence[str] | None = None) -> Revision:
        """Store a new version; committed (and fsynced) when this returns."""
        now = self._now()
        current = self.get_draft(draft_id)
        if current.status in (Status.PUBLISHED, Status.ARCHIVED):
            raise WorkflowError(f"A {current.status.value} draft cannot be edited; "
                                "restore it or start a new draft.")
        new_title = current.title if title is None else title

        def run(con: Any) -> int:
            revision_id = insert_revision(con, draft_id, new_title, body, Role(role), now, note)
            changed = body != current.body or new_title != current.title
            status = current.status
            if changed and status is Status.APPROVED:  # an approval covers the text approved
                status = Status.DRAFT
                self._audit(con, draft_id, Status.APPROVED, status, role, now,
                            "edited after approval")
            con.execute(
                "UPDATE drafts SET title = ?, body = ?, status = ?, updated_at = ?, "
                "last_edit_at = CASE WHEN ? THEN ? ELSE last_edit_at END, "
                "impulsive = COALESCE(?, impulsive), report = COALESCE(?, report), "
                "platforms = COALESCE(?, platforms) WHERE id = ?",
                (new_title, body, status.value, now, changed, now,
                 None if report is None else int(report.verdicts.impulsive),
                 _report_json(report),
                 None if platforms is None else json.dumps(list(platforms)), draft_id))
            return revision_id

        revision_id = self._write(run)
        row = self.con.execute(
            "SELECT id, draft_id, number, title, body, author_role, created_at, note "
            "FROM revisions WHERE id = ?", (revision_id,)).fetchone()
        return revision(row)  # one row: a draft may hold hundreds of autosaved revisions

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
        match = _fts_query(query)
        if not match:
            return []
        # Rank inside FTS5 first (its own fast path for ORDER BY rank LIMIT), then join.
        rows = self.con.execute(
            "SELECT d.id, d.title, d.status, d.platforms, d.language, d.updated_at "
            "FROM (SELECT rowid, rank FROM drafts_fts WHERE drafts_fts MATCH ? "
            "ORDER BY rank LIMIT ?) AS f JOIN drafts d ON d.id = f.rowid ORDER BY f.rank",
            (match, limit))
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

    def dismiss(self, draft_id: int, *, rule: str, start: int, end: int, excerpt: str,
                scope: str, role: Role) -> Dismissal:
        """Remember that a finding was dismissed (who, when, how widely)."""
        if scope not in ("once", "draft", "proposed_allow"):
            raise VaultError(f"Unknown dismissal scope '{scope}'.")
        now = self._now()
        new_id = self._write(lambda con: int(con.execute(
            "INSERT INTO dismissals (draft_id, rule, start, \"end\", excerpt, scope, "
            "author_role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (draft_id, rule, start, end, excerpt, scope, Role(role).value, now)).lastrowid))
        return next(d for d in self.dismissals(draft_id) if d.id == new_id)

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

    def restore_dismissal(self, dismissal_id: int) -> None:
        """Bring a dismissed finding back."""
        self._write(lambda con: con.execute("UPDATE dismissals SET restored = 1 WHERE id = ?",
                                            (dismissal_id,)))

    # -- house style ---------------------------------------------------------------------

    def set_house_style(self, toml_text: str, *, role: Role) -> int:
        """Store a new version of the house style (comms lead only); returns its version."""
        if Role(role) is not Role.COMMS_LEAD:
            raise WorkflowError("Only the comms lead can change the house style.")
        from flegme.style.loader import parse_style

        parse_style(toml_text, "<house style in the vault>")  # never store an invalid style
        now = self._now()
        return int(self._write(lambda con: con.execute(
            "INSERT INTO house_styles (toml, author_role, created_at) VALUES (?, ?, ?)",
            (toml_text, Role(role).value, now)).lastrowid))

    def house_style_text(self) -> str | None:
        """The house style in force (latest version), if one was stored."""
        row = self.con.execute("SELECT toml FROM house_styles ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else str(row[0])

    def house_style_versions(self) -> list[tuple[int, str, datetime]]:
        """(version, author role, time) of every stored house style."""
        rows = self.con.execute("SELECT id, author_role, created_at FROM house_styles ORDER BY id")
        return [(int(r[0]), str(r[1]), datetime.fromisoformat(r[2])) for r in rows.fetchall()]


def insert_revision(con: Any, draft_id: int, title: str, body: str, role: Role,
                    created_at: str, note: str | None) -> int:
    """Append the draft's next revision (numbered after its last) and return its row id."""
    number = con.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions "
                         "WHERE draft_id = ?", (draft_id,)).fetchone()[0]
    cur = con.execute(
        "INSERT INTO revisions (draft_id, number, title, body, author_role, created_at, "
        "note) VALUES (?, ?, ?, ?, ?, ?, ?)",
        (draft_id, number, title, body, role.value, created_at, note))
    return int(cur.lastrowid)


def _report_json(report: Report | None) -> str | None:
    return None if report is None else json.dumps(report.to_dict(), ensure_ascii=False)


def _fts_query(query: str) -> str:
    """User text as a safe FTS5 query: every word must appear (prefix match on the last)."""
    words = ["".join(c for c in w if c.isalnum()) for w in query.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    terms = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(terms)
