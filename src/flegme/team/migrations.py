"""Team schema versions: ordered SQL steps in `sql/` (never edited once shipped; add a step),
the version kept in `flegme.schema_version`, each step in its own transaction."""

from __future__ import annotations

from importlib import resources
from typing import Any

from flegme.team.errors import TeamError

STEPS: tuple[str, ...] = (
    "001_tables.sql",  # drafts, revisions, review events, dismissals, styles, audit, search
    "002_rules.sql",  # group roles, row-level security, workflow functions, audit chain
)
LATEST = len(STEPS)
_LOCK = 0x466C65676D65  # "Flegme": one `team init` at a time


def step_sql(name: str) -> str:
    """The SQL text of one step."""
    return resources.files("flegme.team").joinpath("sql", name).read_text(encoding="utf-8")


def schema_version(con: Any) -> int:
    """The team schema's version in this database (0 when there is none yet)."""
    row = con.execute("SELECT to_regclass('flegme.schema_version') IS NOT NULL").fetchone()
    if not row[0]:
        return 0
    return int(con.execute("SELECT version FROM flegme.schema_version").fetchone()[0])


def migrate(con: Any, target: int = LATEST) -> int:
    """Apply the missing steps (run by the database owner); returns the new version."""
    with con.transaction():
        con.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
        version = schema_version(con)
    if version > LATEST:
        raise TeamError(f"This team database was set up by a newer Flegme (schema {version}); "
                        "update Flegme to use it.")
    while version < target:
        with con.transaction():
            con.execute("SELECT pg_advisory_xact_lock(%s)", (_LOCK,))
            if schema_version(con) != version:  # someone else migrated meanwhile
                version = schema_version(con)
                continue
            con.execute(step_sql(STEPS[version]))
            version += 1
            con.execute("UPDATE flegme.schema_version SET version = %s", (version,))
    return version
