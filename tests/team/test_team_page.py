"""The team settings page and the offline banner, offscreen, over a real server."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from flegme.team import credentials
from flegme.team.connect import ServerConfig
from flegme.team.status import State, TeamStatus, sync_now
from flegme.ui.tasks import TaskRunner
from flegme.ui.team_page import TeamBanner, TeamPage
from tests.team.conftest import Team

pytestmark = pytest.mark.gui


def make_page(qtbot: QtBot, **kwargs: object) -> tuple[TeamPage, TeamBanner]:
    page = TeamPage(TaskRunner(synchronous=True), **kwargs)  # type: ignore[arg-type]
    banner = TeamBanner()
    page.status_changed.connect(banner.show_status)
    qtbot.addWidget(page)
    qtbot.addWidget(banner)
    return page, banner


def test_not_joined_says_how_to_join(qtbot: QtBot) -> None:
    page, banner = make_page(qtbot)
    page.check()
    assert page.status.state is State.NOT_JOINED
    assert "flegme team join" in page.message.text()
    assert banner.isHidden() and not page.sync_button.isEnabled()


def test_an_unreachable_server_shows_the_banner(qtbot: QtBot) -> None:
    credentials.save(ServerConfig("127.0.0.1", 9, "flegme", "claire"), "pw")  # nothing there
    page, banner = make_page(qtbot)
    page.check()
    assert page.status.state is State.OFFLINE and page.state.text() == "offline"
    assert not banner.isHidden() and "Keep drafting" in banner.label.text()
    page.show_status(TeamStatus(State.CONNECTED, "x", "Claire"))
    assert banner.isHidden()


@pytest.mark.postgres
def test_connected_shows_the_role_from_the_login_and_syncs(qtbot: QtBot, team: Team,
                                                           tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from flegme.review.identity import Identity
    from flegme.review.models import Role
    from flegme.vault import Vault, VaultRepository

    credentials.save(team.config("leader"), team.password("leader"))
    vault, _ = Vault.create(tmp_path / "v.vault")
    try:
        VaultRepository(vault).create_draft(
            title="Atelier", body="Douze vélos.", language="fr", platforms=["x"],
            impulsive=False, report_json=None, author=Identity("Claire", Role.LEADER),
            at=datetime.now(UTC))
        page, banner = make_page(qtbot, sync=lambda: sync_now(vault))
        page.check()
        assert (page.state.text(), page.person.text(), page.role.text()) == (
            "connected", "Claire", "leader")
        assert page.last_sync.text() == "never" and page.sync_button.isEnabled()
        page.sync_button.click()
        assert page.status.state is State.CONNECTED and page.last_sync.text() != "never"
        assert banner.isHidden()
        with team.connect("leader") as con:
            assert con.execute("SELECT count(*) FROM flegme.drafts").fetchone() == (1,)
    finally:
        vault.close()
