"""Three people, three processes, one server: the whole review loop, each waiting on the
server's notifications for the others' steps."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.team.conftest import Team

pytestmark = [pytest.mark.postgres, pytest.mark.slow]
ROOT = Path(__file__).resolve().parents[2]


def test_leader_assistant_and_comms_lead_run_the_loop_from_three_processes(team: Team) -> None:
    procs = {}
    for who in ("assistant", "leader", "comms"):
        env = dict(os.environ, FLEGME_TEAM_URL=team.config(who).url(),
                   FLEGME_TEAM_PASSWORD=team.password(who))
        procs[who] = subprocess.Popen([sys.executable, "-m", "tests.team.loop_child", who],
                                      cwd=ROOT, env=env, stdout=subprocess.PIPE,
                                      stderr=subprocess.PIPE, text=True)
    outputs = {who: proc.communicate(timeout=180) for who, proc in procs.items()}
    failed = {who: outputs[who][1] for who, proc in procs.items() if proc.returncode != 0}
    assert not failed, "\n".join(f"{who} failed:\n{err}" for who, err in failed.items())
    results = {who: json.loads(out.strip().splitlines()[-1]) for who, (out, _) in outputs.items()}
    leader, assistant, comms = results["leader"], results["assistant"], results["comms"]
    assert (leader["name"], assistant["name"], comms["name"]) == ("Claire", "Sam", "Noor")
    # the comms lead's style reached the leader's checks
    assert leader["banned_flagged"] and not leader["flagged_by_default"]
    assert leader["comment"] == ["Le mot est banni.", "chouette"]
    assert list(leader["feedback"].values()) == [2]
    assert assistant["diff"] == [1, 2] and assistant["approved"] == "approved"
    assert leader["final"] == "published"
    assert comms["audit"] == {"intact": True, "complete": True, "checked": 12}
    assert [s for s, _ in comms["log"]] == ["draft", "in_review", "changes_requested",
                                            "in_review", "approved", "published"]
    assert [n for _, n in comms["log"]] == ["Claire", "Claire", "Sam", "Claire", "Sam",
                                            "Claire"]
