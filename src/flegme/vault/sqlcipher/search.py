"""Full-text search over the vault's drafts (SQLite FTS5; accents and case folded by the
table's tokenizer, see migrations)."""

from __future__ import annotations

# Rank inside FTS5 first (its own fast path for ORDER BY rank LIMIT), then join.
SEARCH_SQL = ("SELECT d.id, d.title, d.status, d.platforms, d.language, d.updated_at "
              "FROM (SELECT rowid, rank FROM drafts_fts WHERE drafts_fts MATCH ? "
              "ORDER BY rank LIMIT ?) AS f JOIN drafts d ON d.id = f.rowid ORDER BY f.rank")


def fts_query(query: str) -> str:
    """User text as a safe FTS5 query: every word must appear (prefix match on the last)."""
    words = ["".join(c for c in w if c.isalnum()) for w in query.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    terms = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(terms)
