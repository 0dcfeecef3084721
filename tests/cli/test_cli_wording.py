"""CLI wording (issue 11, item 14): rekey's own variable and prompts for the new passphrase,
a keyring hint argparse accepts, and `backup newdir/` into a missing folder."""

from __future__ import annotations

import getpass
import io
import sys
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail

from flegme.cli import main as cli_main
from flegme.vault import Vault

OLD, NEW = "the current passphrase", "the next passphrase"


@pytest.fixture
def passphrase_vault(tmp_path: Path) -> Path:
    vault, _ = Vault.create(tmp_path / "p.vault", passphrase=OLD)
    vault.close()
    return tmp_path / "p.vault"


def _err_lines(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return capsys.readouterr().err.strip().splitlines()


def test_rekey_takes_the_new_passphrase_from_its_own_variable(
        passphrase_vault: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # not a terminal
    monkeypatch.setenv("FLEGME_PASSPHRASE", OLD)
    argv = ["vault", "--vault", str(passphrase_vault), "rekey"]
    assert cli_main(argv) == 2  # never re-keys with the current passphrase again
    assert "FLEGME_NEW_PASSPHRASE" in _err_lines(capsys)[0]
    monkeypatch.setenv("FLEGME_NEW_PASSPHRASE", NEW)
    assert cli_main(argv) == 0
    Vault.open(passphrase_vault, passphrase=NEW).close()


def test_rekey_asks_for_the_current_and_the_new_passphrase_distinctly(
        passphrase_vault: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("FLEGME_PASSPHRASE", raising=False)
    monkeypatch.delenv("FLEGME_NEW_PASSPHRASE", raising=False)
    terminal = io.StringIO("")
    monkeypatch.setattr(terminal, "isatty", lambda: True)
    monkeypatch.setattr(sys, "stdin", terminal)
    answers = {"Current vault passphrase: ": OLD, "New vault passphrase: ": NEW,
               "New passphrase again: ": NEW}
    asked: list[str] = []

    def fake_getpass(prompt: str = "") -> str:
        asked.append(prompt)
        return answers.get(prompt, "?")

    monkeypatch.setattr(getpass, "getpass", fake_getpass)
    assert cli_main(["vault", "--vault", str(passphrase_vault), "rekey"]) == 0
    assert asked == list(answers)
    Vault.open(passphrase_vault, passphrase=NEW).close()


def test_the_keyring_hint_is_a_command_argparse_accepts(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]  # (restored by the fixture)
    vault = str(tmp_path / "k.vault")
    assert cli_main(["vault", "--vault", vault, "init"]) == 2
    lines = _err_lines(capsys)
    assert len(lines) == 1 and lines[0].endswith("Run again as: flegme vault "
                                                 "--passphrase-mode init")
    monkeypatch.setenv("FLEGME_PASSPHRASE", OLD)
    hint = lines[0].split("Run again as: flegme ")[1].split()
    assert cli_main([*hint[:1], "--vault", vault, *hint[1:]]) == 0  # as suggested
    assert cli_main(["vault", "list", "--vault", vault, "--passphrase-mode"]) == 0  # after


def test_backup_into_a_missing_folder_is_an_error(
        passphrase_vault: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FLEGME_PASSPHRASE", OLD)
    monkeypatch.chdir(tmp_path)
    assert cli_main(["vault", "--vault", str(passphrase_vault), "backup", "newdir/"]) == 2
    assert "newdir/: no such folder" in _err_lines(capsys)[0]
    assert not (tmp_path / "newdir").exists()
    (tmp_path / "newdir").mkdir()
    assert cli_main(["vault", "--vault", str(passphrase_vault), "backup", "newdir/"]) == 0
    assert (tmp_path / "newdir" / "p.flegme-backup").is_file()
