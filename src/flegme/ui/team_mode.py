"""Team mode in the window: which store the review service uses (the server for the assistant
and the comms lead, the local vault for the leader, synced in the background), the live
listener bridged to the GUI thread, the offline banner and the refusals line.

Syncs and probes run through the window's TaskRunner; the listener is one long-lived thread
of its own (a blocking LISTEN would hold a pool thread forever), which only emits signals."""

from __future__ import annotations

import threading
import time
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from flegme.review.models import Role
from flegme.review.service import ReviewService
from flegme.team.live import POLL_INTERVAL_S, Change, ChangeFeed
from flegme.team.session import TeamLogin, probe_with, sync_with
from flegme.team.status import State, TeamStatus
from flegme.ui.tasks import TaskRunner

LISTEN_SLICE_S = 0.25  # how long one LISTEN wait lasts: the listener stops within this
SYNC_DEBOUNCE_MS = 150  # a save and a send made together go up in one sync (saves are
# already debounced by the editor's autosave)
LEADER_POLL_S = 30.0  # without notifications, the leader still syncs this often
RETRY_S = 2.0  # while the server is away, the listener tries again this often


class LiveBridge(QObject):
    """LISTEN/NOTIFY on a thread of its own; changes and poll ticks reach the GUI thread as
    signals (queued: the receivers live there)."""

    changed = Signal(object)  # list[Change]
    reachable = Signal(bool)

    def __init__(self, login: TeamLogin, *, poll_interval: float = POLL_INTERVAL_S,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.login = login
        self.poll_interval = poll_interval
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Start listening (once)."""
        if self._thread is None:
            self._thread = threading.Thread(target=self._loop, name="flegme-live", daemon=True)
            self._thread.start()

    def stop(self, timeout: float = 3.0) -> None:
        """Stop listening and wait for the thread."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)
            self._thread = None

    def _loop(self) -> None:
        feed = ChangeFeed(self.login.config, self.login.password,
                          poll_interval=self.poll_interval)
        online: bool | None = None
        last_tick = time.monotonic()
        try:
            while not self._stop.is_set():
                changes = [c for c in feed.wait(LISTEN_SLICE_S) if c.kind != "poll"]
                if feed.online != online:
                    online = feed.online
                    self.reachable.emit(online)
                if not feed.online:
                    self._stop.wait(RETRY_S)  # no busy reconnecting to an absent server
                now = time.monotonic()
                if not changes and now - last_tick >= self.poll_interval:
                    changes = [Change(None, "poll")]  # the fallback poll
                if changes:
                    last_tick = now
                    self.changed.emit(changes)
        finally:
            feed.close()


class TeamBannerLine(QFrame):
    """A plain line that says what the server refused (or what waits), with a close button."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamRefusals")
        self.setStyleSheet("#teamRefusals { background: #f8d7da; border: 1px solid #e4a0a8; }")
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.hide)
        layout = QHBoxLayout(self)
        layout.addWidget(self.label, 1)
        layout.addWidget(close)
        self.hide()

    def show_refusals(self, lines: tuple[str, ...]) -> None:
        """Show the server's refusals (hidden when there are none)."""
        if not lines:
            return
        self.label.setText(self.tr("The team server did not take everything:") + "\n" +
                           "\n".join(f"• {line}" for line in lines))
        self.show()


class TeamMode(QObject):
    """The window's team connection: its review service, status, background sync and live
    updates."""

    status_changed = Signal(object)  # TeamStatus
    remote_changed = Signal()  # something changed on the server (or came down by sync)
    refused = Signal(object)  # tuple[str, ...]: the server's refusals after a sync

    def __init__(self, login: TeamLogin, vault: Any, runner: TaskRunner, *,
                 poll_interval: float | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.login = login
        self.identity = login.identity
        self.vault = vault
        self.runner = runner
        self.pool: Any = None
        self.server_service: ReviewService | None = None
        self.status = TeamStatus(State.SYNCING, login.config.url(), login.identity.name,
                                 login.identity.role, message=self.tr("Checking the team "
                                                                      "server…"))
        self.bridge = LiveBridge(login, poll_interval=poll_interval or POLL_INTERVAL_S,
                                 parent=self)
        self.bridge.changed.connect(self._remote)
        self.bridge.reachable.connect(self._reachable)
        self._sync_lock = threading.Lock()  # one sync at a time, from any thread
        self._sync_running = False
        self._sync_again = False
        self._last_poll_sync = 0.0
        self.sync_timer = QTimer(self, singleShot=True, interval=SYNC_DEBOUNCE_MS)
        self.sync_timer.timeout.connect(self.sync)

    @property
    def on_server(self) -> bool:
        """Whether this person works on the server (assistant, comms lead)."""
        return self.identity.role is not Role.LEADER

    def service(self) -> ReviewService | None:
        """The review loop: on the server for the assistant and the comms lead, in the local
        vault (synced) for the leader."""
        if self.on_server:
            from flegme.team.repository import TeamRepository
            from flegme.team.session import lazy_pool

            self.pool = lazy_pool(self.login.config, self.login.password)
            self.server_service = ReviewService(TeamRepository(self.pool), self.identity)
            return self.server_service
        if self.vault is None:
            return None
        from flegme.vault import VaultRepository

        return ReviewService(VaultRepository(self.vault), self.identity, clock=self.vault.clock)

    def start(self) -> None:
        """Listen, and check the server (the leader: sync at once)."""
        self.bridge.start()
        if self.on_server or self.vault is None:
            self.check()
        else:
            self.sync()

    def stop(self) -> None:
        """Stop listening, wait for a running sync, close the pool."""
        self.sync_timer.stop()
        self.bridge.stop()
        with self._sync_lock:  # a sync in flight finishes before the vault closes
            pass
        if self.pool is not None:
            self.pool.close()
            self.pool = None

    # -- status ------------------------------------------------------------------------------

    def set_status(self, status: TeamStatus) -> None:
        """A new status (from a probe, a sync, the listener or the settings page)."""
        if status.last_sync is None and self.status.last_sync is not None:
            status = replace(status, last_sync=self.status.last_sync)
        if status == self.status:
            return
        self.status = status
        self.status_changed.emit(status)

    def check(self) -> None:
        """Ask the server who we are, off the GUI thread."""
        login = self.login
        self.runner.run_task(lambda: probe_with(login), self.set_status, key="team-probe",
                             on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.went_away(exc)

    def went_away(self, exc: BaseException) -> None:
        """A read from the server failed: the banner says so (the status goes offline)."""
        self.set_status(replace(self.status, state=State.OFFLINE, message=str(exc)))

    def _reachable(self, online: bool) -> None:
        if not online:
            self.set_status(replace(self.status, state=State.OFFLINE, message=self.tr(
                "The team server does not answer.")))
        elif self.on_server or self.vault is None:
            self.check()
            self.remote_changed.emit()
        else:
            self.sync()  # back: what was written offline goes up now

    def _remote(self, changes: list[Change]) -> None:
        if self.on_server or self.vault is None:
            self.remote_changed.emit()
            return
        real = [c for c in changes if c.kind != "poll"]
        now = time.monotonic()
        if real or now - self._last_poll_sync >= LEADER_POLL_S:
            self._last_poll_sync = now
            self.sync()

    # -- the leader's sync ---------------------------------------------------------------------

    def sync_soon(self) -> None:
        """Sync shortly (edits close together go in one sync)."""
        if not self.on_server and self.vault is not None:
            self.sync_timer.start()

    def sync_blocking(self) -> TeamStatus:
        """One sync (any thread); the status after it."""
        with self._sync_lock:
            status, _report = sync_with(self.vault, self.login)
        return status

    def sync(self) -> None:
        """Push and pull in the background (one at a time; asked again while running: once
        more after it)."""
        if self.on_server or self.vault is None:
            return
        if self._sync_running:
            self._sync_again = True
            return
        self._sync_running = True
        if self.status.state is not State.OFFLINE:
            self.set_status(replace(self.status, state=State.SYNCING, message=""))
        login, vault, lock = self.login, self.vault, self._sync_lock

        def work() -> tuple[TeamStatus, Any]:
            with lock:
                return sync_with(vault, login)

        self.runner.run_task(work, self._synced, on_error=self._sync_failed)

    def _synced(self, result: tuple[TeamStatus, Any]) -> None:
        status, report = result
        self._sync_running = False
        self.set_status(status)
        if report is not None and (report.pulled or report.refused):
            self.remote_changed.emit()
        if report is not None and report.refused:  # new ones only: each is said once
            self.refused.emit(tuple(report.refused))
        if self._sync_again:
            self._sync_again = False
            self.sync()

    def _sync_failed(self, exc: BaseException) -> None:
        self._sync_running = False
        self._failed(exc)


def install(window: Any, mode: TeamMode) -> QWidget:
    """Wire team mode into the main window: banner and refusals above the tabs, the identity
    in the status bar, live refreshes, a sync after the leader's saves. Returns the central
    widget (banners + tabs)."""
    from PySide6.QtWidgets import QVBoxLayout

    from flegme.ui.labels import who as person_label
    from flegme.ui.team_page import TeamBanner

    central = QWidget()
    layout = QVBoxLayout(central)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    window.team_banner = TeamBanner(central)
    window.team_banner.on_server = mode.on_server
    window.team_refusals = TeamBannerLine(central)
    layout.addWidget(window.team_banner)
    layout.addWidget(window.team_refusals)
    layout.addWidget(window.tabs, 1)
    mode.status_changed.connect(window.team_banner.show_status)
    mode.refused.connect(window.team_refusals.show_refusals)
    identity = QLabel(QCoreApplication.translate("TeamMode", "Team: %1").replace(
        "%1", person_label(mode.identity.role, mode.identity.name)))
    identity.setObjectName("teamIdentity")
    identity.setToolTip(mode.login.config.url())
    window.statusBar().addPermanentWidget(identity)
    window.team_identity = identity

    def attach(status: TeamStatus) -> None:
        # the server's store is used once the server answered: the window never opens
        # blocked on an absent server, and says so in the banner meanwhile
        if status.state is State.CONNECTED and window.service is None and \
                mode.server_service is not None:
            window.service = window.leader.service = window.review.service = \
                window.audit.service = mode.server_service
            window._follow_style()
            window._load_proposals()
            refresh()

    def refresh() -> None:  # (all read off the GUI thread; a failed style read goes
        # offline in the banner, see MainWindow._read_failed)
        window.review.refresh()
        window.audit.refresh()
        window._follow_style()  # the comms lead may have changed it
        window.leader.refresh_list()
        if window.review.draft_id is not None and window.review.service is not None:
            window.review._show_events()

    mode.status_changed.connect(attach)
    mode.remote_changed.connect(refresh)
    window.leader.status.connect(lambda _text: mode.sync_soon())
    window.review.changed.connect(mode.sync_soon)
    return central
