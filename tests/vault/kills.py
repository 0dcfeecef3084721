"""SIGKILL a process writing to a vault at random moments, round after round, and collect the
saves it reported before dying (shared by the crash tests of the store and of the window's
write queue)."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

from flegme.review.models import Role
from flegme.vault import Vault
from tests.drafting import add_draft


def crash_vault(path: Path, passphrase: str) -> str:
    """A passphrase vault holding one draft ("start"); its recovery key."""
    vault, recovery = Vault.create(path, passphrase=passphrase)
    add_draft(vault, title="crash", body="start", language="fr", platforms=[],
              role=Role.LEADER)
    vault.close()
    return recovery


def kill_rounds(child_script: Path, path: Path, recovery: str, *, kills: int, seed: int,
                max_pause: float) -> Iterator[set[int]]:
    """`kills` rounds: start `child_script` on the vault (it prints one revision id per
    committed save, the first once it is writing), SIGKILL it after a random pause of at most
    `max_pause` seconds; after each kill, every save reported so far."""
    rng = random.Random(seed)
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    acknowledged: set[int] = set()
    for _ in range(kills):
        child = subprocess.Popen([sys.executable, str(child_script), str(path), recovery],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                 env=env)
        assert child.stdout is not None
        first = child.stdout.readline()  # the child is open and writing
        assert first.strip().isdigit(), child.stderr.read() if child.stderr else ""
        acknowledged.add(int(first))
        time.sleep(rng.uniform(0, max_pause))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        lines = rest.split("\n")
        # The last line may be cut mid-write: only complete lines were acknowledged.
        acknowledged.update(int(x) for x in lines[:-1] if x.strip().isdigit())
        yield acknowledged
