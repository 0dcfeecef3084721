"""The Team page of the settings dialog: join a team server from the window (the equivalent of
`flegme team join URL`, the secret replaced by a password kept in the OS keyring), see the
connection (server, who you are, connected / offline / syncing, last sync), leave the team.
Network and keyring work runs through the window's TaskRunner."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flegme.errors import FlegmeError
from flegme.team.session import TeamLogin, join, leave, probe_with
from flegme.ui.labels import who
from flegme.ui.tasks import TaskRunner
from flegme.ui.team_page import TeamPage

if TYPE_CHECKING:
    from flegme.ui.team_mode import TeamMode


class TeamSettingsPage(QWidget):
    """Join (when this computer has not joined), or the connection and Leave."""

    def __init__(self, runner: TaskRunner, mode: TeamMode | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamSettings")
        self.runner = runner
        self.mode = mode
        layout = QVBoxLayout(self)
        self.url = QLineEdit()
        self.url.setObjectName("teamUrl")
        self.url.setPlaceholderText("postgresql://LOGIN@HOST/DATABASE")
        self.secret = QLineEdit()
        self.secret.setObjectName("teamSecret")
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.ca_file = QLineEdit()
        self.ca_file.setPlaceholderText(self.tr("The system's certificates"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(browse)
        self.join_button = QPushButton(self.tr("Join the team"))
        self.join_button.setObjectName("teamJoin")
        self.join_button.clicked.connect(self.join)
        self.leave_button = QPushButton(self.tr("Leave the team on this computer"))
        self.leave_button.setObjectName("teamLeave")
        self.leave_button.clicked.connect(self.leave)
        self.message = QLabel()
        self.message.setObjectName("teamSettingsMessage")
        self.message.setWordWrap(True)
        self.join_form = QWidget()
        form = QFormLayout(self.join_form)
        form.addRow(self.tr("Server address"), self.url)
        form.addRow(self.tr("One-time secret"), self.secret)
        form.addRow(self.tr("Server's CA certificate"), ca_row)
        form.addRow("", self.join_button)
        self.page: TeamPage | None = None
        if mode is not None:
            login = mode.login
            sync = None if mode.on_server or mode.vault is None else mode.sync_blocking
            self.page = TeamPage(runner, probe=lambda: probe_with(login), sync=sync)
            self.page.show_status(mode.status)
            self.page.status_changed.connect(mode.set_status)
            mode.status_changed.connect(self.page.show_status)
            layout.addWidget(self.page, 1)
            layout.addWidget(self.leave_button)
            self.join_form.hide()
        else:
            intro = QLabel(self.tr("Working with an assistant and a comms lead? Ask them for an "
                                   "invitation (an address and a one-time secret), then join "
                                   "here. The secret is replaced by a password kept in the "
                                   "system keyring."))
            intro.setWordWrap(True)
            layout.addWidget(intro)
            self.leave_button.hide()
        layout.addWidget(self.join_form)
        layout.addWidget(self.message)
        layout.addStretch(1)

    def _browse_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The server's CA certificate"))
        if path:
            self.ca_file.setText(path)

    def join(self) -> None:
        """Join the server given, off the GUI thread."""
        url, secret, ca = self.url.text().strip(), self.secret.text(), self.ca_file.text().strip()
        if not url:
            self.message.setText(self.tr("Give the server address from your invitation."))
            return
        self.join_button.setEnabled(False)
        self.message.setText(self.tr("Joining…"))
        self.runner.run_task(lambda: join(url, secret, ca), self._joined, key="team-join",
                             on_error=self._join_failed)

    def _joined(self, login: TeamLogin) -> None:
        self.secret.clear()
        self.join_button.setEnabled(True)
        self.message.setText(self.tr("Joined as %1. The password is in the system keyring. "
                                     "Restart Flegme to work in team mode.").replace(
            "%1", who(login.identity.role, login.identity.name)))

    def _join_failed(self, exc: BaseException) -> None:
        self.join_button.setEnabled(True)
        self.message.setText(str(exc) if isinstance(exc, FlegmeError) else
                             self.tr("Could not join: %1").replace("%1", str(exc)))

    def leave(self) -> None:
        """Forget the server and its password on this computer (takes effect at restart)."""
        self.leave_button.setEnabled(False)
        self.runner.run_task(leave, self._left, key="team-join", on_error=self._join_failed)

    def _left(self, _none: object) -> None:
        self.message.setText(self.tr("This computer has left the team (address and password "
                                     "forgotten). Restart Flegme to work alone."))
