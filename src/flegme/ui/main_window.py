"""The main window: the leader's, the assistant's and the comms lead's views as tabs."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QTabWidget, QWidget

from flegme import __version__
from flegme.engine.checks.grammar import GrammarService, GrammarSettings
from flegme.engine.engine import Engine
from flegme.errors import FlegmeError
from flegme.resources import resource_path
from flegme.settings import Settings
from flegme.style.loader import default_style, parse_style
from flegme.style.model import HouseStyle
from flegme.ui.dialogs import show_error
from flegme.ui.leader_view import LeaderView
from flegme.ui.review_view import ReviewView
from flegme.ui.style_editor import StyleEditor
from flegme.ui.workers import CheckScheduler
from flegme.vault import Role, Vault


def house_style(vault: Vault | None) -> tuple[HouseStyle, str]:
    """The style in force (from the vault, else the shipped default) and its TOML text."""
    text = vault.house_style_text() if vault is not None else None
    if text:
        try:
            return parse_style(text, "house style (vault)"), text
        except FlegmeError:
            pass  # never lock the leader out over a bad stored style: fall back, visibly
    path = resource_path("styles", "default.toml")
    return default_style(), path.read_text(encoding="utf-8")


class MainWindow(QMainWindow):
    """Flegme's window."""

    def __init__(self, vault: Vault | None, settings: Settings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Flegme")
        self.vault = vault
        self.settings = settings
        self.role = Role(settings.role)
        self.house, style_text = house_style(vault)
        self.engine = Engine(self.house)
        self.grammar = GrammarService(GrammarSettings.from_settings(settings))
        self.scheduler = CheckScheduler(self.engine, self.grammar, self)
        self.leader = LeaderView(vault, self.scheduler, self.house, self.role)
        self.review = ReviewView(vault, self.engine, self.house, self.role)
        self.style_editor = StyleEditor(style_text, can_save=self.role is Role.COMMS_LEAD)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.leader, self.tr("Drafts"))
        self.tabs.addTab(self.review, self.tr("Review"))
        self.tabs.addTab(self.style_editor, self.tr("House style"))
        self.tabs.currentChanged.connect(self._tab_changed)
        self.setCentralWidget(self.tabs)
        for view in (self.leader, self.review, self.style_editor):
            view.status.connect(lambda text: self.statusBar().showMessage(text, 3000))
        self.review.changed.connect(self.leader.refresh_list)
        self.style_editor.styleSaved.connect(self.save_style)
        self._actions()
        self.statusBar().showMessage(self.tr("Flegme %1 — role: %2")
                                     .replace("%1", __version__)
                                     .replace("%2", self.role.value))
        self._restore_geometry()
        if self.role is Role.ASSISTANT:
            self.tabs.setCurrentWidget(self.review)
        elif self.role is Role.COMMS_LEAD:
            self.tabs.setCurrentWidget(self.style_editor)

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
        menu = self.menuBar().addMenu(self.tr("&Draft"))
        for label, keys, slot in shortcuts:
            action = QAction(label, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.addAction(action)

    def _tab_changed(self, _index: int) -> None:
        self.review.refresh()
        self.leader.refresh_list()

    def save_style(self, toml_text: str) -> None:
        """Store a new house style (comms lead) and re-check with it."""
        if self.vault is None:
            return
        try:
            self.vault.set_house_style(toml_text, role=self.role)
        except FlegmeError as exc:
            show_error(self, self.tr("House style not saved"), str(exc))
            return
        self.house = parse_style(toml_text, "house style (vault)")
        self.engine = Engine(self.house)
        self.leader.house = self.review.house = self.house
        self.review.engine = self.engine
        self.scheduler.set_engine(self.engine)
        self.statusBar().showMessage(self.tr("House style saved."), 3000)

    def _restore_geometry(self) -> None:
        stored = QSettings("Flegme", "Flegme").value("window/geometry")
        if stored is not None:
            self.restoreGeometry(stored)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the draft, remember the geometry, stop LanguageTool, close the vault."""
        self.leader.autosave()
        QSettings("Flegme", "Flegme").setValue("window/geometry", self.saveGeometry())
        self.grammar.close()
        if self.vault is not None:
            self.vault.close()
            self.vault = None
        super().closeEvent(event)
