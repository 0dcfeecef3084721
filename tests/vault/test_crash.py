"""Crash safety through SQLCipher: kill a writer with SIGKILL at random moments, 200 times;
the vault must open, pass both integrity checks, and hold every save reported committed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from flegme.vault import Vault
from tests.vault.kills import crash_vault, kill_rounds

KILLS = int(os.environ.get("FLEGME_CRASH_KILLS", "200"))
CHILD = Path(__file__).with_name("crash_child.py")


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_no_committed_save_is_lost_to_sigkill(tmp_path: Path) -> None:
    path = tmp_path / "crash.vault"
    recovery = crash_vault(path, "crash test passphrase")
    acknowledged: set[int] = set()
    kills = 0
    for acknowledged in kill_rounds(CHILD, path, recovery, kills=KILLS, seed=20261124,
                                    max_pause=0.03):
        kills += 1
        with Vault.open(path, recovery_key=recovery) as check:
            assert check.integrity_problems() == []
            missing = acknowledged - check.revision_ids()
            assert not missing, f"lost acknowledged saves: {sorted(missing)[:10]}"
    print(f"\ncrash test: {kills} SIGKILLs, {len(acknowledged)} acknowledged saves, "
          "0 lost, integrity ok after every kill")
