"""Live updates: a change made by one person reaches another person's client through
LISTEN/NOTIFY well within a second; without notifications, a poll tick."""

from __future__ import annotations

import pytest

from flegme.team.live import Change, ChangeFeed, parse
from tests.team.conftest import Team
from tests.team.test_rules import create, move

pytestmark = pytest.mark.postgres


def test_a_submission_reaches_the_assistants_client(team: Team) -> None:
    feed = ChangeFeed(team.config("assistant"), team.password("assistant"), poll_interval=5)
    try:
        assert feed.wait(0.01) == [Change(None, "poll")]  # listening, nothing yet
        with team.connect("leader") as con:
            draft = create(con)
            move(con, draft, "draft", "in_review")
        # a poll tick would be Change(None, "poll"): this one is the server's notification
        assert Change(draft, "status") in feed.wait(5)
        with team.connect("comms") as con:
            con.execute("SELECT flegme.set_house_style(gen_random_uuid(), 'schema = 1', "
                        "false, 30)")
        assert Change(None, "house_style") in feed.wait(5)
    finally:
        feed.close()


def test_wait_for_checks_again_on_each_change(team: Team) -> None:
    feed = ChangeFeed(team.config("leader"), team.password("leader"), poll_interval=0.2)
    try:
        calls: list[int] = []

        def ready() -> bool:
            calls.append(1)
            return len(calls) >= 3

        assert feed.wait_for(ready, timeout=5)
        assert not feed.wait_for(lambda: False, timeout=0.3)
    finally:
        feed.close()


def test_a_damaged_payload_is_a_poll() -> None:
    assert parse("not json") == Change(None, "poll")
    assert parse('{"draft": 4, "kind": "comment"}') == Change(4, "comment")
