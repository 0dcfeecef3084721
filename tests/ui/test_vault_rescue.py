"""Opening a damaged vault in the window: a dialog in plain words with the two ways out
(export what can be read, restore a backup), never a silent exit, never a write."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from flegme.review.models import Role
from flegme.settings import load_settings
from flegme.ui.first_run import open_vault
from flegme.vault import Vault, backup
from tests.drafting import add_draft
from tests.memory_keyring import MemoryKeyring
from tests.vault.damaging import damaged_vault

pytestmark = pytest.mark.gui


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


class Clicker:
    """Clicks the given buttons, in order, on each new damaged-vault dialog."""

    def __init__(self, *buttons: str) -> None:
        self.buttons = list(buttons)
        self.seen: list[str] = []
        self._last: object = None
        QTimer.singleShot(0, self._tick)

    def _tick(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.objectName() == "damagedVaultDialog" \
                and box is not self._last and self.buttons:
            self._last = box
            self.seen.append(box.text())
            wanted = self.buttons.pop(0)
            next(b for b in box.buttons() if b.text() == wanted).click()
        if self.buttons:
            QTimer.singleShot(10, self._tick)


def _quiet_boxes(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, name,
                            lambda parent, title, text, *a, **k: said.append(text))
    return said


def test_a_damaged_vault_opens_read_only_with_a_dialog_and_an_export(
        qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = damaged_vault(tmp_path)
    before = _digest(path)
    said = _quiet_boxes(monkeypatch)
    out = tmp_path / "saved.md"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), ""))
    clicker = Clicker("Export what can be read…", "Continue read-only")
    vault = open_vault(path, None)
    assert vault is not None and vault.damaged
    assert "damaged" in clicker.seen[0] and "read-only" in clicker.seen[0]
    assert out.read_text("utf-8").count("# Post ") > 0
    assert any("exported" in s for s in said)
    vault.close()
    assert _digest(path) == before


def test_restore_a_backup_beside_the_damaged_vault(
        qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring,
        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "v"
    folder.mkdir()
    path = damaged_vault(folder)
    before = _digest(path)
    source = tmp_path / "good" / "flegme.vault"
    good, _ = Vault.create(source)
    with good:
        add_draft(good, title="Sauvé", body="d'une sauvegarde", language="fr",
                  platforms=[], role=Role.LEADER)
        saved = backup(good, tmp_path / "backups")
    _quiet_boxes(monkeypatch)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    Clicker("Restore a backup…")
    vault: Any = open_vault(path, None)
    assert vault is not None and not vault.damaged and vault.path != path
    with vault:
        assert [d.title for d in vault.list_drafts()] == ["Sauvé"]
    assert load_settings().vault_path == str(vault.path)
    assert _digest(path) == before  # the damaged file is left as it was


def test_autosave_into_a_damaged_vault_is_refused_and_said(
        qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    from flegme.settings import Settings
    from flegme.ui.main_window import MainWindow

    path = damaged_vault(tmp_path)
    before = _digest(path)
    vault = Vault.open(path)
    assert vault.damaged
    window = MainWindow(vault, Settings(role="leader"))
    qtbot.addWidget(window)
    window.show()
    window.leader.editor.setPlainText("Un nouveau texte qui ne doit pas entrer.")
    window.leader.autosave()  # queued: the writer thread refuses it, then the window says so

    def refused_and_said() -> bool:
        return any("Nothing was saved" in box.text()
                   for box in window.leader.findChildren(QMessageBox, "errorDialog"))

    qtbot.waitUntil(refused_and_said, timeout=30_000)
    assert window.runner.settle(30_000)  # and nothing else is still on its way
    boxes = window.leader.findChildren(QMessageBox, "errorDialog")
    assert window.leader.save_error is not None and "Nothing was saved" in \
        window.leader.save_error
    assert window.leader.editor.toPlainText().startswith("Un nouveau texte")  # kept on screen
    for box in boxes:
        box.close()
    assert not window.close()  # closing first says what was not saved, never silently
    said = [box.text() for box in window.findChildren(QMessageBox, "errorDialog")
            if box.isVisible()]
    assert any("could not save" in text and "Nothing was saved" in text for text in said)
    assert window.close()  # closing again closes without it
    assert _digest(path) == before
