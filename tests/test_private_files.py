"""Owner-only files and folders (issue 11, item 6): under a permissive umask (022), every file
that holds or reveals a draft is 0600 and every folder Flegme makes is 0700."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from flegme.cli import main as cli_main
from flegme.error_log import log_error
from flegme.private_files import copy_private, open_private, private_dir, write_private_atomic
from flegme.review.models import Role
from flegme.vault import Vault, backup, rekey, restore_backup
from tests.drafting import add_draft
from tests.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX modes (Windows: ACLs)")


@pytest.fixture
def umask_022() -> Iterator[None]:
    previous = os.umask(0o022)
    yield
    os.umask(previous)


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_helpers_make_owner_only_files_and_folders(tmp_path: Path, umask_022: None) -> None:
    folder = private_dir(tmp_path / "a" / "b")
    assert mode(tmp_path / "a") == 0o700 and mode(folder) == 0o700
    loose = tmp_path / "loose.txt"
    loose.write_text("was 0644")
    assert mode(loose) == 0o644
    with open_private(loose, "w") as handle:  # an existing file is narrowed too
        handle.write("now private")
    assert mode(loose) == 0o600
    write_private_atomic(folder / "atomic", b"x")
    copy_private(loose, folder / "copy")
    assert mode(folder / "atomic") == 0o600 and mode(folder / "copy") == 0o600


def test_existing_folders_keep_their_rights(tmp_path: Path, umask_022: None) -> None:
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    private_dir(shared / "mine")
    assert mode(shared) == 0o755 and mode(shared / "mine") == 0o700


def test_vault_files_backups_exports_and_log_are_owner_only(
        tmp_path: Path, umask_022: None, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    data = Path(os.environ["FLEGME_DATA_DIR"])
    data.mkdir(mode=0o755)  # as an older Flegme left it
    vault, _ = Vault.create(Vault.default_path(), passphrase="private please")
    with vault:
        add_draft(vault, title="t", body="a body long enough to fill the WAL " * 50,
                  language="en", platforms=["x"], role=Role.LEADER)
        wal = vault.path.with_name(vault.path.name + "-wal")
        assert wal.exists()
        saved = backup(vault, tmp_path / "out" / "copy.flegme-backup")
        checked = [vault.path, wal, vault.path.with_name(vault.path.name + "-shm"),
                   vault.path.with_name(vault.path.name + ".meta.json"),
                   vault.path.with_name(vault.path.name + ".lock"),
                   saved, saved.with_name(saved.name + ".meta.json")]
        assert {p.name: oct(mode(p)) for p in checked} == {p.name: "0o600" for p in checked}
    assert mode(data) == 0o700 and mode(tmp_path / "out") == 0o700
    restored = restore_backup(saved, tmp_path / "restored" / "r.vault",
                              passphrase="private please")
    assert mode(restored) == 0o600 and mode(restored.parent) == 0o700
    assert mode(restored.with_name(restored.name + ".meta.json")) == 0o600
    monkeypatch.setenv("FLEGME_PASSPHRASE", "private please")
    export = tmp_path / "export.md"
    assert cli_main(["vault", "export", "1", "--out", str(export)]) == 0
    assert mode(export) == 0o600
    try:
        raise RuntimeError("boom")
    except RuntimeError as exc:
        log = log_error(exc)
    assert log is not None and mode(log) == 0o600 and mode(log.parent) == 0o700
    assert "boom" in log.read_text()


def test_settings_folder_is_owner_only(umask_022: None) -> None:
    from flegme.settings import Settings, config_dir, save_settings, settings_path

    config_dir().mkdir(mode=0o755)
    save_settings(Settings())
    assert mode(settings_path()) == 0o600 and mode(settings_path().parent) == 0o700



def test_a_device_named_as_output_keeps_its_rights(tmp_path: Path) -> None:
    null = Path("/dev/null")
    before = mode(null)
    with open_private(null, "w") as handle:
        handle.write("nothing")
    assert mode(null) == before == 0o666


def test_rekey_journal_header_restore_and_rescue_exports_are_owner_only(
        tmp_path: Path, umask_022: None, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    from flegme.vault.sqlcipher import rekey as protocol
    from flegme.vault.sqlcipher import store

    path = tmp_path / "v" / "flegme.vault"
    vault, recovery = Vault.create(path)
    placed: dict[str, int] = {}  # name put in place -> the rights of what was put there
    real_replace = os.replace

    def spy(src: str | os.PathLike[str], dst: str | os.PathLike[str]) -> None:
        placed[Path(dst).name] = mode(Path(src))
        real_replace(src, dst)

    journal = protocol.journal_path(path)
    journal_modes: list[int] = []
    monkeypatch.setattr(os, "replace", spy)
    monkeypatch.setattr(protocol, "STEP_HOOK", lambda step: journal_modes.append(mode(journal))
                        if journal.exists() else None)
    with vault:
        add_draft(vault, title="t", body="a private body", language="en", platforms=["x"],
                  role=Role.LEADER)
        saved = backup(vault, tmp_path / "out")
        rekey(vault, passphrase="a new private passphrase")
    assert journal_modes and set(journal_modes) == {0o600}
    assert placed[journal.name] == 0o600 and placed[store.meta_path(path).name] == 0o600
    restored = restore_backup(saved, tmp_path / "restored" / "r.vault",
                              recovery_key=recovery, new_passphrase="its own passphrase")
    assert placed[restored.name] == 0o600 and mode(restored) == 0o600
    assert mode(store.meta_path(restored)) == 0o600 and mode(restored.parent) == 0o700
    monkeypatch.setenv("FLEGME_PASSPHRASE", "a new private passphrase")
    export = tmp_path / "all.md"
    assert cli_main(["vault", "--vault", str(path), "export", "--all", "--out",
                     str(export)]) == 0
    assert mode(export) == 0o600 and "a private body" in export.read_text("utf-8")


def test_a_gui_rescue_export_is_owner_only(tmp_path: Path, umask_022: None,
                                           memory_keyring: MemoryKeyring,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("PySide6")
    from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

    from flegme.ui.vault_rescue import export_readable

    _ = QApplication.instance() or QApplication([])
    vault, _key = Vault.create(tmp_path / "flegme.vault")
    dest = tmp_path / "rescued.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(dest), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    with vault:
        add_draft(vault, title="t", body="rescued body", language="en", platforms=[],
                  role=Role.LEADER)
        assert export_readable(vault, None) == dest
    assert mode(dest) == 0o600 and "rescued body" in dest.read_text("utf-8")
