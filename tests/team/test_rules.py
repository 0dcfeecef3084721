"""The rules hold in the database: every forbidden action tried with raw SQL, as each login,
is refused (as a modified client or `psql` would try it)."""

from __future__ import annotations

from typing import Any

import psycopg
import pytest

from flegme.team import audit
from tests.team.conftest import Team

pytestmark = pytest.mark.postgres
EVERYONE = ("leader", "assistant", "comms")


def create(con: Any, *, impulsive: bool = False, body: str = "Twelve bikes repaired.") -> int:
    row = con.execute("SELECT flegme.create_draft(gen_random_uuid(), gen_random_uuid(), 'T', "
                      "%s, 'en', ARRAY['x'], %s, NULL, now())", (body, impulsive)).fetchone()
    return int(row[0])


def move(con: Any, draft: int, expected: str, target: str, *, reason: str | None = None,
         url: str | None = None, text: str | None = None) -> None:
    kind = {"approved": "approve", "changes_requested": "request_changes"}.get(target)
    con.execute("SELECT flegme.change_status(gen_random_uuid(), %s, %s, %s, %s, %s, %s, %s, "
                "NULL, now())", (draft, expected, target, reason, url, kind, text))


def refused(con: Any, statement: str, params: tuple[Any, ...] = (), match: str = "") -> str:
    """Run `statement`, expect the server to refuse it; returns its message."""
    with pytest.raises(psycopg.Error, match=match) as caught:
        con.execute(statement, params)
    return str(caught.value)


def status(team: Team, draft: int) -> str:
    with team.superuser() as con:
        return str(con.execute("SELECT status FROM flegme.drafts WHERE id = %s",
                               (draft,)).fetchone()[0])


@pytest.mark.parametrize("who", EVERYONE)
def test_no_login_writes_a_table_directly(team: Team, who: str) -> None:
    with team.connect("leader") as con:
        draft = create(con)
    with team.connect(who) as con:
        for statement in (
                "UPDATE flegme.drafts SET status = 'approved'",
                "DELETE FROM flegme.drafts",
                "INSERT INTO flegme.drafts (uid, author, title, body, language, platforms, "
                "impulsive, created_at, updated_at, last_edit_at) VALUES (gen_random_uuid(), "
                "session_user, 't', 'b', 'en', '{}', false, now(), now(), now())",
                "INSERT INTO flegme.review_events (uid, draft_id, kind, author, created_at) "
                "SELECT gen_random_uuid(), id, 'approve', session_user, now() FROM flegme.drafts",
                "UPDATE flegme.house_styles SET self_approval = true",
                "INSERT INTO flegme.house_styles VALUES (99, gen_random_uuid(), '', true, 0, "
                "session_user, now())",
                "UPDATE flegme.people SET role = 'comms_lead'",
                "UPDATE flegme.transitions SET to_status = 'approved'",
                "UPDATE flegme.audit SET reason = 'nothing happened'",
                "DELETE FROM flegme.audit",
                "TRUNCATE flegme.audit",
                "INSERT INTO flegme.audit SELECT * FROM flegme.audit LIMIT 1",
                "UPDATE flegme.audit_head SET seq = 0",
                "SELECT flegme.write_audit(NULL, 'forged', NULL, NULL, NULL, NULL, NULL)",
                "CREATE TABLE flegme.mine (x int)",
                "ALTER TABLE flegme.drafts DISABLE ROW LEVEL SECURITY",
                "CREATE ROLE someone LOGIN"):
            refused(con, statement, match="permission denied|must be owner")
    assert status(team, draft) == "draft"


def test_an_assistant_cannot_approve_a_draft_they_wrote(team: Team) -> None:
    with team.connect("assistant") as con:
        draft = create(con)
        move(con, draft, "draft", "in_review")
        refused(con, "SELECT flegme.change_status(gen_random_uuid(), %s, 'in_review', "
                "'approved', NULL, NULL, 'approve', 'fine', NULL, now())", (draft,),
                match="someone else must approve")
    assert status(team, draft) == "in_review"
    with team.connect("assistant2") as con:
        move(con, draft, "in_review", "approved")
    assert status(team, draft) == "approved"


def test_a_leader_approves_their_own_draft_only_when_the_style_allows(team: Team) -> None:
    with team.connect("leader") as con:
        draft = create(con)
        move(con, draft, "draft", "in_review")
        refused(con, "SELECT flegme.change_status(gen_random_uuid(), %s, 'in_review', "
                "'approved', NULL, NULL, 'approve', '', NULL, now())", (draft,),
                match="someone else must approve")
    with team.connect("comms") as con:
        con.execute("SELECT flegme.set_house_style(gen_random_uuid(), 'schema = 1', true, 30)")
    with team.connect("leader") as con:
        move(con, draft, "in_review", "approved")
    assert status(team, draft) == "approved"


@pytest.mark.parametrize("who", ("leader", "assistant"))
def test_only_the_comms_lead_changes_the_house_style(team: Team, who: str) -> None:
    with team.connect(who) as con:
        refused(con, "SELECT flegme.set_house_style(gen_random_uuid(), 'schema = 1', true, 0)",
                match="Only the comms lead")
    with team.connect("comms") as con:
        assert con.execute("SELECT flegme.set_house_style(gen_random_uuid(), 'schema = 1', "
                           "false, 10)").fetchone() == (1,)


def test_only_the_leader_overrides_the_cooling_off_with_a_real_reason(team: Team) -> None:
    with team.connect("leader") as con:
        held = create(con, impulsive=True)
        refused(con, "SELECT flegme.change_status(gen_random_uuid(), %s, 'draft', 'in_review', "
                "NULL, NULL, NULL, NULL, NULL, now())", (held,), match="written in anger")
        for weak in ("cooling-off overridden: x", "cooling-off overridden: urgent",
                     "cooling-off overridden: ok ok"):
            refused(con, "SELECT flegme.change_status(gen_random_uuid(), %s, 'draft', "
                    "'in_review', %s, NULL, NULL, NULL, NULL, now())", (held, weak),
                    match="a few words")
    with team.connect("assistant") as con:
        own = create(con, impulsive=True)
        refused(con, "SELECT flegme.change_status(gen_random_uuid(), %s, 'draft', 'in_review', "
                "'cooling-off overridden: the board asked for it', NULL, NULL, NULL, NULL, "
                "now())", (own,), match="Only the leader")
    with team.connect("leader") as con:
        move(con, held, "draft", "in_review",
             reason="cooling-off overridden: the board asked for it")
    with team.connect("assistant") as con:  # the reviewer is held too
        refused(con, "SELECT flegme.change_status(gen_random_uuid(), %s, 'in_review', "
                "'approved', 'cooling-off overridden: I really want it', NULL, 'approve', '', "
                "NULL, now())", (held,), match="Only the leader")
    assert (status(team, held), status(team, own)) == ("in_review", "draft")


def test_row_level_security_decides_who_sees_which_draft(team: Team) -> None:
    with team.connect("leader") as con:
        mine = create(con)
        sent = create(con)
        move(con, sent, "draft", "in_review")

    def visible(who: str) -> set[int]:
        with team.connect(who) as con:
            return {int(r[0]) for r in con.execute("SELECT id FROM flegme.drafts")}

    assert visible("leader") == {mine, sent}
    assert visible("assistant") == visible("comms") == {sent}
    assert visible("leader2") == set()
    with team.connect("leader2") as con:  # not through the functions either
        refused(con, "SELECT flegme.change_status(gen_random_uuid(), %s, 'in_review', "
                "'archived', NULL, NULL, NULL, NULL, NULL, now())", (sent,),
                match="no draft number")
        assert con.execute("SELECT count(*) FROM flegme.revisions").fetchone() == (0,)
    with team.connect("assistant") as con:
        refused(con, "SELECT flegme.save_revision(gen_random_uuid(), %s, 't', 'b', '{}', "
                "false, NULL, NULL, now())", (mine,), match="no draft number")


def test_reviewers_cannot_write_for_the_author(team: Team) -> None:
    with team.connect("leader") as con:
        draft = create(con)
        move(con, draft, "draft", "in_review")
    with team.connect("assistant") as con:
        move(con, draft, "in_review", "changes_requested", text="Add a figure.")
        refused(con, "SELECT flegme.save_revision(gen_random_uuid(), %s, 't', 'rewritten', "
                "'{}', false, NULL, NULL, now())", (draft,), match="Only the author")
        refused(con, "SELECT flegme.change_status(gen_random_uuid(), %s, 'changes_requested', "
                "'in_review', NULL, NULL, NULL, NULL, NULL, now())", (draft,),
                match="Only the author")
    with team.connect("leader") as con:  # and the author does not review
        move(con, draft, "changes_requested", "in_review")
        refused(con, "SELECT flegme.change_status(gen_random_uuid(), %s, 'in_review', "
                "'changes_requested', NULL, NULL, 'request_changes', 'me', NULL, now())",
                (draft,), match="Only a reviewer")
        refused(con, "SELECT flegme.add_event(gen_random_uuid(), %s, 'comment', 'me', NULL, "
                "0, 1, NULL, now())", (draft,), match="Only the assistant or the comms lead")


@pytest.mark.parametrize("who", ("leader", "assistant"))
def test_only_the_comms_lead_or_the_administrator_invite(team: Team, who: str) -> None:
    with team.connect(who) as con:
        refused(con, "SELECT flegme.invite('mallory', 'comms_lead', 'Mallory', "
                "'SCRAM-SHA-256$4096:abc')", match="Only the comms lead")
    from flegme.team.admin import invite

    with team.connect("comms") as con:
        made = invite(con, "Zoé Test", "assistant", login=f"zoe_{team.dbname[-8:]}")
    assert made.secret and made.login.startswith("zoe_")


def test_the_audit_chain_is_intact_and_append_only_even_for_the_owner(team: Team) -> None:
    with team.connect("leader") as con:
        draft = create(con)
        move(con, draft, "draft", "in_review")
    with team.connect("admin") as con:
        refused(con, "UPDATE flegme.audit SET reason = 'x'", match="append-only")
        refused(con, "DELETE FROM flegme.audit", match="append-only")
        report = audit.verify(con)
    assert report.intact and report.complete and report.checked == 7  # 5 invites, 2 moves
    with team.connect("leader") as con:
        partial = audit.verify(con)
    assert partial.intact and not partial.complete


def test_the_audit_chain_detects_a_row_changed_by_the_superuser(team: Team) -> None:
    with team.connect("leader") as con:
        draft = create(con, impulsive=True)
        move(con, draft, "draft", "in_review",
             reason="cooling-off overridden: the board asked for it")
    with team.superuser() as con:
        con.execute("SET session_replication_role = replica")  # triggers off: a superuser can
        con.execute("UPDATE flegme.audit SET reason = 'routine' WHERE reason LIKE 'cooling%%'")
    with team.connect("comms") as con:
        report = audit.verify(con)
    assert not report.intact
    assert any("was changed after it was written" in p for p in report.problems)


def test_the_audit_chain_detects_a_row_removed_by_the_superuser(team: Team) -> None:
    with team.connect("leader") as con:
        draft = create(con)
        move(con, draft, "draft", "in_review")
        move(con, draft, "in_review", "draft")
    with team.superuser() as con:
        con.execute("SET session_replication_role = replica")
        con.execute("DELETE FROM flegme.audit WHERE seq = 7")
    with team.connect("admin") as con:
        report = audit.verify(con)
    assert any("entries were removed" in p for p in report.problems)
