"""The main window: the leader's, the assistant's and the comms lead's views as tabs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QTabWidget, QWidget

from flegme import __version__
from flegme.engine.checks.grammar import GrammarService
from flegme.engine.engine import Engine
from flegme.errors import FlegmeError
from flegme.grammar_setup import grammar_settings
from flegme.resources import resource_path
from flegme.review.identity import Identity
from flegme.review.service import ReviewService
from flegme.settings import Settings, save_settings
from flegme.style.loader import default_style, parse_style
from flegme.style.model import HouseStyle
from flegme.ui.audit_view import AuditView
from flegme.ui.dialogs import show_error
from flegme.ui.labels import error_text, role_label
from flegme.ui.leader_view import LeaderView
from flegme.ui.progress import LongTask
from flegme.ui.review_view import ReviewView
from flegme.ui.settings_dialog import SettingsDialog
from flegme.ui.style_editor import StyleEditor
from flegme.ui.tasks import TaskRunner
from flegme.ui.workers import CheckScheduler
from flegme.vault import Role, Vault
from flegme.vault.repository import VaultRepository

CLOSE_WAIT_MS = 10_000  # how long closing waits for the queued writes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from flegme.team.session import TeamLogin
    from flegme.ui.team_mode import TeamBannerLine, TeamMode
    from flegme.ui.team_page import TeamBanner


def review_service(vault: Vault | None, settings: Settings) -> ReviewService | None:
    """The review loop over the local vault, acting as the person at this computer."""
    if vault is None:
        return None
    return ReviewService(VaultRepository(vault), Identity.local(settings.role),
                         clock=vault.clock)


def house_style(service: ReviewService | None) -> tuple[HouseStyle, str]:
    """The style in force (read from the store, else the shipped default) and its TOML."""
    try:
        text = service.house_style_text() if service is not None else None
    except FlegmeError:
        text = None  # a damaged vault: the shipped default keeps the checks running
    if text:
        try:
            return parse_style(text, "house style (vault)"), text
        except FlegmeError:
            pass  # never lock the leader out over a bad stored style: fall back, visibly
    return default_style(), resource_path("styles", "default.toml").read_text(encoding="utf-8")


class MainWindow(QMainWindow):
    """Flegme's window."""

    # in team mode only, set by flegme.ui.team_mode.install
    team_banner: TeamBanner
    team_refusals: TeamBannerLine
    team_identity: QLabel

    def __init__(self, vault: Vault | None, settings: Settings,
                 parent: QWidget | None = None, *, team: TeamLogin | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Flegme")
        self.vault = vault
        self.settings = settings
        self.runner = TaskRunner(parent=self)
        self._warned_unsaved: list[str] = []  # what closing said could not be saved
        self.team: TeamMode | None = None
        if team is not None:  # the role comes from the login, not from the settings
            from flegme.ui.team_mode import TeamMode

            self.team = TeamMode(team, vault, self.runner, parent=self)
            self.role = team.identity.role
            service = self.team.service()  # on the server: attached once it answers
            self.service = None if self.team.on_server else service
        else:
            self.role = Role(settings.role)
            self.service = review_service(vault, settings)
        self.house, style_text = house_style(self.service)
        self.engine = Engine(self.house)
        self.grammar = GrammarService(grammar_settings(settings))
        self.scheduler = CheckScheduler(self.engine, self.grammar, self, runner=self.runner)
        self.leader = LeaderView(self.service, self.scheduler, self.house, runner=self.runner)
        self.review = ReviewView(self.service, self.engine, self.house, self.runner)
        self.style_editor = StyleEditor(style_text, can_save=self.role is Role.COMMS_LEAD)
        self.audit = AuditView(self.service, self.runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.leader, self.tr("Drafts"))
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.style_editor, self.tr("House style"))
        if self.role is Role.COMMS_LEAD:
            self.tabs.addTab(self.audit, self.tr("Audit trail"))
        self.tabs.currentChanged.connect(self._tab_changed)
        if self.team is not None:
            from flegme.ui.team_mode import install

            self.setCentralWidget(install(self, self.team))
        else:
            self.setCentralWidget(self.tabs)
        for view in (self.leader, self.review, self.style_editor):
            view.status.connect(lambda text: self.statusBar().showMessage(text, 3000))
        self.review.changed.connect(self.leader.refresh_list)
        self.review.changed.connect(self.audit.refresh)
        self.style_editor.styleSaved.connect(self.save_style)
        self.style_editor.proposalAccepted.connect(self._proposal_accepted)
        self._load_proposals()
        self._actions()
        self.statusBar().showMessage(self.tr("Flegme %1 — role: %2")
                                     .replace("%1", __version__)
                                     .replace("%2", role_label(self.role)))
        self._restore_geometry()
        if self.role is Role.ASSISTANT:
            self.tabs.setCurrentWidget(self.review)
        elif self.role is Role.COMMS_LEAD:
            self.tabs.setCurrentWidget(self.style_editor)
        if self.team is not None:
            self.team.start()

    def _actions(self) -> None:
        shortcuts: list[tuple[str, QKeySequence | QKeySequence.StandardKey,
                              Callable[[], object]]] = [
            (self.tr("New draft"), QKeySequence.StandardKey.New, self.leader.new_draft),
            (self.tr("Save now"), QKeySequence.StandardKey.Save, self.leader.autosave),
            (self.tr("Copy the post"), QKeySequence("Ctrl+Shift+C"), self.leader.copy_text),
            (self.tr("Send to review"), QKeySequence("Ctrl+Return"), self.leader.send_to_review),
            (self.tr("Find a draft"), QKeySequence.StandardKey.Find,
             self.leader.search.setFocus),
        ]
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_actions: list[tuple[str, QKeySequence | QKeySequence.StandardKey,
                                 Callable[[], object]]] = [
                (self.tr("Settings…"), QKeySequence.StandardKey.Preferences, self.open_settings),
                (self.tr("Back up the vault…"), QKeySequence("Ctrl+Shift+B"),
                 lambda: self.backup()),  # not `checked` as the destination
                (self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)]
        for label, keys, slot in file_actions:
            action = QAction(label, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            file_menu.addAction(action)
            self.addAction(action)
        menu = self.menuBar().addMenu(self.tr("&Draft"))
        for label, keys, slot in shortcuts:
            action = QAction(label, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.addAction(action)

    def open_settings(self) -> SettingsDialog:
        """The settings dialog (modeless); applied and saved when the user presses OK."""
        dialog = SettingsDialog(self.settings, self, team=self.team, runner=self.runner)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings) -> None:
        """Save new settings; the grammar backend changes at once, the rest at next start."""
        try:
            save_settings(settings)
        except (OSError, FlegmeError) as exc:
            show_error(self, self.tr("Settings not saved"), str(exc))
            return
        grammar_changed = (settings.grammar_backend, settings.grammar_server_url) != (
            self.settings.grammar_backend, self.settings.grammar_server_url)
        self.settings = settings
        if grammar_changed:
            self.grammar.close()
            self.grammar = GrammarService(grammar_settings(settings))
            self.scheduler.set_grammar(self.grammar)
        self.statusBar().showMessage(self.tr("Settings saved."), 3000)

    def backup(self, dest: str | None = None, *, synchronous: bool = False) -> LongTask | None:
        """An encrypted copy of the vault, in a worker, with Cancel (which discards it)."""
        if self.vault is None:
            return None
        if dest is None:
            dest, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the vault"),
                                                  "flegme-backup.vault")
            if not dest:
                return None
        self.leader.autosave()  # queued: the backup reads on its own connection, after it
        self.runner.drain(10_000)
        vault, target = self.vault, dest

        def work(_progress: Callable[[int, int], None], cancel: threading.Event) -> str | None:
            from flegme.vault.backup import backup

            written = backup(vault, target)
            if cancel.is_set():
                written.unlink(missing_ok=True)
                return self.tr("The backup was cancelled.")
            return None

        task = LongTask(self, self.tr("Backing up the vault…"), work, synchronous=synchronous,
                        runner=None if synchronous else self.runner)
        task.done.connect(self._backed_up)
        if task.finished:
            self._backed_up(task.outcome)
        return task

    def _backed_up(self, outcome: object) -> None:
        if outcome:
            show_error(self, self.tr("No backup"), str(outcome))
        else:
            self.statusBar().showMessage(self.tr("Backup written."), 5000)

    def _tab_changed(self, _index: int) -> None:
        self.review.refresh()
        self.leader.refresh_list()
        self.leader.show_feedback()
        self.audit.refresh()
        self._load_proposals()
        self._follow_style()

    def _load_proposals(self) -> None:
        if self.service is not None:
            self.style_editor.set_proposals([(d.id, d.excerpt)
                                             for d in self.service.proposed_allow_terms()])

    def _proposal_accepted(self, dismissal_id: int) -> None:
        if self.service is not None:  # handled: no longer in the comms lead's list
            self.service.restore_dismissal(dismissal_id)

    def save_style(self, toml_text: str) -> None:
        """Store a new house style (comms lead) and re-check with it."""
        if self.service is None:
            return
        try:
            self.service.set_house_style(toml_text)
        except FlegmeError as exc:
            show_error(self, self.tr("House style not saved"), error_text(exc))
            return
        self._follow_style()
        self.statusBar().showMessage(self.tr("House style saved."), 3000)

    def _follow_style(self) -> None:
        """Check with the style in force in the store (someone may have changed it)."""
        if self.service is None:
            return
        style = self.service.house_style()
        if style is self.house:
            return
        self.house = style
        self.engine = Engine(self.house)
        self.leader.house = self.review.house = self.house
        self.review.engine = self.engine
        self.scheduler.set_engine(self.engine)

    def _restore_geometry(self) -> None:
        stored = QSettings("Flegme", "Flegme").value("window/geometry")
        if stored is not None:
            self.restoreGeometry(stored)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the draft and wait for the queued writes (bounded: if some could not be
        written, say which and keep the window open once); remember the geometry, stop
        LanguageTool, close the vault."""
        self.leader.autosave()
        left = [label for label in self.runner.drain(CLOSE_WAIT_MS) if label]
        unsaved = left or ([self.leader.save_error] if self.leader.save_error else [])
        if unsaved and unsaved != self._warned_unsaved:  # said once; closing again closes
            self._warned_unsaved = unsaved
            event.ignore()
            show_error(self, self.tr("Not everything was saved"), self.tr(
                "Flegme could not save: %1. Your text is still in the editor: copy it "
                "somewhere safe, or wait and close again. Closing again closes without it.")
                .replace("%1", "; ".join(unsaved)))
            return
        QSettings("Flegme", "Flegme").setValue("window/geometry", self.saveGeometry())
        self.grammar.close()
        if self.team is not None:  # the listener stops; a sync in flight finishes
            self.team.stop()
        self.runner.wait(10_000)  # no task may outlive the vault it reads
        self.runner.writes.close(0 if left else CLOSE_WAIT_MS / 1000)
        self.leader.gate_timer.stop()
        self.leader.autosave_timer.stop()
        self.service = self.leader.service = self.review.service = None  # closed: detached
        self.audit.service = None
        if self.vault is not None and not self.runner.writes.pending:
            self.vault.close()  # (a write still running keeps it: the process ends soon)
            self.vault = None
        super().closeEvent(event)
