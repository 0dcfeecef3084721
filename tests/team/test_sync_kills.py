"""Sync killed at random points (at least 100 SIGKILLs), and the server stopped mid-sync:
after a final sync, nothing is lost and nothing is duplicated on either side."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from flegme.review.identity import Identity
from flegme.review.models import Role, Status
from flegme.review.repository import NewEvent
from flegme.team.errors import TeamUnavailableError
from flegme.team.sync import sync
from flegme.vault import TeamMirror, Vault, VaultRepository
from tests.team.conftest import Team
from tests.team.test_rules import move

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]
LEADER = Identity("Claire", Role.LEADER)
KILLS = int(os.environ.get("FLEGME_SYNC_KILLS", "100"))


def leader_acts(repo: VaultRepository, rng: random.Random, step: int) -> None:
    """One thing the leader does offline (what the local rules allow)."""
    from datetime import UTC, datetime

    now = datetime.now(UTC)
    drafts = repo.list_drafts(limit=1000)
    editable = [d for d in drafts if d.status in (Status.DRAFT, Status.CHANGES_REQUESTED)]
    choice = rng.random()
    if not drafts or choice < 0.25:
        repo.create_draft(title=f"Draft {step}", body=f"Body {step} 🚲 é", language="fr",
                          platforms=["x"], impulsive=False, report_json=None, author=LEADER,
                          at=now)
    elif editable and choice < 0.6:
        d = rng.choice(editable)
        repo.save_revision(d.id, title=d.title, body=f"Body {step} of {d.id} ✨",
                           platforms=["x"], impulsive=False, report_json=None, author=LEADER,
                           at=now)
    elif editable and choice < 0.8:
        d = rng.choice(editable)
        repo.change_status(d.id, expected=d.status, target=Status.IN_REVIEW, actor=LEADER,
                           at=now, freeze_revision=True)
    elif choice < 0.88:
        d = rng.choice(drafts)
        repo.add_dismissal(d.id, rule="jargon.term", start=0, end=4, excerpt=f"Term {step}",
                           scope=rng.choice(("once", "draft", "proposed_allow")),
                           author=LEADER, at=now)
    else:
        comments = [(d.id, e) for d in drafts for e in repo.review_events(d.id)
                    if e.kind == "comment"]
        if comments:
            draft_id, e = rng.choice(comments)
            repo.add_event(draft_id, NewEvent("reply", f"Reply {step}", e.revision_id,
                                              parent_id=e.id), actor=LEADER, at=now)
            repo.set_resolved(e.id, not e.resolved)


def assistant_acts(team: Team, rng: random.Random, step: int) -> None:
    """What the assistant does on the server meanwhile."""
    with team.connect("assistant") as con:
        queue = [int(r[0]) for r in con.execute(
            "SELECT id FROM flegme.drafts WHERE status = 'in_review' ORDER BY id")]
        if not queue:
            return
        draft = rng.choice(queue)
        roll = rng.random()
        if roll < 0.5:
            con.execute("SELECT flegme.add_event(gen_random_uuid(), %s, 'comment', %s, NULL, "
                        "0, 1, NULL, now())", (draft, f"Comment {step}"))
        elif roll < 0.8:
            move(con, draft, "in_review", "changes_requested", text=f"Change {step}")
        else:
            move(con, draft, "in_review", "approved", text=f"OK {step}")


def snapshot_local(vault: Vault) -> dict[int, Any]:
    """Per server draft id: revision bodies, events, status, audit length (local side)."""
    state = TeamMirror(vault)
    repo = VaultRepository(vault)
    out = {}
    for local_id, server_id in state.mapped("draft").items():
        out[server_id] = (
            [r.body for r in repo.revisions(local_id)],
            Counter((e.kind, e.text, e.author_name, e.resolved)
                    for e in repo.review_events(local_id)),
            repo.get_draft(local_id).status.value,
            len(repo.audit_log(local_id)),
            Counter((x.excerpt, x.scope, x.restored) for x in repo.dismissals(local_id)))
    assert len(out) == len(repo.list_drafts(limit=10_000))  # every local draft is on the server
    return out


def snapshot_server(team: Team) -> dict[int, Any]:
    """The same, from the server (as the leader sees it)."""
    out = {}
    with team.connect("leader") as con:
        for (draft_id, status) in con.execute("SELECT id, status FROM flegme.drafts"):
            bodies = [r[0] for r in con.execute("SELECT body FROM flegme.revisions WHERE "
                                                "draft_id = %s ORDER BY number", (draft_id,))]
            events = Counter((r[0], r[1], r[2], r[3]) for r in con.execute(
                "SELECT e.kind, e.text, p.display_name, e.resolved FROM flegme.review_events e "
                "JOIN flegme.people p ON p.login = e.author WHERE e.draft_id = %s", (draft_id,)))
            audits = con.execute("SELECT count(*) FROM flegme.audit WHERE draft_id = %s AND "
                                 "action IN ('create', 'status')", (draft_id,)).fetchone()[0]
            dismissed = Counter((r[0], r[1], r[2]) for r in con.execute(
                "SELECT excerpt, scope, restored FROM flegme.dismissals WHERE draft_id = %s",
                (draft_id,)))
            out[int(draft_id)] = (bodies, events, status, int(audits), dismissed)
    return out


def child(team: Team, path: Path, recovery: str) -> subprocess.Popen[str]:
    env = dict(os.environ, FLEGME_RECOVERY_KEY=recovery, FLEGME_TEAM_URL=team.config(
        "leader").url(), FLEGME_TEAM_PASSWORD=team.password("leader"))
    return subprocess.Popen([sys.executable, "-m", "tests.team.sync_child", str(path)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)


@pytest.mark.timeout(1800)
def test_sync_killed_at_random_points_loses_and_duplicates_nothing(team: Team,
                                                                   tmp_path: Path) -> None:
    rng = random.Random(1313)
    path = tmp_path / "leader.vault"
    vault, recovery = Vault.create(path)
    vault.close()
    kills = rounds = 0
    while kills < KILLS:
        rounds += 1
        assert rounds < KILLS * 4, f"only {kills} kills landed in {rounds} rounds"
        vault = Vault.open(path, recovery_key=recovery)
        try:
            for step in range(rng.randint(1, 3)):
                leader_acts(VaultRepository(vault), rng, rounds * 10 + step)
        finally:
            vault.close()
        assistant_acts(team, rng, rounds)
        proc = child(team, path, recovery)
        assert proc.stdout is not None
        assert proc.stdout.readline().strip() == "syncing", proc.stderr.read() if \
            proc.stderr else ""
        time.sleep(rng.uniform(0, 0.12))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            kills += 1
        _out, err = proc.communicate(timeout=60)
        assert proc.returncode in (0, -signal.SIGKILL), err
    vault = Vault.open(path, recovery_key=recovery)
    try:
        with team.connect("leader") as con:
            final = sync(vault, con)
            again = sync(vault, con)
        assert final.refused == [] and final.waiting == []
        assert (again.pushed, again.pulled) == (0, 0)  # nothing left, nothing sent twice
        local = snapshot_local(vault)
    finally:
        vault.close()
    server = snapshot_server(team)
    assert local == server
    assert sum(len(v[0]) for v in server.values()) > KILLS // 2  # it did real work


@pytest.mark.timeout(600)
def test_server_stopped_mid_sync_then_resumed(team: Team, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    vault, _recovery = Vault.create(tmp_path / "leader.vault")
    try:
        repo = VaultRepository(vault)
        for n in range(40):
            d = repo.create_draft(title=f"D{n}", body=f"Body {n}", language="en", platforms=["x"],
                                  impulsive=False, report_json=None, author=LEADER,
                                  at=datetime.now(UTC))
            for k in range(3):
                repo.save_revision(d.id, title=d.title, body=f"Body {n}.{k}", platforms=["x"],
                                   impulsive=False, report_json=None, author=LEADER,
                                   at=datetime.now(UTC))
        steps = []
        stopped = threading.Event()

        def on_step(what: str) -> None:
            steps.append(what)
            if len(steps) == 50:  # stop the server while the sync goes on
                def stop() -> None:
                    team.cluster.stop("immediate")
                    stopped.set()

                threading.Thread(target=stop).start()

        with team.connect("leader") as con, pytest.raises(TeamUnavailableError):
            sync(vault, con, on_step)
        assert stopped.wait(30)
        team.cluster.start()
        with team.connect("leader") as con:
            resumed = sync(vault, con)
            assert sync(vault, con).pushed == 0
        assert resumed.pushed > 0 and not resumed.refused
        local = snapshot_local(vault)
    finally:
        vault.close()
    server = snapshot_server(team)
    assert local == server and len(server) == 40
    assert all(len(v[0]) == 4 for v in server.values())
