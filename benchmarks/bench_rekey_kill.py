"""Random SIGKILLs of a passphrase re-key, through the public API only, so that it runs on any
version of Flegme (put another checkout first on PYTHONPATH to measure it):

    .venv/bin/python benchmarks/bench_rekey_kill.py [--kills 60]
    PYTHONPATH=/path/to/other/checkout/src .venv/bin/python benchmarks/bench_rekey_kill.py

A forked child opens the vault with the current passphrase and re-keys it to a new one; the
parent kills it after a random delay drawn from the length of one uninterrupted re-key, then
tries the old and the new passphrase. Stops at the first kill after which neither opens it.
(The suite's own kill test, tests/vault/test_rekey_kill.py, goes further: both modes, pauses
at every step, recovery keys, and what the user is told.)"""

from __future__ import annotations

import argparse
import contextlib
import os
import random
import signal
import sys
import tempfile
import time
from pathlib import Path

import flegme
from flegme.errors import FlegmeError
from flegme.review.identity import Identity
from flegme.review.models import Role
from flegme.vault import Vault, VaultRepository, rekey


def _rekey_in_child(path: Path, old: str, new: str) -> int:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(read_fd)
        try:
            vault = Vault.open(path, passphrase=old)
            os.write(write_fd, b"open\n")
            rekey(vault, passphrase=new)
            vault.close()
        finally:
            os._exit(0)
    os.close(write_fd)
    os.read(read_fd, 5)  # the child has the vault open
    os.close(read_fd)
    return pid


def _opens(path: Path, passphrase: str) -> bool:
    try:
        Vault.open(path, passphrase=passphrase).close()
    except FlegmeError:
        return False
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=60)
    args = parser.parse_args(argv)
    path = Path(tempfile.mkdtemp()) / "kill.vault"
    vault, _ = Vault.create(path, passphrase="passphrase 0")
    with vault:
        for i in range(12):
            VaultRepository(vault).create_draft(
                title=f"t{i}", body="brouillon " * 30, language="fr", platforms=[],
                impulsive=False, report_json=None, author=Identity("bench", Role.LEADER),
                at=vault.clock())
    start = time.monotonic()
    with Vault.open(path, passphrase="passphrase 0") as calibrate:
        opened = time.monotonic()
        rekey(calibrate, passphrase="passphrase 1")
    length = time.monotonic() - opened
    rng, secret = random.Random(5), "passphrase 1"
    counts = {"old": 0, "new": 0, "neither": 0}
    for i in range(args.kills):
        new = f"passphrase {i + 2}"
        pid = _rekey_in_child(path, secret, new)
        time.sleep(rng.uniform(0, 1.1 * length))
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        if _opens(path, secret):
            counts["old"] += 1
        elif _opens(path, new):
            counts["new"] += 1
            secret = new
        else:
            counts["neither"] += 1
            print(f"kill {i + 1}: neither the old nor the new passphrase opens the vault")
            break
    kills = sum(counts.values())
    print(f"rekey kill benchmark ({flegme.__file__}): {kills} SIGKILLs, one re-key "
          f"{length * 1000:.0f} ms; opened afterwards with the old passphrase {counts['old']}, "
          f"the new {counts['new']}, neither {counts['neither']} "
          f"({time.monotonic() - start:.0f} s)")
    return 1 if counts["neither"] else 0


if __name__ == "__main__":
    sys.exit(main())
