"""Every file the CLI reads is read up to its cap plus one byte, whatever the file reports
(issue 11, item 10): /dev/zero as a style, a corpus, a vault header or the settings file ends
in one line and exit 2, in bounded memory."""

from __future__ import annotations

import json
import os
import resource
import subprocess
import sys
from pathlib import Path

import pytest

ZERO = "/dev/zero"
pytestmark = pytest.mark.skipif(not Path(ZERO).exists(), reason="needs /dev/zero")
MEMORY_LIMIT = 1_500_000_000  # bytes of address space: reading /dev/zero unbounded dies


def _limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def flegme(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flegme", *args], capture_output=True,
                          text=True, timeout=120, env=env or os.environ.copy(),
                          preexec_fn=_limit_memory)


def _one_line_exit_2(result: subprocess.CompletedProcess[str], *words: str) -> None:
    lines = result.stderr.strip().splitlines()
    assert result.returncode == 2, result.stderr[-500:]
    assert len(lines) == 1 and all(w in lines[0] for w in words), lines


def test_style_and_corpus_from_dev_zero(tmp_path: Path) -> None:
    post = tmp_path / "post.txt"
    post.write_text("Un post calme.", "utf-8")
    _one_line_exit_2(flegme("check", str(post), "--style", ZERO), "too large")
    _one_line_exit_2(flegme("eval", ZERO), "larger than")
    _one_line_exit_2(flegme("check", ZERO), "larger than")


def test_a_vault_header_that_never_ends(tmp_path: Path) -> None:
    vault = tmp_path / "v.vault"
    vault.write_bytes(b"\0" * 4096)
    (tmp_path / "v.vault.meta.json").symlink_to(ZERO)
    _one_line_exit_2(flegme("vault", "--vault", str(vault), "list"), "damaged")


def test_a_settings_file_that_never_ends(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "settings.json").symlink_to(ZERO)
    post = tmp_path / "post.txt"
    post.write_text("Un post calme.", "utf-8")
    result = flegme("check", str(post), "--format", "json",
                    env={**os.environ, "FLEGME_CONFIG_DIR": str(config)})
    assert result.returncode == 0, result.stderr[-500:]  # defaults used, file set aside
    assert json.loads(result.stdout)["language"] == "fr"
    assert (config / "settings.json.damaged").is_symlink()
