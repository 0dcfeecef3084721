"""What the installed SQLCipher can do, for `flegme doctor`: its version, SQLite's, and FTS5."""

from __future__ import annotations

from typing import Any


def sqlcipher_report() -> dict[str, Any]:
    """SQLCipher's and SQLite's versions and whether full-text search works (never raises:
    the doctor's report must come out whatever broke)."""
    try:
        import sqlcipher3

        con = sqlcipher3.connect(":memory:")
        try:
            con.execute("PRAGMA key = 'doctor'")
            row = con.execute("PRAGMA cipher_version").fetchone()
            version = str(row[0]) if row and row[0] else ""
            try:
                con.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
                con.execute("INSERT INTO t(body) VALUES ('garder son calme')")
                hits = con.execute("SELECT count(*) FROM t WHERE t MATCH 'calme'").fetchone()
                fts5 = hits[0] == 1
            except Exception:
                fts5 = False
            sqlite_version = str(con.execute("SELECT sqlite_version()").fetchone()[0])
        finally:
            con.close()
    except Exception as exc:
        return {"cipher_version": "", "fts5": False, "error": f"{type(exc).__name__}: {exc}"}
    return {"cipher_version": version, "fts5": fts5, "sqlite_version": sqlite_version}
