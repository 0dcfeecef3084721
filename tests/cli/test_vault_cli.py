"""`flegme vault ...` and `flegme check --save` end to end (passphrase mode, no keyring)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ENV = {**os.environ, "FLEGME_PASSPHRASE": "a test passphrase for the cli"}


def flegme(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flegme", *args], capture_output=True,
                          text=True, timeout=120, env=env or ENV)


def test_init_save_list_search_show_export_backup_rekey(tmp_path: Path) -> None:
    vault = str(tmp_path / "cli.vault")
    init = flegme("vault", "--vault", vault, "--passphrase-mode", "init")
    assert init.returncode == 0, init.stderr
    recovery = re.search(r"([A-Z2-7]{5}(?:-[A-Z2-7]{1,5}){6,})", init.stdout)
    assert recovery, init.stdout
    post = tmp_path / "post.txt"
    post.write_text("Nos apprentis ont réparé la flotte de vélos de l'école.", "utf-8")
    saved = flegme("check", str(post), "--save", "--vault", vault, "-p", "mastodon",
                   "--title", "École")
    assert saved.returncode == 0 and "Saved as draft #1" in saved.stderr
    listed = flegme("vault", "--vault", vault, "list")
    assert "École" in listed.stdout and "mastodon" in listed.stdout
    assert "École" in flegme("vault", "--vault", vault, "search", "ecole").stdout
    assert "revision 1" in flegme("vault", "--vault", vault, "show", "1").stdout
    out = tmp_path / "export.md"
    exported = flegme("vault", "--vault", vault, "export", "1", "--out", str(out))
    assert exported.returncode == 0 and out.read_text("utf-8").startswith("# École")
    backup = flegme("vault", "--vault", vault, "backup", str(tmp_path / "saved"))
    assert backup.returncode == 0 and (tmp_path / "saved").exists()
    new_env = {**ENV, "FLEGME_NEW_PASSPHRASE": "a brand new passphrase"}
    rekey = flegme("vault", "--vault", vault, "rekey", env=new_env)
    assert rekey.returncode == 0 and "NEW RECOVERY KEY" in rekey.stdout
    assert flegme("vault", "--vault", vault, "list").returncode == 2  # the old passphrase
    fresh = flegme("vault", "--vault", vault, "list",
                   env={**ENV, "FLEGME_PASSPHRASE": "a brand new passphrase"})
    assert fresh.returncode == 0 and "École" in fresh.stdout
    old = flegme("vault", "--vault", vault, "--recovery-key", recovery.group(1), "list")
    assert old.returncode == 2 and "does not open" in old.stderr
    restored = str(tmp_path / "restored.vault")
    result = flegme("vault", "--vault", restored, "restore", str(tmp_path / "saved"))
    assert result.returncode == 0
    again = flegme("vault", "--vault", restored, "--recovery-key", recovery.group(1), "list")
    assert again.returncode == 0 and "École" in again.stdout  # the backup predates the rekey


def test_missing_vault_is_a_clear_error(tmp_path: Path) -> None:
    result = flegme("vault", "--vault", str(tmp_path / "none.vault"), "list")
    assert result.returncode == 2 and "There is no vault" in result.stderr


def test_passphrase_needed_without_a_terminal(tmp_path: Path) -> None:
    env = {k: v for k, v in ENV.items() if k != "FLEGME_PASSPHRASE"}
    result = flegme("vault", "--vault", str(tmp_path / "x.vault"), "--passphrase-mode", "init",
                    env=env)
    assert result.returncode == 2 and "FLEGME_PASSPHRASE" in result.stderr
