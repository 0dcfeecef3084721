"""Re-keying killed with SIGKILL at random moments, 200 times per mode: the vault always opens
with the old or the new secret (never neither), keeps every draft, passes both integrity
checks, and the next open says which secret is now the one when a change was cut short.

Each kill forks a child from this (already warmed-up) process, which opens the vault and
re-keys it, pausing a random 0-4 ms at every step boundary (`rekey.STEP_HOOK`) so that kills
land at every step as well as inside them; the parent kills it after a random delay drawn
from the length of an uninterrupted re-key. `FLEGME_REKEY_KILLS` sets the number of kills."""

from __future__ import annotations

import contextlib
import os
import random
import select
import signal
import statistics
import sys
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from flegme.errors import WrongKeyError
from flegme.review.models import Role
from flegme.vault import Vault, rekey
from flegme.vault.sqlcipher import keys
from flegme.vault.sqlcipher import rekey as protocol
from tests.drafting import add_draft
from tests.file_keyring import FileKeyring

KILLS = int(os.environ.get("FLEGME_REKEY_KILLS", "200"))
DRAFTS = 12
CALIBRATION = 5
BODY = "Brouillon gardé malgré les coupures 🚲 "


@dataclass
class Run:
    """What one killed child reported on its pipe before it died."""

    steps: list[str] = field(default_factory=list)
    recovery: str | None = None
    opened_at: float = 0.0
    done_at: float | None = None


def _child(write_fd: int, path: Path, mode: str, old: str, new: str, seed: int) -> None:
    """Open the vault with `old` and re-key it to `new`, reporting every step on the pipe."""
    code = 0
    try:
        rng = random.Random(seed)

        def say(text: str) -> None:
            os.write(write_fd, f"{text}\n".encode())

        def step(name: str) -> None:
            say(f"step {name}")
            time.sleep(rng.uniform(0, 0.004))

        protocol.STEP_HOOK = step
        vault = (Vault.open(path, passphrase=old) if mode == "passphrase"
                 else Vault.open(path))
        say("open")
        rekey(vault, passphrase=new if mode == "passphrase" else None,
              on_recovery_key=lambda r: say(f"recovery {r}"))
        say("done")
        vault.close()
    except BaseException:
        os.write(write_fd, f"error {traceback.format_exc()!r}\n".encode())
        code = 3
    finally:
        os._exit(code)


def _read_lines(fd: int, until: str | None, timeout: float) -> list[str]:
    """Lines from the pipe until one equals `until` (or the pipe closes)."""
    data = b""
    deadline = time.monotonic() + timeout
    while True:
        ready, _, _ = select.select([fd], [], [], max(0.0, deadline - time.monotonic()))
        if not ready:
            raise AssertionError(f"the child said nothing for {timeout} s: {data!r}")
        chunk = os.read(fd, 65536)
        if not chunk:
            break
        data += chunk
        if until is not None and f"{until}\n".encode() in data:
            break
    return data.decode().splitlines()


def _kill_one(path: Path, mode: str, old: str, new: str, rng: random.Random,
              window: float | None) -> Run:
    """Fork a re-keying child and kill it `window`-random seconds after it opened the vault
    (never, when `window` is None: a calibration run)."""
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child never returns into pytest
        os.close(read_fd)
        _child(write_fd, path, mode, old, new, rng.randrange(2**32))
    os.close(write_fd)
    run = Run()
    try:
        lines = _read_lines(read_fd, "open", 60)
        run.opened_at = time.monotonic()
        errors = [line for line in lines if line.startswith("error")]
        assert not errors, errors
        if window is not None:
            time.sleep(rng.uniform(0, window))
            with contextlib.suppress(ProcessLookupError):
                os.kill(pid, signal.SIGKILL)
        else:
            lines += _read_lines(read_fd, "done", 60)
            run.done_at = time.monotonic()
        os.waitpid(pid, 0)
        lines += _read_lines(read_fd, None, 10)
    finally:
        os.close(read_fd)
    for line in lines:
        if line.startswith("step "):
            run.steps.append(line[5:])
        elif line.startswith("recovery "):
            run.recovery = line[9:]
        elif line == "done" and run.done_at is None:
            run.done_at = time.monotonic()
        elif line.startswith("error"):
            raise AssertionError(f"the re-key failed in the child: {line}")
    return run


def _check(vault: Vault) -> None:
    assert vault.integrity_problems() == []
    assert vault.count_drafts() == DRAFTS
    assert vault.get_draft(DRAFTS).body == f"{BODY}{DRAFTS - 1}"


def _told_right(notices: list[str], outcome: str) -> None:
    said = " ".join(notices)
    if outcome == "old":
        assert "has undone it" in said and "still opens the vault" in said, said
    else:
        assert "has finished it" in said and "now opens the vault" in said, said


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="fork and SIGKILL are POSIX")
@pytest.mark.parametrize("mode", ["passphrase", "keyring"])
def test_rekey_killed_at_random_moments_always_leaves_the_old_or_the_new_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, mode: str) -> None:
    import keyring

    monkeypatch.setattr(keys, "SCRYPT_N", 2**10)  # recorded in the header: a fast test
    store_file = tmp_path / "keyring.json"
    backend = FileKeyring(store_file)
    keyring.set_keyring(backend)  # the forked children share it through the file
    path = tmp_path / "kill.vault"
    secret = "passphrase number 0"
    vault, recovery = Vault.create(path, passphrase=secret if mode == "passphrase" else None)
    with vault:
        for i in range(DRAFTS):
            add_draft(vault, title=f"t{i}", body=f"{BODY}{i}", language="fr", platforms=[],
                      role=Role.LEADER)
    rng = random.Random(20261204 + (mode == "keyring"))
    durations: list[float] = []
    for i in range(CALIBRATION):  # uninterrupted re-keys: how long one takes here
        new = f"calibration passphrase {i}"
        run = _kill_one(path, mode, secret, new, rng, None)
        assert run.done_at is not None and run.recovery is not None
        durations.append(run.done_at - run.opened_at)
        secret, recovery = new, run.recovery
    outcomes: Counter[str] = Counter()
    last_steps: Counter[str] = Counter()
    journals = 0
    for i in range(KILLS):
        new = f"passphrase number {i + 1}"
        run = _kill_one(path, mode, secret, new, rng, 1.15 * statistics.median(durations))
        last = run.steps[-1] if run.steps else "open"
        last_steps[last] += 1
        journal = protocol.journal_path(path).exists()
        journals += journal
        if mode == "passphrase":
            try:
                opened, outcome = Vault.open(path, passphrase=secret), "old"
            except WrongKeyError:
                opened, outcome = Vault.open(path, passphrase=new), "new"
        else:
            opened = Vault.open(path)  # the keyring alone always opens it
        with opened:
            _check(opened)
            notices = list(opened.notices)
        assert not protocol.journal_path(path).exists()
        if mode == "keyring":
            try:
                Vault.open(path, recovery_key=recovery).close()
                outcome = "old"
            except WrongKeyError:
                outcome = "new"
        if outcome == "new":
            assert run.recovery is not None, "the new key is in force but was never shown"
            Vault.open(path, recovery_key=run.recovery).close()
            secret, recovery = new, run.recovery
        if journal:
            _told_right(notices, outcome)
        outcomes[outcome] += 1
    entries = len(backend.items()) if mode == "keyring" else 0
    print(f"\nrekey kill test ({mode}): {KILLS} SIGKILLs; opened afterwards with the old key "
          f"{outcomes['old']} times, the new key {outcomes['new']} times, neither 0 times; "
          f"interrupted changes found and finished/undone on the next open: {journals}; "
          f"median uninterrupted re-key {statistics.median(durations) * 1000:.1f} "
          f"ms; last step reached: {dict(sorted(last_steps.items()))}"
          + (f"; keyring entries left: {entries}" if mode == "keyring" else ""))
