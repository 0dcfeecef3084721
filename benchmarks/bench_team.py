"""Team mode speed: one PostgreSQL server on loopback, three clients (leader, assistant, comms
lead: one login and one connection pool each), 10,000 drafts.

    .venv/bin/python benchmarks/bench_team.py [--drafts 10000] [--repeat 50]

Starts a throwaway cluster (tests/pg_cluster.py; needs the Debian `postgresql` package) and
reports medians and p95 (ms) for: the reviewers' queues refreshed after the leader sends a
draft (LISTEN/NOTIFY, then the queue query), a sync of 100 new revisions from the leader's
local vault, listing the 50 most recent drafts, and full-text search (French and English
configurations, accents ignored). Peers in the same run: the same list and search as the
database owner (no row-level security), and search by unaccented ILIKE instead of the index.
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
FR = ("atelier vélo réparation frein chaîne apprenti quartier voisin pièce roue cadre "
      "mécanicien trajet piste cyclable durable transparence chiffres coût marge saison "
      "client service école famille entretien révision selle guidon pédale lumière").split()
EN = ("workshop bike repair brake chain apprentice neighbourhood neighbour part wheel frame "
      "mechanic commute lane durable transparency figures cost margin season customer "
      "service school family maintenance saddle handlebar pedal light repaired bikes").split()


def body(rng: random.Random, words: list[str]) -> str:
    out: list[str] = []
    while sum(len(w) + 1 for w in out) < 1500:
        out.append(rng.choice(words))
    return " ".join(out)


def stats(times: list[float]) -> tuple[float, float]:
    """(median, p95) in ms."""
    ms = sorted(t * 1000 for t in times)
    return statistics.median(ms), ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]


def timed(fn: Callable[[], Any], repeat: int) -> list[float]:
    out = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def fill(team: Any, n: int, rng: random.Random) -> None:
    """n drafts by the leader (60% sent to review at some point), in one transaction."""
    leader = team.logins["leader"]
    start = datetime(2025, 1, 1, tzinfo=UTC)
    rows = []
    statuses = ("draft", "in_review", "changes_requested", "approved", "published")
    for i in range(n):
        fr = i % 2 == 0
        words = FR if fr else EN
        at = start + timedelta(minutes=i)
        status = statuses[0] if rng.random() < 0.4 else rng.choice(statuses[1:])
        rows.append((f"Post {i} {rng.choice(words)}", body(rng, words), "fr" if fr else "en",
                     status, at, None if status == "draft" else at, leader))
    with team.superuser() as con, con.cursor() as cur:
        cur.executemany(
            "INSERT INTO flegme.drafts (uid, author, title, body, language, platforms, status, "
            "impulsive, created_at, updated_at, last_edit_at, submitted_at) VALUES "
            "(gen_random_uuid(), %s, %s, %s, %s, ARRAY['linkedin'], %s, false, %s, %s, %s, %s)",
            [(a, t, b, lang, s, at, at, at, sub) for t, b, lang, s, at, sub, a in rows])
        cur.execute("INSERT INTO flegme.revisions (uid, draft_id, number, title, body, author, "
                    "created_at) SELECT gen_random_uuid(), id, 1, title, body, author, "
                    "created_at FROM flegme.drafts")
        cur.execute("ANALYZE")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drafts", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=50)
    args = parser.parse_args()
    sys.path.insert(0, str(ROOT))
    import keyring
    from tests.memory_keyring import MemoryKeyring
    from tests.pg_cluster import start_cluster
    from tests.team.conftest import make_team

    from flegme.review.identity import Identity
    from flegme.review.models import Role, Status
    from flegme.team.connect import pool
    from flegme.team.live import ChangeFeed
    from flegme.team.repository import TeamRepository
    from flegme.team.sync import sync
    from flegme.vault import Vault, VaultRepository

    keyring.set_keyring(MemoryKeyring())  # the bench's vault key never reaches a real keyring
    rng = random.Random(13)
    cluster = start_cluster()
    try:
        team = make_team(cluster, new_database(cluster))
        t0 = time.perf_counter()
        fill(team, args.drafts, rng)
        print(f"{args.drafts} drafts loaded in {time.perf_counter() - t0:.1f} s "
              f"(PostgreSQL {server_version(team)}, loopback, TLS)")
        pools = {who: pool(team.config(who), team.password(who), max_size=2)
                 for who in ("leader", "assistant", "comms")}
        repos = {who: TeamRepository(p) for who, p in pools.items()}
        try:
            report(args, team, repos, ChangeFeed, Identity, Role, Status, Vault,
                   VaultRepository, sync)
        finally:
            for p in pools.values():
                p.close()
    finally:
        cluster.destroy()
    return 0


def new_database(cluster: Any) -> str:
    """A fresh database in the cluster."""
    import psycopg

    with psycopg.connect(cluster.url(), autocommit=True) as con:
        con.execute('CREATE DATABASE "flegme_bench_1"')
    return "flegme_bench_1"


def server_version(team: Any) -> str:
    with team.superuser() as con:
        return str(con.execute("SHOW server_version").fetchone()[0])


def report(args: Any, team: Any, repos: dict[str, Any], feed_type: Any, identity: Any,
           role: Any, status: Any, vault_type: Any, vault_repo: Any, sync: Any) -> None:
    leader, assistant = repos["leader"], repos["assistant"]
    me = identity("Claire", role.LEADER)
    feeds = [feed_type(team.config(w), team.password(w)) for w in ("assistant", "comms")]
    for f in feeds:
        f.wait(0.01)
    # -- queue refresh after a submit: leader sends, both reviewers' queues show it
    refresh = []
    for i in range(args.repeat):
        d = leader.create_draft(title=f"Bench {i}", body="Douze vélos réparés.",
                                language="fr", platforms=["x"], impulsive=False,
                                report_json=None, author=me, at=datetime.now(UTC))
        start = time.perf_counter()
        leader.change_status(d.id, expected=status.DRAFT, target=status.IN_REVIEW, actor=me,
                             at=datetime.now(UTC))
        for f, repo in zip(feeds, (assistant, repos["comms"]), strict=True):
            while not any(c.draft_id == d.id for c in f.wait(2.0)):
                pass
            queue = repo.list_drafts(limit=1000, status=status.IN_REVIEW)
            assert any(q.id == d.id for q in queue)
        refresh.append(time.perf_counter() - start)
    for f in feeds:
        f.close()
    med, p95 = stats(refresh)
    print(f"queue refresh after submit (2 reviewers): median {med:.1f} ms, p95 {p95:.1f} ms "
          f"({args.repeat} rounds; target <= 1000 ms)")
    # -- sync of 100 new revisions from the leader's local vault
    with tempfile.TemporaryDirectory() as tmp:
        vault, _ = vault_type.create(Path(tmp) / "bench.vault")
        try:
            local = vault_repo(vault)
            drafts = [local.create_draft(title=f"Local {i}", body=f"Texte {i}", language="fr",
                                         platforms=["x"], impulsive=False, report_json=None,
                                         author=me, at=datetime.now(UTC)) for i in range(20)]
            with team.connect("leader") as con:
                sync(vault, con)
                times = []
                for r in range(5):
                    for k in range(100):
                        local.save_revision(drafts[k % 20].id, title="t",
                                            body=f"Révision {r}.{k} ✨", platforms=["x"],
                                            impulsive=False, report_json=None, author=me,
                                            at=datetime.now(UTC))
                    start = time.perf_counter()
                    done = sync(vault, con)
                    times.append(time.perf_counter() - start)
                    assert done.pushed == 100, done
        finally:
            vault.close()
    med, p95 = stats(times)
    print(f"sync of 100 new revisions (20 local drafts): median {med:.0f} ms, p95 {p95:.0f} ms "
          "(5 rounds; target <= 2000 ms)")
    # -- list 50, search: as the leader (row-level security) and as the owner (peer)
    with team.connect("admin") as owner:
        rows = [
            ("list 50 (leader, RLS)", lambda: leader.list_drafts(limit=50)),
            ("list 50 (assistant, RLS)", lambda: assistant.list_drafts(limit=50)),
            ("list 50 (owner, no RLS: peer)", lambda: owner.execute(
                "SELECT id, title, status, platforms, language, updated_at FROM flegme.drafts "
                "ORDER BY updated_at DESC, id DESC LIMIT 50").fetchall()),
            ("search 'reparation' (leader, fr+en, index)", lambda: leader.search("reparation")),
            ("search 'repaired bikes' (leader, fr+en, index)",
             lambda: leader.search("repaired bikes")),
            ("search 'guidon pédale' (assistant, index)",
             lambda: assistant.search("guidon pédale")),
            ("search 'reparation' (owner, unaccent ILIKE: peer)", lambda: owner.execute(
                "SELECT id FROM flegme.drafts WHERE flegme.unaccent(title || ' ' || body) "
                "ILIKE '%%reparation%%' ORDER BY updated_at DESC LIMIT 50").fetchall()),
        ]
        results = {}
        for name, fn in rows:
            fn()
            results[name] = stats(timed(fn, args.repeat * 2))
    base = results["list 50 (owner, no RLS: peer)"][0]
    peer = results["search 'reparation' (owner, unaccent ILIKE: peer)"][0]
    for name, (med, p95) in results.items():
        ratio = med / (peer if name.startswith("search") else base)
        print(f"{name}: median {med:.2f} ms, p95 {p95:.2f} ms (x{ratio:.2f} the peer; "
              "target <= 50 ms)")


if __name__ == "__main__":
    sys.exit(main())
