"""The team settings page (server, who you are there, connection state, last sync) and the
banner shown while the team server cannot be reached. The role shown comes from the login on
the server; it is not chosen here. Work runs off the GUI thread (TaskRunner)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from flegme.team.status import State, TeamStatus
from flegme.ui.tasks import TaskRunner


class TeamBanner(QFrame):
    """A clear line across the window while the team server is unreachable."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamBanner")
        self.setStyleSheet("#teamBanner { background: #fff3cd; border: 1px solid #e0c36a; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.on_server = False  # the assistant and the comms lead: nothing to draft offline
        layout = QHBoxLayout(self)
        layout.addWidget(self.label)
        self.hide()

    def show_status(self, status: TeamStatus) -> None:
        """Visible when offline, hidden otherwise."""
        if status.state is State.OFFLINE:
            self.label.setText(self.tr(
                "The team server cannot be reached. The queue and the comments come back as "
                "soon as it answers.") if self.on_server else self.tr(
                "The team server cannot be reached. Keep drafting: your work stays on this "
                "computer and is sent at the next sync."))
            self.label.setToolTip(status.message)
            self.show()
        else:
            self.hide()


class TeamPage(QWidget):
    """Team settings: server, identity and role (from the login), state, last sync."""

    status_changed = Signal(object)  # TeamStatus

    def __init__(self, runner: TaskRunner, *, probe: Callable[[], TeamStatus] | None = None,
                 sync: Callable[[], TeamStatus] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from flegme.team.status import probe as default_probe

        self.runner = runner
        self._probe = probe or default_probe
        self._sync = sync
        self.status = TeamStatus(State.NOT_JOINED)
        self.server = QLabel()
        self.person = QLabel()
        self.role = QLabel()
        self.state = QLabel()
        self.last_sync = QLabel()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.refusals = QListWidget()
        self.check_button = QPushButton(self.tr("Check the connection"))
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setEnabled(False)
        form = QFormLayout()
        form.addRow(self.tr("Server"), self.server)
        form.addRow(self.tr("You"), self.person)
        form.addRow(self.tr("Role (from your login)"), self.role)
        form.addRow(self.tr("Status"), self.state)
        form.addRow(self.tr("Last sync"), self.last_sync)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(QLabel(self.tr("Refused by the server or waiting:")))
        layout.addWidget(self.refusals)
        layout.addLayout(buttons)
        self.check_button.clicked.connect(self.check)
        self.sync_button.clicked.connect(self.sync_now)
        self.show_status(self.status)

    def check(self) -> None:
        """Ask the server who we are, off the GUI thread."""
        self.state.setText(self.tr("checking…"))
        self.runner.run_task(self._probe, self.show_status, key="team-status",
                             on_error=self._failed)

    def sync_now(self) -> None:
        """Sync the vault with the server, off the GUI thread."""
        if self._sync is None:
            return
        self.show_status(TeamStatus(State.SYNCING, self.status.server, self.status.person,
                                    self.status.role, last_sync=self.status.last_sync))
        self.runner.run_task(self._sync, self.show_status, key="team-status",
                             on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.show_status(TeamStatus(State.OFFLINE, self.status.server, message=str(exc)))

    def show_status(self, status: Any) -> None:
        """Show a TeamStatus (and tell the window, for its banner)."""
        if status.last_sync is None and self.status.last_sync is not None:
            from dataclasses import replace

            status = replace(status, last_sync=self.status.last_sync)
        self.status = status
        labels = {State.NOT_JOINED: self.tr("not joined"), State.CONNECTED: self.tr("connected"),
                  State.OFFLINE: self.tr("offline"), State.SYNCING: self.tr("syncing…")}
        roles = {"leader": self.tr("leader"), "assistant": self.tr("assistant"),
                 "comms_lead": self.tr("comms lead")}
        self.state.setText(labels[status.state])
        self.server.setText(status.server or "—")
        self.person.setText(status.person or "—")
        self.role.setText(roles[status.role.value] if status.role is not None else "—")
        self.last_sync.setText(status.last_sync.astimezone().strftime("%Y-%m-%d %H:%M")
                               if status.last_sync else self.tr("never"))
        self.message.setText(status.message)
        self.refusals.clear()
        self.refusals.addItems(list(status.refusals))
        self.sync_button.setEnabled(self._sync is not None and status.state is State.CONNECTED)
        self.status_changed.emit(status)
