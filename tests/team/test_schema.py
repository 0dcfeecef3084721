"""`flegme team init`: the schema, versioned, applied once, the workflow table as in Python."""

from __future__ import annotations

import pytest

from flegme.review.rules import TRANSITIONS
from flegme.team import migrations
from tests.team.conftest import Team

pytestmark = pytest.mark.postgres


def test_init_applies_every_step_once(team: Team) -> None:
    with team.connect("admin") as con:
        assert migrations.schema_version(con) == migrations.LATEST
        assert migrations.migrate(con) == migrations.LATEST  # again: nothing to do


def test_the_transitions_table_is_the_workflows(team: Team) -> None:
    with team.connect("leader") as con:
        rows = con.execute("SELECT from_status, to_status FROM flegme.transitions").fetchall()
    assert set(rows) == {(a.value, b.value) for a, targets in TRANSITIONS.items()
                         for b in targets}


def test_people_have_the_role_they_were_invited_with(team: Team) -> None:
    for who, role in (("leader", "leader"), ("assistant", "assistant"),
                      ("comms", "comms_lead")):
        with team.connect(who) as con:
            row = con.execute("SELECT * FROM flegme.whoami()").fetchone()
            assert row == (team.logins[who], role, row[2])
