"""A crash while writes are queued loses nothing that was reported written: kill a process
saving through the write queue with SIGKILL at random moments; the vault must open, pass the
integrity checks and hold every save whose callback ran (WAL, synchronous=FULL)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from flegme.review.models import Role
from flegme.vault import Vault
from tests.drafting import add_draft

KILLS = int(os.environ.get("FLEGME_QUEUE_CRASH_KILLS", "25"))
CHILD = Path(__file__).with_name("queue_crash_child.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_no_reported_save_is_lost_when_killed_during_queued_writes(tmp_path: Path) -> None:
    path = tmp_path / "queue-crash.vault"
    vault, recovery = Vault.create(path, passphrase="queue crash passphrase")
    add_draft(vault, title="crash", body="start", language="fr", platforms=[],
              role=Role.LEADER)
    vault.close()
    rng = random.Random(20261205)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    acknowledged: set[int] = set()
    for _ in range(KILLS):
        child = subprocess.Popen([sys.executable, str(CHILD), str(path), recovery],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=env)
        assert child.stdout is not None
        first = child.stdout.readline()  # open, and writing through the queue
        assert first.strip().isdigit(), child.stderr.read() if child.stderr else ""
        acknowledged.add(int(first))
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        lines = rest.split("\n")
        # the last line may be cut mid-write: only complete lines were reported
        acknowledged.update(int(x) for x in lines[:-1] if x.strip().isdigit())
        with Vault.open(path, recovery_key=recovery) as check:
            assert check.integrity_problems() == []
            missing = acknowledged - check.revision_ids()
            assert not missing, f"lost reported saves: {sorted(missing)[:10]}"
            latest = check.revisions(check.list_drafts(limit=1)[0].id)[-1].body
            assert latest.startswith("Révision ") or latest == "start"
