"""The window's edges: no display, the first-run language, and no SQL in widgets."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from flegme.settings import Settings, load_settings, save_settings
from flegme.ui import app as ui_app
from flegme.vault import Vault
from tests.ui.cells import cell

pytestmark = pytest.mark.gui


def test_without_a_display_flegme_says_so_in_one_line(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["FLEGME_CONFIG_DIR"] = str(tmp_path)
    done = subprocess.run([sys.executable, "-m", "flegme", "gui", "--no-vault"], env=env,
                          capture_output=True, text=True, timeout=60, check=False)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no display" in lines[0] and "flegme check" in lines[0]


def test_the_language_chosen_at_first_run_applies_at_once(
        qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    save_settings(Settings(ui_language="en"))

    def first_run(_args: object, _settings: Settings) -> Vault:
        save_settings(load_settings().with_changes(ui_language="fr"))
        return gui_vault

    monkeypatch.setattr(ui_app, "_vault", first_run)
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = ui_app.open_window(app, ui_app.parse_args([]))
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.tabs.tabText(0) == "Brouillons"
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
        window.vault = None
        window.service = window.leader.service = window.review.service = None


def test_recovery_key_can_be_copied_and_saved(qtbot: QtBot, tmp_path: Path) -> None:
    from flegme.ui.dialogs import RecoveryKeyDialog

    dialog = RecoveryKeyDialog("ABCD-EFGH-1234")
    qtbot.addWidget(dialog)
    dialog.copy()
    assert QApplication.clipboard().text() == "ABCD-EFGH-1234"
    target = tmp_path / "key.txt"
    dialog.save_as(str(target))
    assert "ABCD-EFGH-1234" in target.read_text(encoding="utf-8")
    assert target.stat().st_mode & 0o077 == 0  # only the user can read it
    from PySide6.QtWidgets import QPushButton

    names = {b.objectName() for b in dialog.findChildren(QPushButton)}
    assert {"copyKey", "saveKey", "printKey", "savedButton"} <= names


def test_the_no_keyring_dialog_fits_a_small_screen(qtbot: QtBot,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from flegme import secrets
    from flegme.ui.first_run import FirstRunDialog

    monkeypatch.setattr(secrets, "keyring_usable",
                        lambda: (False, "org.freedesktop.DBus.Error " * 60))
    dialog = FirstRunDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    from PySide6.QtWidgets import QLabel

    note = dialog.findChild(QLabel, "noKeyringNote")
    assert note is not None and "passphrase" in note.text()
    assert "DBus" not in note.text()
    assert dialog.pass_mode.isChecked()


def test_the_selected_finding_shows_its_reason_and_fix(qtbot: QtBot) -> None:
    from flegme.engine.engine import Engine
    from flegme.style.loader import default_style
    from flegme.ui.findings_panel import FindingsPanel

    panel = FindingsPanel()
    qtbot.addWidget(panel)
    report = Engine(default_style()).check("We will leverage our synergies at the fair.")
    panel.show_report(report)
    assert panel.tree.wordWrap()
    group = panel.tree.topLevelItem(0)
    child = group.child(0) if group is not None else None
    assert child is not None
    panel.tree.setCurrentItem(child)
    finding = panel.selected_finding()
    assert finding is not None and finding.explanation and finding.suggestions
    detail = panel.detail.text()
    assert "Why:" in detail and "Fix:" in detail and finding.suggestions[0] in detail


def test_workflow_errors_speak_the_ui_language(qtbot: QtBot) -> None:
    from flegme.review.rules import ReviewError
    from flegme.ui.app import install_translator
    from flegme.ui.labels import error_text

    error = ReviewError("transition", "...", current="approved", target="approved")
    assert error_text(error) == "This draft is approved: it cannot be approved now."
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "fr")
    assert translator is not None
    try:
        assert error_text(error) == ("Ce brouillon est approuvé : il ne peut pas être "
                                     "approuvé maintenant.")
    finally:
        for qt_own in translator.findChildren(QTranslator):
            app.removeTranslator(qt_own)
        app.removeTranslator(translator)


def test_the_audit_trail_shows_who_and_why(qtbot: QtBot, gui_vault: Vault) -> None:
    from flegme.review.identity import Identity
    from flegme.review.models import Role
    from flegme.review.service import ReviewService
    from flegme.ui.audit_view import AuditView
    from flegme.vault import VaultRepository

    leader = ReviewService(VaultRepository(gui_vault), Identity("Claire", Role.LEADER))
    draft = leader.create_draft(title="Board", platforms=["x"],
                                body="They NEVER answer. Pathetic idiots, we know who you are!!!")
    leader.send_to_review(draft.id, override_reason="The journalist's deadline is at noon")
    view = AuditView(leader)
    qtbot.addWidget(view)
    row = [cell(view.table, 0, c) for c in range(5)]  # newest first
    assert row[1] == "Claire (leader)" and row[2] == "Board"
    assert row[3] == "draft → in review"
    assert row[4] == ("Sent before the end of the cooling-off: “The journalist's deadline is "
                      "at noon”")


def test_a_new_draft_starts_on_the_default_platforms(qtbot: QtBot, gui_vault: Vault) -> None:
    from flegme.names import DEFAULT_PLATFORMS
    from flegme.ui.main_window import MainWindow

    window = MainWindow(gui_vault, Settings(role="leader"))
    qtbot.addWidget(window)
    leader = window.leader
    leader.platforms.set_selected(["x", "mastodon"])
    leader.editor.setPlainText("Twelve bikes repaired this week.")
    leader.autosave()
    leader.new_draft()
    assert leader.platforms.selected() == list(DEFAULT_PLATFORMS)
    assert leader.editor.toPlainText() == "" and not leader.editor.isReadOnly()
