"""Vault speed with 10,000 drafts of ~1,500 characters, against plain SQLite in the same run.

    .venv/bin/python benchmarks/bench_vault.py [--drafts 10000] [--repeat 200]

Reports medians (ms) for: listing the 50 most recent drafts, a full-text search, saving a
revision; the same operations on an unencrypted sqlite3 copy of the same schema (the ratio is
the cost of encryption); the time to open the vault with a raw key vs a passphrase; and the
cost of the bounded integrity check run at every open (the same open without it).
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from flegme.review.identity import Identity
from flegme.review.models import Role
from flegme.vault import Vault, VaultRepository
from flegme.vault.sqlcipher import damage, migrations

WORDS = ("atelier vélo réparation frein chaîne apprenti quartier voisin pièce roue cadre "
         "mécanicien trajet piste cyclable durable transparence chiffres coût marge saison "
         "client service école famille entretien révision selle guidon pédale lumière").split()


def body(rng: random.Random) -> str:
    words: list[str] = []
    while sum(len(w) + 1 for w in words) < 1500:
        words.append(rng.choice(WORDS))
    return " ".join(words)


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def save_revision(vault: Vault, draft_id: int, text: str) -> None:
    """A new revision through the vault's one writer (as the window's autosave does)."""
    repo = VaultRepository(vault)
    draft = repo.get_draft(draft_id)
    repo.save_revision(draft_id, title=draft.title, body=text, platforms=draft.platforms,
                       impulsive=False, report_json=None, author=Identity("bench", Role.LEADER),
                       at=vault.clock())


def fill(vault: Vault, n: int, rng: random.Random) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)  # one transaction; timestamps a minute apart
    stamps = [(start + timedelta(minutes=i)).isoformat(timespec="microseconds")
              for i in range(n)]
    rows = [(f"Post {i} {rng.choice(WORDS)}", body(rng), "fr", '["linkedin"]', "draft",
             "leader", stamps[i], stamps[i], stamps[i]) for i in range(n)]
    con = vault.con
    con.execute("BEGIN")
    con.executemany("INSERT INTO drafts (title, body, language, platforms, status, author_role, "
                    "created_at, updated_at, last_edit_at) VALUES (?,?,?,?,?,?,?,?,?)", rows)
    con.execute("INSERT INTO revisions (draft_id, number, title, body, author_role, created_at) "
                "SELECT id, 1, title, body, author_role, created_at FROM drafts")
    con.execute("COMMIT")
    settle(con)


def settle(con: Any) -> None:
    """Checkpoint the bulk load and let the disk catch up, so saves are timed on their own."""
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    os.sync()


def plain_copy(n: int, rng: random.Random, path: Path) -> sqlite3.Connection:
    con = sqlite3.connect(path, isolation_level=None)
    con.execute("PRAGMA journal_mode = WAL")
    con.execute("PRAGMA synchronous = FULL")
    for step in migrations.STEPS:
        for statement in step:
            con.execute(statement)
    con.execute("BEGIN")
    con.executemany("INSERT INTO drafts (title, body, language, platforms, status, author_role, "
                    "created_at, updated_at, last_edit_at) VALUES (?,?,?,?,?,?,?,?,?)",
                    [(f"Post {i}", body(rng), "fr", "[]", "draft", "leader", "2026", f"{i:07d}",
                      "2026") for i in range(n)])
    con.execute("INSERT INTO revisions (draft_id, number, title, body, author_role, created_at) "
                "SELECT id, 1, title, body, author_role, created_at FROM drafts")
    con.execute("COMMIT")
    settle(con)
    return con


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args(argv)
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        vault, recovery = Vault.create(folder / "bench.vault", passphrase="benchmark passphrase")
        fill(vault, args.drafts, rng)
        text = body(rng)
        results = {
            "list 50 most recent": median_ms(lambda: vault.list_drafts(limit=50), args.repeat),
            "full-text search": median_ms(lambda: vault.search("apprenti quartier"), args.repeat),
            "save a revision": median_ms(
                lambda: save_revision(vault, rng.randint(1, args.drafts), text), args.repeat),
        }
        vault.close()
        plain = plain_copy(args.drafts, rng, folder / "plain.db")
        n = [0]

        def plain_save() -> None:
            n[0] += 1
            draft = rng.randint(1, args.drafts)
            plain.execute("BEGIN IMMEDIATE")
            plain.execute("INSERT INTO revisions (draft_id, number, title, body, author_role, "
                          "created_at) VALUES (?, ?, 't', ?, 'leader', '2026')",
                          (draft, 1000 + n[0], text))
            plain.execute("UPDATE drafts SET body = ?, updated_at = ? WHERE id = ?",
                          (text, f"9{n[0]:07d}", draft))
            plain.execute("COMMIT")

        peers = {
            "list 50 most recent": median_ms(lambda: plain.execute(
                "SELECT id, title, status, platforms, language, updated_at FROM drafts "
                "ORDER BY updated_at DESC LIMIT 50").fetchall(), args.repeat),
            "full-text search": median_ms(lambda: plain.execute(
                "SELECT d.id, d.title, d.status, d.platforms, d.language, d.updated_at FROM "
                "(SELECT rowid, rank FROM drafts_fts WHERE drafts_fts MATCH "
                "'\"apprenti\" \"quartier\"*' ORDER BY rank LIMIT 50) AS f "
                "JOIN drafts d ON d.id = f.rowid ORDER BY f.rank").fetchall(), args.repeat),
            "save a revision": median_ms(plain_save, args.repeat),
        }
        plain.close()
        open_raw = median_ms(lambda: Vault.open(folder / "bench.vault",
                                                recovery_key=recovery).close(), 20)
        size_mb = (folder / "bench.vault").stat().st_size / 2**20
        bounds = damage.PAGE_CHECK_BYTES, damage.TREE_CHECK_BYTES
        damage.PAGE_CHECK_BYTES = damage.TREE_CHECK_BYTES = -1  # the same open, unchecked
        open_unchecked = median_ms(lambda: Vault.open(folder / "bench.vault",
                                                      recovery_key=recovery).close(), 20)
        damage.PAGE_CHECK_BYTES, damage.TREE_CHECK_BYTES = bounds
        checks = " + ".join(name for name, bound in (("page HMACs", bounds[0]),
                                                     ("quick_check", bounds[1]))
                            if size_mb * 2**20 <= bound) or "none (above the bounds)"
        open_pass = median_ms(lambda: Vault.open(folder / "bench.vault",
                                                 passphrase="benchmark passphrase").close(), 10)
    print(f"Vault benchmark: {args.drafts:,} drafts of ~1,500 characters, "
          f"{args.repeat} repetitions, Python {sys.version.split()[0]}")
    print(f"{'operation':<22}{'SQLCipher ms':>14}{'SQLite ms':>12}{'ratio':>8}")
    for name, value in results.items():
        print(f"{name:<22}{value:>14.3f}{peers[name]:>12.3f}{value / peers[name]:>8.2f}")
    print(f"open with raw key (recovery/keyring): {open_raw:.1f} ms; "
          f"with passphrase (scrypt N=2^15): {open_pass:.1f} ms")
    print(f"integrity check on open ({size_mb:.1f} MB vault; {checks}): open {open_raw:.1f} ms "
          f"vs {open_unchecked:.1f} ms unchecked ({open_raw / open_unchecked:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
