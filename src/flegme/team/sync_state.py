"""What the local vault knows of the team server: which local row is which server row, the
status changes the server refused, the last house-style version pulled. Kept inside the
encrypted vault, in tables of their own, with their own ordered steps."""

from __future__ import annotations

import uuid
from typing import Any

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


def migrate(store: Any) -> None:
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


class SyncState:
    """Reads and writes of the sync tables (writes take the caller's transaction)."""

    def __init__(self, store: Any) -> None:
        migrate(store)
        self.store = store
        row = store.con.execute("SELECT value FROM team_meta WHERE key = 'namespace'").fetchone()
        self.namespace = uuid.UUID(row[0])

    def uid(self, kind: str, local_id: int) -> uuid.UUID:
        """The id the server knows a local row by: the same on every retry."""
        return uuid.uuid5(self.namespace, f"{kind}:{local_id}")

    def server_id(self, kind: str, local_id: int) -> int | None:
        row = self.store.con.execute("SELECT server_id FROM team_map WHERE kind = ? AND "
                                     "local_id = ?", (kind, local_id)).fetchone()
        return None if row is None else int(row[0])

    def local_id(self, kind: str, server_id: int) -> int | None:
        row = self.store.con.execute("SELECT local_id FROM team_map WHERE kind = ? AND "
                                     "server_id = ? AND origin != 'refused'",
                                     (kind, server_id)).fetchone()
        return None if row is None else int(row[0])

    def mapped(self, kind: str) -> dict[int, int]:
        """local id -> server id for every mapped row of a kind."""
        rows = self.store.con.execute("SELECT local_id, server_id FROM team_map WHERE kind = ?",
                                      (kind,)).fetchall()
        return {int(a): int(b) for a, b in rows}

    def synced_resolved(self, event_local_id: int) -> bool | None:
        """The resolved flag both sides agreed on last (None when the event is unmapped)."""
        return self.synced_resolved_of("event", event_local_id)

    def synced_resolved_of(self, kind: str, local_id: int) -> bool | None:
        """The flag (resolved / restored) both sides agreed on last."""
        row = self.store.con.execute("SELECT resolved FROM team_map WHERE kind = ? AND "
                                     "local_id = ?", (kind, local_id)).fetchone()
        return None if row is None or row[0] is None else bool(row[0])

    @staticmethod
    def record(con: Any, kind: str, local_id: int, server_id: int, origin: str,
               resolved: bool | None = None) -> None:
        """Remember a pairing (inside the caller's transaction)."""
        con.execute("INSERT OR REPLACE INTO team_map VALUES (?, ?, ?, ?, ?)",
                    (kind, local_id, server_id, origin,
                     None if resolved is None else int(resolved)))

    def meta(self, key: str, default: str = "") -> str:
        row = self.store.con.execute("SELECT value FROM team_meta WHERE key = ?",
                                     (key,)).fetchone()
        return default if row is None else str(row[0])

    def refusals(self) -> list[tuple[int, str, str]]:
        """(local draft id, when, the server's words) for every refused status change."""
        rows = self.store.con.execute("SELECT draft_id, created_at, message FROM team_refusals "
                                      "ORDER BY id").fetchall()
        return [(int(a), str(b), str(c)) for a, b, c in rows]
