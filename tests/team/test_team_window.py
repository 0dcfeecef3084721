"""Team mode in the window, two windows on one real server: the leader drafts in the local
vault (synced in the background), the assistant works on the server; live updates carry the
loop both ways; with the server stopped the banner shows and the leader keeps drafting; a
refused status change is said plainly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from flegme.errors import FlegmeError
from flegme.review.models import Role, Status
from flegme.review.service import ReviewService
from flegme.settings import Settings
from flegme.team.live import Change
from flegme.team.session import TeamLogin, whoami
from flegme.team.status import State
from flegme.ui import team_mode
from flegme.ui.main_window import MainWindow
from flegme.vault import Vault, VaultRepository
from tests.team.conftest import Team

pytestmark = [pytest.mark.gui, pytest.mark.postgres]
CALM = "Nous avons réparé douze vélos à l'atelier de Lyon cette semaine. 🚲"


def login(team: Team, who: str) -> TeamLogin:
    """A joined login as the window gets it (identity from the server)."""
    config, password = team.config(who), team.password(who)
    return TeamLogin(config, password, whoami(config, password))


def idle(window: MainWindow) -> bool:
    assert window.team is not None
    return not window.team._sync_running and not window.team.sync_timer.isActive()


@pytest.fixture
def windows(qtbot: QtBot, team: Team, tmp_path: Path,
            monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[MainWindow, MainWindow]]:
    """The leader's window (local vault, team mode) and the assistant's (on the server). The
    fallback poll is set far away: what arrives in time came by LISTEN/NOTIFY."""
    monkeypatch.setattr(team_mode, "POLL_INTERVAL_S", 120.0)
    vault, _ = Vault.create(tmp_path / "leader.vault")
    # the settings say "assistant": in team mode the login decides
    leader = MainWindow(vault, Settings(role="assistant"), team=login(team, "leader"))
    assistant = MainWindow(None, Settings(role="leader"), team=login(team, "assistant"))
    for window in (leader, assistant):
        qtbot.addWidget(window)
    qtbot.waitUntil(lambda: assistant.service is not None, timeout=10_000)
    qtbot.waitUntil(lambda: leader.team is not None and
                    leader.team.status.state is State.CONNECTED and idle(leader),
                    timeout=10_000)
    yield leader, assistant
    for window in (leader, assistant):
        window.close()


def write_and_send(window: MainWindow, body: str) -> int:
    view = window.leader
    view.new_draft()
    view.editor.setPlainText(body)
    view.send_to_review()
    window.runner.settle()  # written by the window's queue
    assert view.draft_id is not None
    return view.draft_id


def test_the_role_comes_from_the_login(qtbot: QtBot,
                                       windows: tuple[MainWindow, MainWindow]) -> None:
    leader, assistant = windows
    assert (leader.role, assistant.role) == (Role.LEADER, Role.ASSISTANT)
    assert assistant.tabs.currentWidget() is assistant.review
    assert leader.team_identity.text() == "Team: Claire (leader)"
    assert assistant.team_identity.text() == "Team: Sam (assistant)"
    dialog = leader.open_settings()
    assert not dialog.role.isEnabled() and dialog.role.currentData() == "leader"
    assert dialog.result_settings().role == "assistant"  # the stored setting is untouched
    page = dialog.team_page.page
    assert page is not None and page.person.text() == "Claire" and page.role.text() == "leader"
    qtbot.waitUntil(lambda: page.state.text() == "connected", timeout=5_000)
    assert page.last_sync.text() != "never" and page.sync_button.isEnabled()
    page.sync_button.click()  # through the window's sync (one at a time)
    qtbot.waitUntil(lambda: page.state.text() == "connected", timeout=5_000)
    dialog.reject()


def test_the_loop_between_two_windows_is_live(
        qtbot: QtBot, windows: tuple[MainWindow, MainWindow]) -> None:
    leader, assistant = windows
    assert assistant.team is not None and leader.team is not None
    heard: list[Change] = []
    assistant.team.bridge.changed.connect(heard.extend)
    local_id = write_and_send(leader, CALM)
    # the leader's window syncs in the background; the assistant's queue follows
    qtbot.waitUntil(lambda: assistant.review.model.rowCount() == 1, timeout=5_000)
    assert any(c.kind != "poll" for c in heard)  # a notification, not the fallback poll
    summary = assistant.review.model.summary(0)
    assert summary is not None and summary.title.startswith("Nous avons")
    assistant.review.open_draft(summary.id)
    assistant.runner.settle()  # read through the window's queue
    assert assistant.review.reader.toPlainText() == CALM
    assistant.review.request_changes_with("Ajoutez le lien vers l'atelier.")
    qtbot.waitUntil(lambda: assistant.review.model.rowCount() == 0, timeout=5_000)

    def feedback_shown() -> bool:
        threads = leader.leader.feedback.threads
        return any("Ajoutez le lien" in t.event.text for t in threads)

    qtbot.waitUntil(feedback_shown, timeout=5_000)
    assert leader.service is not None
    assert leader.service.get_draft(local_id).status is Status.CHANGES_REQUESTED
    assert "Changes requested" in leader.leader.state.text()


def test_server_stopped_banner_offline_drafting_then_sync(
        qtbot: QtBot, team: Team, windows: tuple[MainWindow, MainWindow]) -> None:
    leader, _assistant = windows
    assert leader.team_banner.isHidden()
    team.cluster.stop()
    try:
        qtbot.waitUntil(lambda: not leader.team_banner.isHidden(), timeout=10_000)
        assert "cannot be reached" in leader.team_banner.label.text()
        assert leader.team is not None and leader.team.status.state is State.OFFLINE
        view = leader.leader
        view.new_draft()
        view.editor.setPlainText("Écrit hors ligne : merci aux bénévoles du samedi.")
        view.autosave()  # the local vault: no waiting on the absent server
        leader.runner.settle()
        assert view.draft_id is not None and leader.service is not None
        assert isinstance(leader.service.repo, VaultRepository)
        assert leader.service.get_draft(view.draft_id).body.startswith("Écrit hors ligne")
        qtbot.waitUntil(lambda: idle(leader), timeout=10_000)
        assert not leader.team_banner.isHidden()
    finally:
        team.cluster.start()
    # back: the listener reconnects, the leader's window syncs, the banner goes
    qtbot.waitUntil(lambda: leader.team_banner.isHidden(), timeout=15_000)

    def on_server() -> int:
        with team.connect("leader") as con:
            return int(con.execute("SELECT count(*) FROM flegme.drafts WHERE body LIKE "
                                   "'Écrit hors ligne%'").fetchone()[0])

    qtbot.waitUntil(lambda: idle(leader) and on_server() == 1, timeout=10_000)


def test_a_refused_status_change_is_shown_plainly(
        qtbot: QtBot, team: Team, windows: tuple[MainWindow, MainWindow]) -> None:
    leader, assistant = windows
    local_id = write_and_send(leader, CALM)
    qtbot.waitUntil(lambda: assistant.review.model.rowCount() == 1, timeout=5_000)
    qtbot.waitUntil(lambda: idle(leader), timeout=5_000)
    server_id = assistant.review.model.summary(0).id  # type: ignore[union-attr]
    # the leader takes the draft back while the assistant approves it on the server, before
    # the leader's next sync: the server keeps the approval and refuses the take-back
    leader.leader.open_draft(local_id)
    leader.runner.settle()
    leader.leader.take_back()
    leader.runner.settle()
    assert assistant.service is not None
    ReviewService(assistant.service.repo, assistant.service.identity).approve(
        server_id, text="Parfait.")
    qtbot.waitUntil(lambda: not leader.team_refusals.isHidden(), timeout=5_000)
    text = leader.team_refusals.label.text()
    assert "did not take everything" in text and "refused" in text
    qtbot.waitUntil(lambda: idle(leader), timeout=5_000)
    assert leader.service is not None
    assert leader.service.get_draft(local_id).status is Status.APPROVED  # the server's word


def test_join_and_leave_from_the_settings_dialog(qtbot: QtBot, team: Team) -> None:
    from flegme.team import credentials
    from flegme.team.connect import connect
    from flegme.team.errors import TeamUnavailableError
    from flegme.team.session import current_login
    from flegme.ui.settings_dialog import SettingsDialog
    from flegme.ui.tasks import TaskRunner
    from flegme.ui.team_mode import TeamMode

    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    page = dialog.team_page
    assert page.page is None and page.leave_button.isHidden()
    assert dialog.role.isEnabled()  # alone: the role is a setting
    page.url.setText(team.config("leader").url())
    page.secret.setText("not the secret")
    page.join_button.click()
    assert "cannot be reached" in page.message.text() or "password" in page.message.text()
    assert current_login() is None  # nothing kept
    page.secret.setText(team.password("leader"))
    page.join_button.click()
    assert "Joined as Claire (leader)" in page.message.text(), page.message.text()
    assert page.secret.text() == ""
    joined = current_login()
    assert joined is not None and joined.identity.name == "Claire"
    assert joined.identity.role is Role.LEADER
    assert joined.password != team.password("leader")  # the one-time secret is spent
    with pytest.raises(TeamUnavailableError):
        connect(team.config("leader"), team.password("leader")).close()
    runner = TaskRunner(synchronous=True)
    mode = TeamMode(joined, None, runner)
    in_team = SettingsDialog(Settings(), team=mode, runner=runner)
    qtbot.addWidget(in_team)
    assert not in_team.role.isEnabled() and not in_team.team_page.leave_button.isHidden()
    in_team.team_page.leave_button.click()
    assert "left the team" in in_team.team_page.message.text()
    assert current_login() is None
    with pytest.raises(FlegmeError):
        credentials.load()


def test_the_assistant_opens_while_the_server_is_away(qtbot: QtBot, team: Team) -> None:
    sam = login(team, "assistant")  # joined earlier: the identity is remembered
    team.cluster.stop()
    try:
        window = MainWindow(None, Settings(), team=sam)
        qtbot.addWidget(window)
        # opened without the server: the role remembered, the server's store not used yet
        assert window.role is Role.ASSISTANT and window.service is None
        qtbot.waitUntil(lambda: not window.team_banner.isHidden(), timeout=15_000)
        assert "queue and the comments come back" in window.team_banner.label.text()
    finally:
        team.cluster.start()
    qtbot.waitUntil(lambda: window.service is not None, timeout=15_000)
    qtbot.waitUntil(lambda: window.team_banner.isHidden(), timeout=15_000)
    window.close()


def test_the_comms_leads_new_style_reaches_the_leaders_window(
        qtbot: QtBot, team: Team, windows: tuple[MainWindow, MainWindow]) -> None:
    from flegme.resources import resource_path
    from flegme.team.connect import pool
    from flegme.team.repository import TeamRepository

    leader, _assistant = windows
    assert leader.house.tone.cooling_off_minutes == 30
    text = resource_path("styles", "default.toml").read_text(encoding="utf-8").replace(
        "cooling_off_minutes = 30", "cooling_off_minutes = 45")
    connections = pool(team.config("comms"), team.password("comms"), max_size=1)
    try:
        repo = TeamRepository(connections)
        ReviewService(repo, repo.whoami()).set_house_style(text)
    finally:
        connections.close()
    # notified -> the leader's window syncs, pulls the style, and checks with it
    qtbot.waitUntil(lambda: leader.house.tone.cooling_off_minutes == 45, timeout=5_000)
    assert leader.engine.style is leader.house
