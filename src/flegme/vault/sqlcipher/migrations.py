"""Schema versions: `PRAGMA user_version` and ordered migration steps (never edited once
shipped; add a step instead)."""

from __future__ import annotations

from typing import Any

STEPS: tuple[tuple[str, ...], ...] = (
    # 1: drafts, revisions, review events, audit log, house styles, full-text search
    (
        """CREATE TABLE drafts (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            language TEXT NOT NULL,
            platforms TEXT NOT NULL,
            status TEXT NOT NULL,
            author_role TEXT NOT NULL,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            last_edit_at TEXT NOT NULL,
            published_url TEXT,
            impulsive INTEGER NOT NULL DEFAULT 0,
            report TEXT
        )""",
        "CREATE INDEX drafts_by_update ON drafts(updated_at DESC)",
        "CREATE INDEX drafts_by_status ON drafts(status, updated_at)",
        """CREATE TABLE revisions (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            number INTEGER NOT NULL,
            title TEXT NOT NULL,
            body TEXT NOT NULL,
            author_role TEXT NOT NULL,
            created_at TEXT NOT NULL,
            note TEXT,
            UNIQUE (draft_id, number)
        )""",
        """CREATE TABLE review_events (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            revision_id INTEGER REFERENCES revisions(id),
            kind TEXT NOT NULL,
            author_role TEXT NOT NULL,
            created_at TEXT NOT NULL,
            start INTEGER,
            "end" INTEGER,
            text TEXT NOT NULL DEFAULT ''
        )""",
        """CREATE TABLE audit_log (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            from_status TEXT,
            to_status TEXT NOT NULL,
            author_role TEXT NOT NULL,
            created_at TEXT NOT NULL,
            reason TEXT
        )""",
        """CREATE TABLE house_styles (
            id INTEGER PRIMARY KEY,
            toml TEXT NOT NULL,
            author_role TEXT NOT NULL,
            created_at TEXT NOT NULL
        )""",
        """CREATE VIRTUAL TABLE drafts_fts USING fts5(
            title, body, content='drafts', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2'
        )""",
        """CREATE TRIGGER drafts_ai AFTER INSERT ON drafts BEGIN
            INSERT INTO drafts_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END""",
        """CREATE TRIGGER drafts_ad AFTER DELETE ON drafts BEGIN
            INSERT INTO drafts_fts(drafts_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
        END""",
        """CREATE TRIGGER drafts_au AFTER UPDATE OF title, body ON drafts BEGIN
            INSERT INTO drafts_fts(drafts_fts, rowid, title, body)
            VALUES ('delete', old.id, old.title, old.body);
            INSERT INTO drafts_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
        END""",
    ),
    # 2: dismissed findings (once, for this draft, or proposed as allowed terms)
    (
        """CREATE TABLE dismissals (
            id INTEGER PRIMARY KEY,
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            rule TEXT NOT NULL,
            start INTEGER NOT NULL,
            "end" INTEGER NOT NULL,
            excerpt TEXT NOT NULL,
            scope TEXT NOT NULL,
            author_role TEXT NOT NULL,
            created_at TEXT NOT NULL,
            restored INTEGER NOT NULL DEFAULT 0
        )""",
        "CREATE INDEX dismissals_by_draft ON dismissals(draft_id)",
    ),
    # 3: the review loop: who acted (name beside the role), replies and resolved comments,
    # the revision frozen for review, and what each person has read of the feedback
    (
        "ALTER TABLE drafts ADD COLUMN review_revision_id INTEGER REFERENCES revisions(id)",
        "ALTER TABLE review_events ADD COLUMN parent_id INTEGER REFERENCES review_events(id)",
        "ALTER TABLE review_events ADD COLUMN resolved INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE review_events ADD COLUMN author_name TEXT NOT NULL DEFAULT ''",
        "ALTER TABLE audit_log ADD COLUMN author_name TEXT NOT NULL DEFAULT ''",
        "CREATE INDEX review_events_by_draft ON review_events(draft_id, id)",
        """CREATE TABLE feedback_seen (
            draft_id INTEGER NOT NULL REFERENCES drafts(id) ON DELETE CASCADE,
            reader TEXT NOT NULL,
            last_event_id INTEGER NOT NULL,
            PRIMARY KEY (draft_id, reader)
        )""",
    ),
)
LATEST = len(STEPS)


def schema_version(con: Any) -> int:
    """The vault's schema version (0 for a new file)."""
    return int(con.execute("PRAGMA user_version").fetchone()[0])


def migrate(con: Any, target: int = LATEST) -> int:
    """Apply the missing steps, each in its own transaction; returns the new version."""
    version = schema_version(con)
    if version > LATEST:
        from flegme.errors import VaultError

        raise VaultError(f"This vault was written by a newer Flegme (schema {version}); "
                         "update Flegme to open it.")
    while version < target:
        con.execute("BEGIN IMMEDIATE")
        try:
            for statement in STEPS[version]:
                con.execute(statement)
            version += 1
            con.execute(f"PRAGMA user_version = {version}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
    return version
