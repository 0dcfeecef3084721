"""A crash while writes are queued loses nothing that was reported written: kill a process
saving through the write queue with SIGKILL at random moments; the vault must open, pass the
integrity checks and hold every save whose callback ran (WAL, synchronous=FULL)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from flegme.vault import Vault
from tests.vault.kills import crash_vault, kill_rounds

KILLS = int(os.environ.get("FLEGME_QUEUE_CRASH_KILLS", "25"))
CHILD = Path(__file__).with_name("queue_crash_child.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_no_reported_save_is_lost_when_killed_during_queued_writes(tmp_path: Path) -> None:
    path = tmp_path / "queue-crash.vault"
    recovery = crash_vault(path, "queue crash passphrase")
    for acknowledged in kill_rounds(CHILD, path, recovery, kills=KILLS, seed=20261205,
                                    max_pause=0.05):
        with Vault.open(path, recovery_key=recovery) as check:
            assert check.integrity_problems() == []
            missing = acknowledged - check.revision_ids()
            assert not missing, f"lost reported saves: {sorted(missing)[:10]}"
            latest = check.revisions(check.list_drafts(limit=1)[0].id)[-1].body
            assert latest.startswith("Révision ") or latest == "start"
