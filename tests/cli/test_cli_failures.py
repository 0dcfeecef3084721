"""Every failure a user can cause or meet is one line on stderr and exit 2, never a traceback
with exit 1 (issue 11, item 11): each CLI command against each condition."""

from __future__ import annotations

import io
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

from flegme.cli import main as cli_main
from flegme.review.models import Role
from flegme.vault import Vault, backup
from flegme.vault.sqlcipher import store
from flegme.vault.sqlcipher.store import meta_path
from tests.drafting import add_draft

PASSPHRASE = "a passphrase for the failure matrix"
COMMANDS = ("check", "eval", "init", "list", "show", "search", "export", "backup", "restore",
            "rekey", "doctor")


@dataclass
class Place:
    """One vault with drafts, a backup of it, and the paths each command uses."""

    root: Path
    vault: Path
    backup: Path
    post: Path
    corpus: Path
    out: Path  # export file
    dest: str  # backup destination
    new_vault: Path  # for init
    restored: Path  # for restore
    stdin_closed: bool = False


def _make_place(root: Path) -> Place:
    vault_path = root / "v" / "flegme.vault"
    vault, _ = Vault.create(vault_path, passphrase=PASSPHRASE)
    with vault:
        for i in range(40):
            add_draft(vault, title=f"Draft {i}", body=f"Nos apprentis réparent. {i} " * 60,
                      language="fr", platforms=["linkedin"], role=Role.LEADER)
        saved = backup(vault, root / "saved.flegme-backup")
    post = root / "post.txt"
    post.write_text("Nos apprentis ont réparé la flotte de vélos de l'école.", "utf-8")
    corpus = root / "corpus.jsonl"
    corpus.write_text(json.dumps({"id": "1", "text": "Un post calme.", "platform": "x",
                                  "impulsive": False}) + "\n", "utf-8")
    return Place(root, vault_path, saved, post, corpus, root / "export.md",
                 str(root / "backups") + "/", root / "new" / "n.vault",
                 root / "restored" / "r.vault")


def _argv(place: Place, command: str) -> list[str]:
    v = ["vault", "--vault", str(place.vault)]
    return {
        "check": ["check", "-" if place.stdin_closed else str(place.post), "--save",
                  "--vault", str(place.vault)],
        "eval": ["eval", str(place.corpus)],
        "init": ["vault", "--vault", str(place.new_vault), "--passphrase-mode", "init"],
        "list": [*v, "list"],
        "show": [*v, "show", "1"],
        "search": [*v, "search", "apprentis"],
        "export": [*v, "export", "1", "--out", str(place.out)],
        "backup": [*v, "backup", place.dest],
        "restore": ["vault", "--vault", str(place.restored), "restore", str(place.backup)],
        "rekey": [*v, "rekey"],
        "doctor": ["doctor", "--timeout", "1"],
    }[command]


# -- the conditions: each changes the place, and names the commands it must make fail ------

def _stdin_closed(place: Place, mp: pytest.MonkeyPatch) -> set[str]:
    place.stdin_closed = True
    mp.setattr(sys, "stdin", None)  # what Python gives when file descriptor 0 is closed
    mp.delenv("FLEGME_PASSPHRASE")  # so every vault command must ask
    return {"check", "init", "list", "show", "search", "export", "backup", "restore", "rekey"}


def _missing_output_folder(place: Place, mp: pytest.MonkeyPatch) -> set[str]:
    place.out = place.root / "missing" / "export.md"
    place.dest = str(place.root / "missing") + "/"
    return {"export", "backup"}


def _bad_scrypt_header(place: Place, mp: pytest.MonkeyPatch) -> set[str]:
    for header in (meta_path(place.vault), meta_path(place.backup)):
        data = json.loads(header.read_text("utf-8"))
        data["scrypt"] = [3, 8, 1]  # N must be a power of two
        header.write_text(json.dumps(data), "utf-8")
    return {"check", "list", "show", "search", "export", "backup", "restore", "rekey"}


def _huge_scrypt_header(place: Place, mp: pytest.MonkeyPatch) -> set[str]:
    for header in (meta_path(place.vault), meta_path(place.backup)):
        data = json.loads(header.read_text("utf-8"))
        data["scrypt"] = [2**30, 8, 1]  # 128 GB per guess
        header.write_text(json.dumps(data), "utf-8")
    return {"check", "list", "show", "search", "export", "backup", "restore", "rekey"}


def _header_write_fails(place: Place, mp: pytest.MonkeyPatch) -> set[str]:
    # Header writes use a fresh temporary name each time, so nothing left beside the vault can
    # block them: make every temporary name land on a folder instead.
    blocked = place.root / "blocked"
    blocked.mkdir()
    mp.setattr(store, "unique_temp_path", lambda file: blocked)
    return {"init", "backup", "restore", "rekey"}


def _damaged_pages(place: Place, mp: pytest.MonkeyPatch) -> set[str]:
    data = bytearray(place.vault.read_bytes())
    pages = len(data) // 4096
    for page in range(pages // 2, pages):  # the vault opens; reading drafts meets the damage
        data[page * 4096 + 200] ^= 0xFF
    place.vault.write_bytes(bytes(data))
    return {"list", "search"}


CONDITIONS: dict[str, Callable[[Place, pytest.MonkeyPatch], set[str]]] = {
    "stdin closed": _stdin_closed,
    "missing output folder": _missing_output_folder,
    "bad scrypt parameters": _bad_scrypt_header,
    "huge scrypt parameters": _huge_scrypt_header,
    "header write fails": _header_write_fails,
    "damaged pages": _damaged_pages,
}


@pytest.mark.parametrize("condition", list(CONDITIONS))
def test_every_command_fails_in_one_line_with_exit_2(
        condition: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("FLEGME_PASSPHRASE", PASSPHRASE)
    monkeypatch.setenv("FLEGME_NEW_PASSPHRASE", PASSPHRASE)
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Un post.\n")))
    place = _make_place(tmp_path)
    must_fail = CONDITIONS[condition](place, monkeypatch)
    outcomes: dict[str, tuple[int, str]] = {}
    for command in COMMANDS:
        try:
            code = cli_main(_argv(place, command))
        except BaseException as exc:  # an escaping exception is the traceback we forbid
            pytest.fail(f"{condition} / {command}: {type(exc).__name__}: {exc}")
        err = capsys.readouterr().err
        outcomes[command] = (code, err)
        assert "Traceback" not in err, f"{condition} / {command}: {err}"
        assert code in (0, 2), f"{condition} / {command}: exit {code}: {err}"
        if code == 2:
            lines = err.strip().splitlines()
            assert len(lines) == 1 and lines[0].startswith("flegme: "), \
                f"{condition} / {command}: {err!r}"
    failed = {c for c, (code, _) in outcomes.items() if code == 2}
    assert must_fail <= failed, {c: outcomes[c] for c in must_fail - failed}


def test_a_real_process_with_stdin_closed_says_one_line(tmp_path: Path) -> None:
    import subprocess

    result = subprocess.run(f"'{sys.executable}' -m flegme check - 0<&-", shell=True,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.strip().splitlines() == [
        "flegme: standard input is closed: give the post as a file, or pipe it in"]


def test_unexpected_errors_go_to_the_log_with_a_short_message(
        monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    from flegme.cli import check_cmd
    from flegme.error_log import error_log_path

    def broken(_args: object) -> int:
        raise KeyError("a bug")

    monkeypatch.setattr(check_cmd, "run", broken)  # the parser picks `run` up when built
    code = cli_main(["check", "x"])
    err = capsys.readouterr().err.strip().splitlines()
    assert code == 2 and len(err) == 1 and "unexpected error (KeyError" in err[0]
    assert str(error_log_path()) in err[0] and "a bug" in error_log_path().read_text()
