"""Dismissals, settings, backup with progress, history, first run and crash recovery."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QPushButton
from pytestqt.qtbot import QtBot

from flegme.review.identity import Identity
from flegme.review.models import DraftSummary, Role
from flegme.review.service import ReviewService
from flegme.settings import Settings, load_settings
from flegme.ui import app as ui_app
from flegme.ui.dialogs import HistoryDialog, RecoveryKeyDialog, diff_html, install_error_hook
from flegme.ui.first_run import FirstRunDialog
from flegme.ui.main_window import MainWindow
from flegme.ui.settings_dialog import SettingsDialog
from flegme.vault import Vault, VaultRepository
from tests.drafting import add_draft, add_revision
from tests.memory_keyring import MemoryKeyring

pytestmark = pytest.mark.gui


def window_with(qtbot: QtBot, vault: Vault | None, text: str) -> MainWindow:
    window = MainWindow(vault, Settings())
    qtbot.addWidget(window)
    window.show()
    editor = window.leader.editor
    editor.setPlainText(text)
    qtbot.waitUntil(lambda: window.scheduler.last_report is not None
                    and window.scheduler.last_report.text == text, timeout=3000)
    return window


def test_dismiss_for_this_draft_is_remembered_and_restorable(qtbot: QtBot,
                                                             gui_vault: Vault) -> None:
    window = window_with(qtbot, gui_vault, "We leverage it. We leverage them.")
    leader = window.leader
    leverage = [f for f in leader.editor.findings if f.rule == "jargon.term"]
    assert len(leverage) == 2
    leader.dismiss(leverage[0], "draft")
    window.runner.settle()
    assert not any(f.rule == "jargon.term" for f in leader.editor.findings)  # same words
    hidden = leader.panel.tree.topLevelItem(leader.panel.tree.topLevelItemCount() - 1)
    assert hidden is not None
    assert hidden.text(0).startswith("Dismissed") and not hidden.isExpanded()
    draft_id = leader.draft_id
    assert draft_id is not None
    stored = gui_vault.dismissals(draft_id)
    assert [(d.rule, d.excerpt, d.scope, d.author_role) for d in stored] == [
        ("jargon.term", "leverage", "draft", Role.LEADER)]
    leader.open_draft(draft_id)  # reopened: still dismissed
    window.runner.settle()
    window.scheduler.check_now()
    assert not any(f.rule == "jargon.term" for f in leader.editor.findings)
    leader.restore_finding(leverage[0])
    window.runner.settle()
    assert sum(f.rule == "jargon.term" for f in leader.editor.findings) == 2
    assert gui_vault.dismissals(draft_id)[0].restored


def test_dismiss_once_is_not_stored_and_proposal_reaches_the_comms_lead(
        qtbot: QtBot, gui_vault: Vault) -> None:
    window = window_with(qtbot, gui_vault, "Our KPI rose. We leverage it.")
    leader = window.leader
    first = leader.editor.findings[0]
    leader.dismiss(first, "once")
    assert first not in leader.editor.findings
    leverage = next(f for f in leader.editor.findings if f.rule == "jargon.term")
    leader.dismiss(leverage, "proposed_allow")
    window.runner.settle()
    assert [d.excerpt for d in gui_vault.proposed_allow_terms()] == ["leverage"]
    assert leader.draft_id is not None
    assert [d.scope for d in gui_vault.dismissals(leader.draft_id)] == ["proposed_allow"]
    lead = MainWindow(gui_vault, Settings(role="comms_lead"))
    qtbot.addWidget(lead)
    assert lead.runner.settle()  # the proposals are read off the GUI thread
    lead.style_editor.proposals.setCurrentRow(0)
    lead.style_editor.accept_proposal()
    assert "leverage" in lead.style_editor.raw.toPlainText()
    assert lead.runner.settle()  # handled: stored through the write queue
    assert gui_vault.proposed_allow_terms() == []
    lead.style_editor.save()
    assert lead.runner.settle()
    assert "leverage" in lead.house.jargon.allow


def test_context_menu_offers_fixes_and_three_dismissals(qtbot: QtBot) -> None:
    window = window_with(qtbot, None, "😀 We leverage it.")
    editor = window.leader.editor
    finding = next(f for f in editor.findings if f.rule == "jargon.term")
    menu = QMenu()
    labels = [a.text() for a in editor.finding_actions([finding], menu)]
    assert labels[0] == "Replace with “use”"
    assert any("once" in label for label in labels)
    assert "Dismiss for this draft" in labels
    assert "Propose “leverage” as an allowed term" in labels
    emitted: list[tuple[object, str]] = []
    editor.dismissRequested.connect(lambda f, s: emitted.append((f, s)))
    next(a for a in menu.actions() if a.text() == "Dismiss for this draft").trigger()
    assert emitted == [(finding, "draft")]


def test_settings_dialog_saves_and_switches_grammar(qtbot: QtBot, tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLEGME_CONFIG_DIR", str(tmp_path))
    window = window_with(qtbot, None, "Hello.")
    dialog = window.open_settings()
    dialog.backend.setCurrentIndex(dialog.backend.findData("server"))
    assert dialog.server_url.isEnabled() and not dialog.download_button.isEnabled()
    dialog.server_url.setText("http://127.0.0.1:8081")
    dialog.role.setCurrentIndex(dialog.role.findData("assistant"))
    dialog.language.setCurrentIndex(dialog.language.findData("fr"))
    old_grammar = window.grammar
    dialog.accept()
    saved = load_settings()
    assert (saved.grammar_backend, saved.role, saved.ui_language) == ("server", "assistant", "fr")
    assert window.grammar is not old_grammar and window.scheduler.grammar is window.grammar


def test_download_shows_progress_and_reports_cancel(qtbot: QtBot) -> None:
    dialog = SettingsDialog(Settings(grammar_backend="local"))
    qtbot.addWidget(dialog)
    seen: list[tuple[int, int]] = []

    def fake(progress: Callable[[int, int], None], cancel: threading.Event) -> str | None:
        for done in (0, 50, 100):
            progress(done, 100)
            seen.append((done, dialog.task.dialog.value() if dialog.task else -1))
        cancel.set()
        return "The LanguageTool download was cancelled." if cancel.is_set() else None

    dialog.download(synchronous=True, work=fake)
    assert [d for d, _ in seen] == [0, 50, 100]
    assert dialog.message.text() == "The LanguageTool download was cancelled."
    assert dialog.download_button.isEnabled()


def test_backup_writes_an_encrypted_copy(qtbot: QtBot, gui_vault: Vault,
                                         tmp_path: Path) -> None:
    window = window_with(qtbot, gui_vault, "A secret acquisition plan.")
    window.leader.autosave()
    target = tmp_path / "copy.vault"
    task = window.backup(str(target), synchronous=True)
    assert task is not None and task.outcome is None
    assert target.is_file() and not target.read_bytes().startswith(b"SQLite format 3")
    assert b"acquisition" not in target.read_bytes()
    failed = window.backup(str(target), synchronous=True)  # exists: refused, in words
    assert failed is not None and failed.outcome is not None and "already exists" in failed.outcome


def test_history_dialog_diffs_and_restores(qtbot: QtBot, gui_vault: Vault) -> None:
    draft = add_draft(gui_vault, title="t", body="We fixed bikes.", language="en",
                      platforms=["x"], role=Role.LEADER)
    add_revision(gui_vault, draft.id, body="We fixed twelve bikes.", role=Role.LEADER)
    dialog = HistoryDialog(gui_vault.revisions(draft.id))
    qtbot.addWidget(dialog)
    assert "twelve" in dialog.diff.toHtml() and "#dfd" in diff_html("a", "a b")
    assert "line-through" in diff_html("a <b>", "a")
    dialog.list.setCurrentRow(0)
    dialog.restore_button.click()
    assert dialog.chosen is not None and dialog.chosen.body == "We fixed bikes."


def test_recovery_key_dialog_needs_confirmation(qtbot: QtBot) -> None:
    dialog = RecoveryKeyDialog("ABCD-EFGH")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.reject()  # Escape
    assert dialog.isVisible()
    saved = dialog.findChild(QPushButton, "savedButton")
    assert saved is not None
    saved.click()
    assert not dialog.isVisible() and dialog.result() == 1


def test_first_run_dialog_choices(qtbot: QtBot, memory_keyring: MemoryKeyring) -> None:
    dialog = FirstRunDialog(Settings())
    qtbot.addWidget(dialog)
    assert dialog.keyring_mode.isChecked()
    dialog.role.setCurrentIndex(dialog.role.findData("comms_lead"))
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert dialog.chosen_settings().role == "comms_lead"
    assert dialog.passphrase_or_none() is None
    dialog.pass_mode.setChecked(True)
    dialog.passphrase.setText("correct horse battery")
    assert dialog.passphrase_or_none() == "correct horse battery"


def test_restart_restores_the_last_autosave(qtbot: QtBot, tmp_path: Path,
                                            memory_keyring: MemoryKeyring,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLEGME_CONFIG_DIR", str(tmp_path / "config"))
    path = tmp_path / "crash.vault"
    vault, _ = Vault.create(path)
    first = window_with(qtbot, vault, "Typed before the power cut.")
    first.leader.autosave()  # what the debounced timer does while typing
    first.runner.settle()  # (written by the queue within milliseconds)
    vault.close()  # the process dies here: no closeEvent
    first.vault = first.leader.service = first.review.service = first.audit.service = None
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window = ui_app.open_window(app, ui_app.parse_args(["--vault", str(path)]))
    assert window is not None
    qtbot.addWidget(window)
    window.runner.settle()  # the last draft opens off the GUI thread
    assert window.leader.editor.toPlainText() == "Typed before the power cut."
    window.close()


def test_gui_command_opens_and_quits(tmp_path: Path) -> None:
    """The installer's smoke test: `flegme gui --quit-after-ms` opens offscreen, exits 0."""
    env = {**os.environ, "FLEGME_CONFIG_DIR": str(tmp_path), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "flegme", "gui", "--no-vault",
                           "--quit-after-ms", "200"], env=env, capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


def test_unexpected_errors_become_plain_dialogs(qtbot: QtBot, tmp_path: Path) -> None:
    window = window_with(qtbot, None, "Kept text.")
    previous = sys.excepthook
    log = tmp_path / "errors.log"
    try:
        install_error_hook(window, log)
        try:
            raise ValueError("boom in a slot")
        except ValueError as exc:
            sys.excepthook(ValueError, exc, exc.__traceback__)
    finally:
        sys.excepthook = previous
    box = window.findChild(QMessageBox, "errorDialog")
    assert box is not None
    assert "could not finish" in box.text() and "Traceback" not in box.text()
    assert "boom in a slot" not in box.text()
    assert "Traceback" in log.read_text(encoding="utf-8") and "boom in a slot" in log.read_text()
    assert window.leader.editor.toPlainText() == "Kept text."
    box.close()


def test_cooling_off_override_needs_a_reason_then_publish(qtbot: QtBot, gui_vault: Vault,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from flegme.ui import leader_actions

    window = window_with(qtbot, gui_vault,
                         "They NEVER answer. Pathetic idiots, we know who you are!!!")
    leader = window.leader
    answers: list[str | None] = [None]  # first: the leader cancels the reason box
    asked: list[str] = []

    def fake_ask(_parent: object, title: str, _label: str) -> str | None:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(leader_actions, "ask_text", fake_ask)
    leader.send_to_review()
    window.runner.settle()
    assert leader.draft_id is not None
    assert gui_vault.get_draft(leader.draft_id).status.value == "draft"  # not sent
    answers.append("The journalist's deadline is at noon.")
    leader.send_to_review()
    window.runner.settle()
    assert gui_vault.get_draft(leader.draft_id).status.value == "in_review"
    audit = " ".join(str(e) for e in VaultRepository(gui_vault).audit_log(leader.draft_id))
    assert "deadline is at noon" in audit
    assert asked == ["Cooling-off", "Cooling-off"]
    leader.new_draft()  # a calm one goes through without a reason, then is published
    leader.editor.setPlainText("We repaired twelve bikes this morning in the workshop.")
    leader.send_to_review()
    window.runner.settle()
    assert asked == ["Cooling-off", "Cooling-off"]
    assistant = ReviewService(VaultRepository(gui_vault), Identity("Sam", Role.ASSISTANT))
    assistant.approve(leader.draft_id)
    answers.append("https://example.org/post/1")
    leader.mark_published()
    window.runner.settle()
    draft = gui_vault.get_draft(leader.draft_id)
    assert draft.status.value == "published" and draft.published_url == "https://example.org/post/1"
    assert asked[-1] == "Published"


def test_drafts_list_pages_in_as_it_scrolls_and_searches(qtbot: QtBot, gui_vault: Vault,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    from flegme.ui import drafts_model

    monkeypatch.setattr(drafts_model, "PAGE", 2)
    for i in range(5):
        add_draft(gui_vault, title=f"Post {i}", body=f"Body number {i} about bikes.",
                  language="en", platforms=["x"], role=Role.LEADER)
    window = window_with(qtbot, gui_vault, "")
    model = window.leader.model
    assert window.runner.settle()
    service = window.leader.service
    assert service is not None
    asked: list[tuple[int, int]] = []
    list_drafts = service.list_drafts

    def recorded(*, limit: int, offset: int) -> list[DraftSummary]:
        asked.append((limit, offset))
        return list_drafts(limit=limit, offset=offset)

    monkeypatch.setattr(service, "list_drafts", recorded)
    window.leader.refresh_list()
    assert window.runner.settle()
    # (the view itself asks for the next page while it has room: read off the GUI thread)
    assert model.rowCount() in (2, 4, 5) and asked[0] == (2, 0)
    while model.canFetchMore():
        model.fetchMore()
        assert window.runner.settle()
    assert model.rowCount() == 5 and not model.canFetchMore()
    assert asked == [(2, 0), (2, 2), (2, 4)]  # a page at a time, each page once
    titles = {model.summary(r).title for r in range(5)}  # type: ignore[union-attr]
    assert titles == {f"Post {i}" for i in range(5)}  # each once, none twice
    window.leader.search.setText("number 3")
    window.runner.settle()
    assert [model.summary(r).title for r in range(model.rowCount())] == ["Post 3"]  # type: ignore[union-attr]
    assert not model.canFetchMore()
