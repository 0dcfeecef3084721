"""Settings: grammar backend, UI language, role, vault location (and the LanguageTool download);
the team server on a page of its own."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flegme.names import LANGUAGE_NAMES, LANGUAGES, Role
from flegme.settings import Settings
from flegme.ui.labels import role_label
from flegme.ui.progress import LongTask
from flegme.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from flegme.ui.team_mode import TeamMode


def download_work(progress: Callable[[int, int], None], cancel: threading.Event) -> str | None:
    """Download LanguageTool (the user clicked the button, so they agreed)."""
    from flegme.engine.checks.grammar_local import download_languagetool

    return download_languagetool(lambda done, total: progress(done, total or 0), cancel)


class SettingsDialog(QDialog):
    """Edit the settings; `result_settings()` gives the new ones after OK."""

    def __init__(self, settings: Settings, parent: QWidget | None = None, *,
                 team: TeamMode | None = None, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self.settings = settings
        self.task: LongTask | None = None
        outer = QVBoxLayout(self)
        self.pages = QTabWidget()
        self.pages.setObjectName("settingsPages")
        outer.addWidget(self.pages)
        general = QWidget()
        layout = QVBoxLayout(general)
        form = QFormLayout()
        self.backend = QComboBox()
        for value, label in (("off", self.tr("Off")),
                             ("local", self.tr("LanguageTool on this computer")),
                             ("server", self.tr("A LanguageTool server"))):
            self.backend.addItem(label, value)
        self.backend.setCurrentIndex(max(0, self.backend.findData(settings.grammar_backend)))
        self.server_url = QLineEdit(settings.grammar_server_url)
        self.server_url.setPlaceholderText("https://languagetool.example.org")
        self.download_button = QPushButton(self.tr("Download LanguageTool (about 250 MB)…"))
        self.download_button.clicked.connect(self.download)
        self.language = QComboBox()
        self.language.addItem(self.tr("Same as the system"), "")
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.ui_language)))
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role).capitalize(), role.value)
        self.role.setCurrentIndex(max(0, self.role.findData(settings.role)))
        if team is not None:  # the login decides: shown, not chosen
            self.role.setCurrentIndex(max(0, self.role.findData(team.identity.role.value)))
            self.role.setEnabled(False)
            self.role.setToolTip(self.tr("In team mode your role comes from your login on the "
                                         "team server."))
        self.vault_path = QLineEdit(settings.vault_path)
        self.vault_path.setPlaceholderText(self.tr("Default location"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        vault_row = QHBoxLayout()
        vault_row.addWidget(self.vault_path, 1)
        vault_row.addWidget(browse)
        form.addRow(self.tr("Grammar and spelling"), self.backend)
        form.addRow(self.tr("Server address"), self.server_url)
        form.addRow("", self.download_button)
        form.addRow(self.tr("Language of the window"), self.language)
        form.addRow(self.tr("My role"), self.role)
        form.addRow(self.tr("Vault file"), vault_row)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        note = QLabel(self.tr("The language, the role and the vault take effect at the next "
                              "start."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.pages.addTab(general, self.tr("General"))
        from flegme.ui.team_settings import TeamSettingsPage

        self.team_page = TeamSettingsPage(
            runner if runner is not None else TaskRunner(synchronous=True, parent=self), team)
        self.pages.addTab(self.team_page, self.tr("Team"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)
        self.backend.currentIndexChanged.connect(self._backend_changed)
        self._backend_changed()

    def _backend_changed(self, _index: int = 0) -> None:
        backend = self.backend.currentData()
        self.server_url.setEnabled(backend == "server")
        self.download_button.setEnabled(backend == "local")

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Vault file"), self.vault_path.text(),
                                              options=QFileDialog.Option.DontConfirmOverwrite)
        if path:
            self.vault_path.setText(path)

    def download(self, *, synchronous: bool = False,
                 work: Callable[[Callable[[int, int], None], threading.Event], str | None]
                 = download_work) -> None:
        """Fetch LanguageTool in a worker with a progress bar and a Cancel button."""
        self.download_button.setEnabled(False)
        self.task = LongTask(self, self.tr("Downloading LanguageTool…"), work,
                             synchronous=synchronous)
        self.task.done.connect(self._downloaded)
        if self.task.finished:  # synchronous: already done before the connection
            self._downloaded(self.task.outcome)

    def _downloaded(self, outcome: object) -> None:
        self.download_button.setEnabled(self.backend.currentData() == "local")
        self.message.setText(str(outcome) if outcome else self.tr("LanguageTool is ready."))

    def result_settings(self) -> Settings:
        """The settings as edited."""
        return self.settings.with_changes(
            grammar_backend=self.backend.currentData(),
            grammar_server_url=self.server_url.text().strip(),
            ui_language=self.language.currentData(),
            role=self.role.currentData() if self.role.isEnabled() else self.settings.role,
            vault_path=self.vault_path.text().strip())
