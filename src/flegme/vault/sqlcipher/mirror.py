"""The local half of team sync: what the vault knows of the team server (which local row is
which server row, the status changes the server refused, the last house-style version pulled),
the rows a push reads, and the pulled rows applied each with its sync record in one
transaction. Kept inside the encrypted vault, in tables of their own, with their own ordered
steps. `flegme.team.sync` talks to the server and reaches the vault only through `TeamMirror`."""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from typing import Any

from flegme.vault.sqlcipher.drafts import DraftStore

STEPS: tuple[tuple[str, ...], ...] = (
    (
        "CREATE TABLE team_sync_version (version INTEGER NOT NULL)",
        "INSERT INTO team_sync_version VALUES (0)",
        "CREATE TABLE team_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        # kind: draft | revision | event | audit | dismissal; origin: pushed | pulled | refused
        # resolved: the last agreed resolved flag (events) or restored flag (dismissals)
        """CREATE TABLE team_map (
            kind TEXT NOT NULL,
            local_id INTEGER NOT NULL,
            server_id INTEGER NOT NULL,
            origin TEXT NOT NULL,
            resolved INTEGER,
            PRIMARY KEY (kind, local_id)
        )""",
        "CREATE INDEX team_map_by_server ON team_map (kind, server_id)",
        """CREATE TABLE team_refusals (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL,
            created_at TEXT NOT NULL,
            message TEXT NOT NULL
        )""",
    ),
)
LATEST = len(STEPS)


# -- what a push reads (times as the vault stores them: ISO text) ----------------------------

@dataclass(frozen=True, slots=True)
class LocalRevision:
    """A local revision as the server is sent it."""

    id: int
    number: int
    title: str
    body: str
    created_at: str
    note: str | None


@dataclass(frozen=True, slots=True)
class LocalAudit:
    """A local status change (from_status None: the draft's creation)."""

    id: int
    from_status: str | None
    to_status: str
    created_at: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class OutgoingDraft:
    """A local draft with its revisions (by number) and status changes (by id)."""

    title: str
    language: str
    platforms: tuple[str, ...]
    impulsive: bool
    published_url: str | None
    revisions: tuple[LocalRevision, ...]
    audits: tuple[LocalAudit, ...]


@dataclass(frozen=True, slots=True)
class StatusEvent:
    """The approval or change request that went with a local status change."""

    id: int
    kind: str
    text: str


@dataclass(frozen=True, slots=True)
class LocalEvent:
    """A local review event (comment, reply, decision) as the server is sent it."""

    id: int
    revision_id: int | None
    kind: str
    created_at: str
    start: int | None
    end: int | None
    text: str
    parent_id: int | None
    resolved: bool


@dataclass(frozen=True, slots=True)
class LocalDismissal:
    """A local dismissed finding as the server is sent it."""

    id: int
    rule: str
    start: int
    end: int
    excerpt: str
    scope: str
    created_at: str
    restored: bool


# -- what a sync writes --------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Pairing:
    """A local row and the server row it is (resolved: the flag both sides agree on)."""

    kind: str
    local_id: int
    server_id: int
    resolved: bool | None = None


@dataclass(frozen=True, slots=True)
class PulledAudit:
    """A server status change to copy into the local audit log."""

    seq: int
    from_status: str | None
    to_status: str
    author_role: str
    author_name: str
    created_at: str
    reason: str | None


@dataclass(frozen=True, slots=True)
class PulledEvent:
    """A server review event to copy locally (revision and parent as local ids)."""

    server_id: int
    revision_id: int | None
    kind: str
    author_role: str
    author_name: str
    created_at: str
    start: int | None
    end: int | None
    text: str
    parent_id: int | None
    resolved: bool


def migrate(store: DraftStore) -> None:
    """Create or upgrade the sync tables in the open vault."""
    def version(con: Any) -> int:
        exists = con.execute("SELECT 1 FROM sqlite_master WHERE name = 'team_sync_version'"
                             ).fetchone()
        return 0 if exists is None else int(
            con.execute("SELECT version FROM team_sync_version").fetchone()[0])

    def run(con: Any) -> None:
        current = version(con)
        for step in STEPS[current:]:
            for statement in step:
                con.execute(statement)
        con.execute("UPDATE team_sync_version SET version = ?", (LATEST,))
        if con.execute("SELECT 1 FROM team_meta WHERE key = 'namespace'").fetchone() is None:
            con.execute("INSERT INTO team_meta VALUES ('namespace', ?)", (str(uuid.uuid4()),))

    if version(store.con) < LATEST or store.con.execute(
            "SELECT 1 FROM team_meta WHERE key = 'namespace'").fetchone() is None:
        store.write(run)


def _record(con: Any, pairing: Pairing, origin: str) -> None:
    """Remember a pairing (inside the caller's transaction)."""
    con.execute("INSERT OR REPLACE INTO team_map VALUES (?, ?, ?, ?, ?)",
                (pairing.kind, pairing.local_id, pairing.server_id, origin,
                 None if pairing.resolved is None else int(pairing.resolved)))


class TeamMirror:
    """The vault as team sync sees it: reads of the sync state and of the rows to push;
    every write is one transaction that applies a row and records its sync state."""

    def __init__(self, store: DraftStore) -> None:
        migrate(store)
        self.store = store
        row = store.con.execute("SELECT value FROM team_meta WHERE key = 'namespace'").fetchone()
        self.namespace = uuid.UUID(row[0])

    # -- the sync state --------------------------------------------------------------------

    def server_id(self, kind: str, local_id: int) -> int | None:
        """The server row a local row is, if it was paired (refusals included)."""
        row = self.store.con.execute("SELECT server_id FROM team_map WHERE kind = ? AND "
                                     "local_id = ?", (kind, local_id)).fetchone()
        return None if row is None else int(row[0])

    def local_id(self, kind: str, server_id: int) -> int | None:
        """The local row a server row is (never through a refusal)."""
        row = self.store.con.execute("SELECT local_id FROM team_map WHERE kind = ? AND "
                                     "server_id = ? AND origin != 'refused'",
                                     (kind, server_id)).fetchone()
        return None if row is None else int(row[0])

    def mapped(self, kind: str) -> dict[int, int]:
        """local id -> server id for every mapped row of a kind."""
        rows = self.store.con.execute("SELECT local_id, server_id FROM team_map WHERE kind = ?",
                                      (kind,)).fetchall()
        return {int(a): int(b) for a, b in rows}

    def synced_resolved(self, kind: str, local_id: int) -> bool | None:
        """The flag (resolved / restored) both sides agreed on last (None when unknown)."""
        row = self.store.con.execute("SELECT resolved FROM team_map WHERE kind = ? AND "
                                     "local_id = ?", (kind, local_id)).fetchone()
        return None if row is None or row[0] is None else bool(row[0])

    def meta(self, key: str, default: str = "") -> str:
        """A value of the sync's own notes (last_sync, style_version)."""
        row = self.store.con.execute("SELECT value FROM team_meta WHERE key = ?",
                                     (key,)).fetchone()
        return default if row is None else str(row[0])

    def refusals(self) -> list[tuple[int, str, str]]:
        """(local draft id, when, the server's words) for every refused status change."""
        rows = self.store.con.execute("SELECT draft_id, created_at, message FROM team_refusals "
                                      "ORDER BY id").fetchall()
        return [(int(a), str(b), str(c)) for a, b, c in rows]

    # -- what a push reads -----------------------------------------------------------------

    def draft_ids(self) -> list[int]:
        """Every local draft, oldest first."""
        return [int(r[0]) for r in
                self.store.con.execute("SELECT id FROM drafts ORDER BY id").fetchall()]

    def outgoing_draft(self, draft_id: int) -> OutgoingDraft:
        """A local draft with all its revisions and status changes."""
        con = self.store.con
        draft = con.execute("SELECT title, language, platforms, impulsive, published_url "
                            "FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        revisions = con.execute("SELECT id, number, title, body, created_at, note FROM "
                                "revisions WHERE draft_id = ? ORDER BY number",
                                (draft_id,)).fetchall()
        audits = con.execute("SELECT id, from_status, to_status, created_at, reason FROM "
                             "audit_log WHERE draft_id = ? ORDER BY id", (draft_id,)).fetchall()
        return OutgoingDraft(
            draft[0], draft[1], tuple(json.loads(draft[2])), bool(draft[3]), draft[4],
            tuple(LocalRevision(int(r[0]), int(r[1]), r[2], r[3], r[4], r[5])
                  for r in revisions),
            tuple(LocalAudit(int(a[0]), a[1], a[2], a[3], a[4]) for a in audits))

    def draft_title(self, draft_id: int) -> str:
        """A local draft's title now."""
        return str(self.store.con.execute("SELECT title FROM drafts WHERE id = ?",
                                          (draft_id,)).fetchone()[0])

    def status_event(self, draft_id: int, created_at: str) -> StatusEvent | None:
        """The approval or change request made with the status change at `created_at`."""
        row = self.store.con.execute(
            "SELECT id, kind, text FROM review_events WHERE draft_id = ? AND created_at = ? "
            "AND kind IN ('approve', 'request_changes')", (draft_id, created_at)).fetchone()
        return None if row is None else StatusEvent(int(row[0]), row[1], row[2])

    def events(self, draft_id: int) -> list[LocalEvent]:
        """A local draft's review events, oldest first."""
        rows = self.store.con.execute(
            "SELECT id, revision_id, kind, created_at, start, \"end\", text, parent_id, "
            "resolved FROM review_events WHERE draft_id = ? ORDER BY id", (draft_id,)).fetchall()
        return [LocalEvent(int(r[0]), None if r[1] is None else int(r[1]), r[2], r[3], r[4],
                           r[5], r[6], None if r[7] is None else int(r[7]), bool(r[8]))
                for r in rows]

    def event_resolved(self, event_id: int) -> bool | None:
        """A local event's resolved flag now (None when there is no such event)."""
        row = self.store.con.execute("SELECT resolved FROM review_events WHERE id = ?",
                                     (event_id,)).fetchone()
        return None if row is None else bool(row[0])

    def dismissals(self, draft_id: int) -> list[LocalDismissal]:
        """A local draft's dismissed findings, oldest first."""
        rows = self.store.con.execute(
            "SELECT id, rule, start, \"end\", excerpt, scope, created_at, restored FROM "
            "dismissals WHERE draft_id = ? ORDER BY id", (draft_id,)).fetchall()
        return [LocalDismissal(int(r[0]), r[1], r[2], r[3], r[4], r[5], r[6], bool(r[7]))
                for r in rows]

    def draft_state(self, draft_id: int) -> tuple[str, str | None, int | None]:
        """A local draft's (status, published URL, revision under review)."""
        row = self.store.con.execute("SELECT status, published_url, review_revision_id "
                                     "FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        status, url, review = tuple(row)
        return status, url, review

    # -- writes: each one transaction ------------------------------------------------------

    def record_pushed(self, *pairings: Pairing) -> None:
        """The server took these local rows (all recorded together)."""
        def run(con: Any) -> None:
            for pairing in pairings:
                _record(con, pairing, "pushed")

        self.store.write(run)

    def record_refusal(self, draft_id: int, audit_id: int, at: str, message: str) -> None:
        """The server refused a local status change: kept, in the server's words."""
        def run(con: Any) -> None:
            _record(con, Pairing("audit", audit_id, 0), "refused")
            con.execute("INSERT INTO team_refusals (draft_id, created_at, message) "
                        "VALUES (?, ?, ?)", (draft_id, at, message))

        self.store.write(run)

    def record_last_sync(self, at: str) -> None:
        """When the last sync finished."""
        self.store.write(lambda con: con.execute(
            "INSERT OR REPLACE INTO team_meta VALUES ('last_sync', ?)", (at,)))

    def apply_restored_dismissal(self, dismissal_id: int, server_id: int) -> None:
        """The comms lead handled a proposal: the dismissed finding comes back."""
        def run(con: Any) -> None:
            con.execute("UPDATE dismissals SET restored = 1 WHERE id = ?", (dismissal_id,))
            _record(con, Pairing("dismissal", dismissal_id, server_id, True), "pulled")

        self.store.write(run)

    def apply_house_style(self, version: int, toml: str, author_role: str,
                          created_at: str) -> None:
        """A house-style version from the server, and that it is the last one pulled."""
        def run(con: Any) -> None:
            con.execute("INSERT INTO house_styles (toml, author_role, created_at) "
                        "VALUES (?, ?, ?)", (toml, author_role, created_at))
            con.execute("INSERT OR REPLACE INTO team_meta VALUES ('style_version', ?)",
                        (str(version),))

        self.store.write(run)

    def apply_status(self, draft_id: int, audits: list[PulledAudit], status: str,
                     published_url: str | None, review_revision_id: int | None) -> None:
        """The server's status changes into the audit log, and the draft takes the server's
        status (the revision under review kept when the server names none known here)."""
        def run(con: Any) -> None:
            for a in audits:
                cur = con.execute("INSERT INTO audit_log (draft_id, from_status, to_status, "
                                  "author_role, created_at, reason, author_name) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                  (draft_id, a.from_status, a.to_status, a.author_role,
                                   a.created_at, a.reason, a.author_name))
                _record(con, Pairing("audit", int(cur.lastrowid), a.seq), "pulled")
            con.execute("UPDATE drafts SET status = ?, published_url = ?, "
                        "review_revision_id = COALESCE(?, review_revision_id) WHERE id = ?",
                        (status, published_url, review_revision_id, draft_id))

        self.store.write(run)

    def apply_resolved(self, event_id: int, server_id: int, resolved: bool) -> None:
        """An event resolved (or reopened) on the server."""
        def run(con: Any) -> None:
            con.execute("UPDATE review_events SET resolved = ? WHERE id = ?",
                        (int(resolved), event_id))
            _record(con, Pairing("event", event_id, server_id, resolved), "pulled")

        self.store.write(run)

    def apply_event(self, draft_id: int, event: PulledEvent) -> None:
        """A review event made on the server."""
        def run(con: Any) -> None:
            cur = con.execute(
                "INSERT INTO review_events (draft_id, revision_id, kind, author_role, "
                "created_at, start, \"end\", text, parent_id, resolved, author_name) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (draft_id, event.revision_id, event.kind, event.author_role, event.created_at,
                 event.start, event.end, event.text, event.parent_id, int(event.resolved),
                 event.author_name))
            _record(con, Pairing("event", int(cur.lastrowid), event.server_id, event.resolved),
                    "pulled")

        self.store.write(run)
