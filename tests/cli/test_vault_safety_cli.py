"""The command line over a damaged, empty or half re-keyed vault, and restoring a keyring
backup without a keyring: plain one-line messages, exit 2, nothing written, no traceback."""

from __future__ import annotations

import errno
import hashlib
import os
import re
from pathlib import Path

import pytest

from flegme.review.models import Role
from flegme.vault import Vault, backup, rekey
from flegme.vault.sqlcipher import store
from tests.cli.test_vault_cli import ENV, flegme
from tests.drafting import add_draft
from tests.memory_keyring import MemoryKeyring
from tests.vault.damaging import damaged_vault

PASSPHRASE = ENV["FLEGME_PASSPHRASE"]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _plain(stderr: str) -> None:
    assert "Traceback" not in stderr
    lines = stderr.strip().splitlines()
    assert lines and all(line.startswith("flegme: ") for line in lines), stderr


def test_every_command_on_a_damaged_vault_says_so_and_writes_nothing(tmp_path: Path) -> None:
    path = damaged_vault(tmp_path, passphrase=PASSPHRASE, drafts=30)
    before = _digest(path)
    post = tmp_path / "post.txt"
    post.write_text("Nos apprentis ont réparé la flotte de vélos.", "utf-8")
    vault = ["vault", "--vault", str(path)]
    runs = {
        "list": flegme(*vault, "list"),
        "show": flegme(*vault, "show", "20"),
        "search": flegme(*vault, "search", "Texte"),
        "backup": flegme(*vault, "backup", str(tmp_path / "copy")),
        "rekey": flegme(*vault, "rekey"),
        "save": flegme("check", str(post), "--save", "--vault", str(path)),
        "export": flegme(*vault, "export", "--all", "--out", str(tmp_path / "saved.md")),
    }
    for name, run in runs.items():
        _plain(run.stderr)
        assert "damaged" in run.stderr, name
        if name in ("backup", "rekey", "save"):
            assert run.returncode == 2, name
    assert "Nothing was saved" in runs["save"].stderr
    assert runs["export"].returncode == 0
    unreadable = re.search(r"(\d+) draft\(s\) could not be read", runs["export"].stderr)
    exported = (tmp_path / "saved.md").read_text("utf-8").count("# Post ")
    assert exported > 0 and exported + int(unreadable.group(1) if unreadable else 0) == 30
    assert not (tmp_path / "copy").exists()
    assert _digest(path) == before


def test_an_empty_vault_or_backup_is_a_one_line_error(tmp_path: Path) -> None:
    path = tmp_path / "empty.vault"
    assert flegme("vault", "--vault", str(path), "--passphrase-mode", "init").returncode == 0
    path.write_bytes(b"")
    post = tmp_path / "post.txt"
    post.write_text("Un texte.", "utf-8")
    for run in (flegme("vault", "--vault", str(path), "list"),
                flegme("check", str(post), "--save", "--vault", str(path))):
        assert run.returncode == 2 and "empty (0 bytes)" in run.stderr
        _plain(run.stderr)
        assert len(run.stderr.strip().splitlines()) == 1
    assert path.stat().st_size == 0
    backup = tmp_path / "empty.flegme-backup"
    backup.write_bytes(b"")
    store.write_meta(backup, store.read_meta(path))
    run = flegme("vault", "--vault", str(tmp_path / "r.vault"), "restore", str(backup))
    assert run.returncode == 2 and "empty" in run.stderr and "restored" not in run.stdout
    _plain(run.stderr)
    assert not (tmp_path / "r.vault").exists()


def test_rekey_shows_the_new_key_first_and_says_old_backups_need_the_old_one(
        tmp_path: Path) -> None:
    path = str(tmp_path / "cli.vault")
    assert flegme("vault", "--vault", path, "--passphrase-mode", "init").returncode == 0
    run = flegme("vault", "--vault", path, "rekey",
                 env={**ENV, "FLEGME_NEW_PASSPHRASE": "the new passphrase for the cli"})
    assert run.returncode == 0, run.stderr
    assert run.stdout.index("NEW RECOVERY KEY") < run.stdout.index("New key in place")
    assert "Backups made before now still need the OLD recovery key" in run.stdout


def test_an_interrupted_rekey_is_finished_and_the_cli_says_which_key(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "cli.vault"
    vault, _ = Vault.create(path, passphrase=PASSPHRASE)
    real = os.replace

    def no_header(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        if os.fspath(dst).endswith(store.META_SUFFIX):
            raise OSError(errno.ENOSPC, "No space left on device")
        real(src, dst)

    new = "the new passphrase for the cli"
    with monkeypatch.context() as mp:
        mp.setattr(os, "replace", no_header)
        with pytest.raises(Exception, match="now opens the vault"):
            rekey(vault, passphrase=new)
    vault.close()
    run = flegme("vault", "--vault", str(path), "list",
                 env={**ENV, "FLEGME_PASSPHRASE": new})
    assert run.returncode == 0, run.stderr
    assert "finished it" in run.stderr and "new passphrase" in run.stderr


def test_a_keyring_backup_restores_with_passphrase_mode_where_there_is_no_keyring(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    vault, recovery = Vault.create(tmp_path / "a" / "flegme.vault")
    add_draft(vault, title="Gardé", body="corps", language="fr", platforms=[],
              role=Role.LEADER)
    saved = backup(vault, tmp_path / "backups")
    vault.close()
    no_keyring = {**ENV, "PYTHON_KEYRING_BACKEND": "keyring.backends.fail.Keyring"}
    target = str(tmp_path / "b" / "flegme.vault")
    refused = flegme("vault", "--vault", target, "--recovery-key", recovery, "restore",
                     str(saved), env=no_keyring)
    assert refused.returncode == 2 and "--passphrase-mode" in refused.stderr
    _plain(refused.stderr)
    assert not Path(target).exists()
    done = flegme("vault", "--vault", target, "--passphrase-mode", "--recovery-key", recovery,
                  "restore", str(saved), env=no_keyring)
    assert done.returncode == 0, done.stderr
    new_recovery = re.search(r"([A-Z2-7]{5}(?:-[A-Z2-7]{1,5}){6,})", done.stdout)
    assert new_recovery and new_recovery.group(1) != recovery
    listed = flegme("vault", "--vault", target, "list", env=no_keyring)
    assert listed.returncode == 0 and "Gardé" in listed.stdout
