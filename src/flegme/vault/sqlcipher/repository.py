"""The SQLCipher vault as a `DraftRepository`: the review loop's storage over the open,
encrypted connection of a `DraftStore` (no rule here; the review service owns them)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from flegme.errors import VaultError, WorkflowError
from flegme.review.identity import Identity
from flegme.review.models import (
    AuditEntry,
    Dismissal,
    Draft,
    DraftSummary,
    ReviewEvent,
    Revision,
    Role,
    Status,
)
from flegme.review.repository import NewEvent
from flegme.vault.sqlcipher.drafts import DraftStore
from flegme.vault.sqlcipher.rows import audit_entry, review_event, revision

EVENT_SQL = ("SELECT id, draft_id, revision_id, kind, author_role, created_at, start, \"end\", "
             "text, parent_id, resolved, author_name FROM review_events")
AUDIT_SQL = ("SELECT id, draft_id, from_status, to_status, author_role, created_at, reason, "
             "author_name FROM audit_log")
REVISION_SQL = ("SELECT id, draft_id, number, title, body, author_role, created_at, note "
                "FROM revisions")


def _iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="microseconds")


class VaultRepository:
    """`DraftRepository` over an open vault (same connection, same write lock)."""

    def __init__(self, store: DraftStore) -> None:
        self.store = store

    # -- drafts and revisions ------------------------------------------------------------

    def create_draft(self, *, title: str, body: str, language: str,
                     platforms: Sequence[str], impulsive: bool, report_json: str | None,
                     author: Identity, at: datetime) -> Draft:
        """A new draft, its first revision and audit entry."""
        now, role = _iso(at), author.role.value

        def run(con: Any) -> int:
            cur = con.execute(
                "INSERT INTO drafts (title, body, language, platforms, status, author_role, "
                "created_at, updated_at, last_edit_at, impulsive, report) "
                "VALUES (?, ?, ?, ?, 'draft', ?, ?, ?, ?, ?, ?)",
                (title, body, language, json.dumps(list(platforms)), role, now, now, now,
                 int(impulsive), report_json))
            draft_id = int(cur.lastrowid)
            con.execute("INSERT INTO revisions (draft_id, number, title, body, author_role, "
                        "created_at, note) VALUES (?, 1, ?, ?, ?, ?, NULL)",
                        (draft_id, title, body, role, now))
            self._audit(con, draft_id, None, Status.DRAFT, author, now, None)
            return draft_id

        return self.get_draft(self.store.write(run))

    def save_revision(self, draft_id: int, *, title: str, body: str,
                      platforms: Sequence[str], impulsive: bool, report_json: str | None,
                      author: Identity, at: datetime, note: str | None = None) -> Revision:
        """A new revision that becomes the draft's text."""
        now = _iso(at)
        current = self.get_draft(draft_id)
        changed = body != current.body or title != current.title

        def run(con: Any) -> int:
            revision_id = insert_revision(con, draft_id, title, body, author.role, now, note)
            con.execute(
                "UPDATE drafts SET title = ?, body = ?, platforms = ?, updated_at = ?, "
                "last_edit_at = CASE WHEN ? THEN ? ELSE last_edit_at END, impulsive = ?, "
                "report = COALESCE(?, report) WHERE id = ?",
                (title, body, json.dumps(list(platforms)), now, changed, now, int(impulsive),
                 report_json, draft_id))
            return revision_id

        return self.revision(self.store.write(run))

    def get_draft(self, draft_id: int) -> Draft:
        """One draft."""
        return self.store.get_draft(draft_id)

    def list_drafts(self, *, limit: int = 50, offset: int = 0,
                    status: Status | None = None) -> list[DraftSummary]:
        """Most recently updated first."""
        return self.store.list_drafts(limit=limit, offset=offset, status=status)

    def search(self, query: str, *, limit: int = 50) -> list[DraftSummary]:
        """Full-text search."""
        return self.store.search(query, limit=limit)

    def revisions(self, draft_id: int) -> list[Revision]:
        """Every revision, oldest first."""
        return self.store.revisions(draft_id)

    def revision(self, revision_id: int) -> Revision:
        """One revision."""
        row = self.store.con.execute(f"{REVISION_SQL} WHERE id = ?", (revision_id,)).fetchone()
        if row is None:
            raise VaultError(f"There is no revision number {revision_id} in this vault.")
        return revision(row)

    # -- status and review events ----------------------------------------------------------

    def change_status(self, draft_id: int, *, expected: Status, target: Status,
                      actor: Identity, at: datetime, reason: str | None = None,
                      url: str | None = None, event: NewEvent | None = None,
                      freeze_revision: bool = False) -> Draft:
        """Move a draft (only if still `expected`), with its audit entry and event."""
        now = _iso(at)

        def run(con: Any) -> None:
            cur = con.execute(
                "UPDATE drafts SET status = ?, updated_at = ?, "
                "published_url = COALESCE(?, published_url), review_revision_id = CASE WHEN ? "
                "THEN (SELECT id FROM revisions WHERE draft_id = drafts.id ORDER BY number DESC "
                "LIMIT 1) ELSE review_revision_id END WHERE id = ? AND status = ?",
                (target.value, now, url, freeze_revision, draft_id, expected.value))
            if cur.rowcount != 1:
                self.get_draft(draft_id)  # unknown id: VaultError
                raise WorkflowError("This draft was changed meanwhile; look at it again.")
            self._audit(con, draft_id, expected, target, actor, now, reason)
            if event is not None:
                self._event(con, draft_id, event, actor, now)

        self.store.write(run)
        return self.get_draft(draft_id)

    def add_event(self, draft_id: int, event: NewEvent, *, actor: Identity,
                  at: datetime) -> ReviewEvent:
        """Store a comment or reply."""
        self.get_draft(draft_id)
        now = _iso(at)
        event_id = self.store.write(lambda con: self._event(con, draft_id, event, actor, now))
        return self._one_event(event_id)

    def review_events(self, draft_id: int) -> list[ReviewEvent]:
        """Oldest first."""
        rows = self.store.con.execute(f"{EVENT_SQL} WHERE draft_id = ? ORDER BY id",
                                      (draft_id,))
        return [review_event(r) for r in rows.fetchall()]

    def set_resolved(self, event_id: int, resolved: bool) -> ReviewEvent:
        """Mark a comment resolved or open."""
        self._one_event(event_id)
        self.store.write(lambda con: con.execute(
            "UPDATE review_events SET resolved = ? WHERE id = ?", (int(resolved), event_id)))
        return self._one_event(event_id)

    def audit_log(self, draft_id: int | None = None) -> list[AuditEntry]:
        """Oldest first."""
        con = self.store.con
        rows = (con.execute(f"{AUDIT_SQL} ORDER BY id") if draft_id is None else
                con.execute(f"{AUDIT_SQL} WHERE draft_id = ? ORDER BY id", (draft_id,)))
        return [audit_entry(r) for r in rows.fetchall()]

    def mark_seen(self, draft_id: int, reader: Identity, last_event_id: int) -> None:
        """Remember what `reader` has read."""
        self.store.write(lambda con: con.execute(
            "INSERT INTO feedback_seen (draft_id, reader, last_event_id) VALUES (?, ?, ?) "
            "ON CONFLICT (draft_id, reader) DO UPDATE SET last_event_id = "
            "MAX(last_event_id, excluded.last_event_id)", (draft_id, reader.key, last_event_id)))

    def unseen_events(self, reader: Identity) -> dict[int, int]:
        """Per draft, events by others newer than what `reader` read."""
        rows = self.store.con.execute(
            "SELECT e.draft_id, count(*) FROM review_events e LEFT JOIN feedback_seen s "
            "ON s.draft_id = e.draft_id AND s.reader = ? "
            "WHERE e.id > COALESCE(s.last_event_id, 0) "
            "AND NOT (e.author_role = ? AND e.author_name = ?) GROUP BY e.draft_id",
            (reader.key, reader.role.value, reader.name))
        return {int(r[0]): int(r[1]) for r in rows.fetchall()}

    # -- dismissals and house style --------------------------------------------------------

    def add_dismissal(self, draft_id: int, *, rule: str, start: int, end: int, excerpt: str,
                      scope: str, author: Identity, at: datetime) -> Dismissal:
        """Remember a dismissed finding."""
        now = _iso(at)
        new_id = self.store.write(lambda con: int(con.execute(
            "INSERT INTO dismissals (draft_id, rule, start, \"end\", excerpt, scope, "
            "author_role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (draft_id, rule, start, end, excerpt, scope, author.role.value, now)).lastrowid))
        return next(d for d in self.store.dismissals(draft_id) if d.id == new_id)

    def dismissals(self, draft_id: int) -> list[Dismissal]:
        """Every dismissal of a draft."""
        return self.store.dismissals(draft_id)

    def proposed_allow_terms(self) -> list[Dismissal]:
        """Open proposals for the allow list."""
        return self.store.proposed_allow_terms()

    def restore_dismissal(self, dismissal_id: int) -> None:
        """Bring a dismissed finding back."""
        self.store.write(lambda con: con.execute(
            "UPDATE dismissals SET restored = 1 WHERE id = ?", (dismissal_id,)))

    def store_house_style(self, toml_text: str, *, author: Identity, at: datetime) -> int:
        """A new house-style version."""
        now = _iso(at)
        return int(self.store.write(lambda con: con.execute(
            "INSERT INTO house_styles (toml, author_role, created_at) VALUES (?, ?, ?)",
            (toml_text, author.role.value, now)).lastrowid))

    def house_style_text(self) -> str | None:
        """The latest stored house style."""
        return self.store.house_style_text()

    # -- helpers -----------------------------------------------------------------------------

    def _audit(self, con: Any, draft_id: int, old: Status | None, new: Status,
               actor: Identity, now: str, reason: str | None) -> None:
        con.execute("INSERT INTO audit_log (draft_id, from_status, to_status, author_role, "
                    "created_at, reason, author_name) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (draft_id, None if old is None else old.value, new.value, actor.role.value,
                     now, reason, actor.name))

    def _event(self, con: Any, draft_id: int, event: NewEvent, actor: Identity,
               now: str) -> int:
        revision_id = event.revision_id
        if revision_id is None:
            row = con.execute("SELECT id FROM revisions WHERE draft_id = ? ORDER BY number DESC "
                              "LIMIT 1", (draft_id,)).fetchone()
            revision_id = None if row is None else int(row[0])
        cur = con.execute(
            "INSERT INTO review_events (draft_id, revision_id, kind, author_role, created_at, "
            "start, \"end\", text, parent_id, author_name) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (draft_id, revision_id, event.kind, actor.role.value, now, event.start, event.end,
             event.text, event.parent_id, actor.name))
        return int(cur.lastrowid)

    def _one_event(self, event_id: int) -> ReviewEvent:
        row = self.store.con.execute(f"{EVENT_SQL} WHERE id = ?", (event_id,)).fetchone()
        if row is None:
            raise VaultError(f"There is no review event number {event_id} in this vault.")
        return review_event(row)


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
