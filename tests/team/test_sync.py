"""Offline first: the leader works in the local vault; sync pushes drafts, revisions,
submissions and replies, and pulls comments, decisions and house styles; it is idempotent,
and a status change the server refuses is said plainly, losing nothing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from flegme.review.identity import Identity
from flegme.review.models import Role, Status
from flegme.review.service import ReviewService
from flegme.team.connect import pool
from flegme.team.repository import TeamRepository
from flegme.team.sync import sync
from flegme.vault import Vault, VaultRepository
from tests.team.conftest import Team

pytestmark = pytest.mark.postgres
CALM = "Nous avons réparé douze vélos à l'atelier de Lyon cette semaine."
LEADER = Identity("Claire", Role.LEADER)


@pytest.fixture
def vault(tmp_path: Path) -> Iterator[Vault]:
    opened, _recovery = Vault.create(tmp_path / "leader.vault")
    try:
        yield opened
    finally:
        opened.close()


@pytest.fixture
def assistant(team: Team) -> Iterator[ReviewService]:
    connections = pool(team.config("assistant"), team.password("assistant"), max_size=2)
    try:
        repo = TeamRepository(connections)
        yield ReviewService(repo, repo.whoami())
    finally:
        connections.close()


def run_sync(team: Team, vault: Vault):  # type: ignore[no-untyped-def]
    with team.connect("leader") as con:
        return sync(vault, con)


def test_the_loop_through_sync(team: Team, vault: Vault, assistant: ReviewService) -> None:
    leader = ReviewService(VaultRepository(vault), LEADER)
    draft = leader.create_draft(title="Atelier", body=CALM, platforms=["linkedin"])
    leader.save(draft.id, body=CALM + " Merci à l'équipe.")
    private = leader.create_draft(title="Brouillon", body="Pas encore prêt.", platforms=["x"])
    leader.send_to_review(draft.id)
    first = run_sync(team, vault)
    assert first.pushed == 4 and not first.refused  # 2 drafts, 1 revision, 1 submission
    queue = assistant.review_queue()
    assert [d.title for d in queue] == ["Atelier"]  # the other one stays the leader's
    server_id = queue[0].id
    assert [r.body for r in assistant.revisions(server_id)] == [CALM, CALM + " Merci à l'équipe."]
    start = CALM.index("douze")
    comment = assistant.comment(server_id, text="Combien ?", start=start, end=start + 5)
    assistant.request_changes(server_id, text="Précisez.")
    second = run_sync(team, vault)
    assert second.pulled == 3 and second.pushed == 0  # comment, change request, status
    assert leader.get_draft(draft.id).status is Status.CHANGES_REQUESTED
    thread = next(t for t in leader.threads(draft.id) if t.event.kind == "comment")
    assert thread.event.author_name == "Sam" and thread.anchor is not None
    assert thread.anchor.quote == "douze"
    assert leader.new_feedback() == {draft.id: 2}
    leader.save(draft.id, body="Cette semaine : " + CALM)
    leader.reply(thread.event.id, draft.id, text="Douze, vérifié.")
    leader.resolve(thread.event.id, draft.id)
    leader.send_to_review(draft.id)
    third = run_sync(team, vault)
    assert third.pushed == 4 and not third.refused  # revision, submission, reply, resolved
    threads = assistant.threads(server_id)
    assert threads[0].event.id == comment.id and threads[0].event.resolved
    assert [r.text for r in threads[0].replies] == ["Douze, vérifié."]
    assert assistant.get_draft(server_id).status is Status.IN_REVIEW
    again = run_sync(team, vault)
    assert (again.pushed, again.pulled, again.refused) == (0, 0, [])
    assert private.id != draft.id


def test_house_styles_come_down(team: Team, vault: Vault) -> None:
    connections = pool(team.config("comms"), team.password("comms"), max_size=1)
    try:
        comms = ReviewService(TeamRepository(connections), Identity("Noor", Role.COMMS_LEAD))
        comms.set_house_style("schema = 1\n[tone]\ncooling_off_minutes = 5\n")
    finally:
        connections.close()
    leader = ReviewService(VaultRepository(vault), LEADER)
    assert leader.house_style().tone.cooling_off_minutes == 30
    assert run_sync(team, vault).pulled == 1
    assert leader.house_style().tone.cooling_off_minutes == 5
    assert run_sync(team, vault).pulled == 0


def test_a_refused_status_change_is_said_plainly_and_loses_nothing(
        team: Team, vault: Vault, assistant: ReviewService) -> None:
    leader = ReviewService(VaultRepository(vault), LEADER)
    draft = leader.create_draft(title="Atelier", body=CALM, platforms=["linkedin"])
    leader.send_to_review(draft.id)
    run_sync(team, vault)
    server_id = assistant.review_queue()[0].id
    leader.take_back(draft.id)  # offline: the leader takes it back and edits
    leader.save(draft.id, body=CALM + " Et demain, Villeurbanne.")
    assistant.approve(server_id, text="Parfait.")  # meanwhile, on the server
    report = run_sync(team, vault)
    assert len(report.refused) == 1
    assert "changed meanwhile" in report.refused[0] and "“Atelier”" in report.refused[0]
    assert len(report.waiting) == 1 and "kept on this computer" in report.waiting[0]
    here = leader.get_draft(draft.id)
    assert here.status is Status.APPROVED  # the server's word
    assert [r.body for r in leader.revisions(draft.id)][-1].endswith("Villeurbanne.")
    assert [r.body for r in assistant.revisions(server_id)] == [CALM]
    leader.take_back(draft.id)  # now the edit can go
    later = run_sync(team, vault)
    assert not later.refused and not later.waiting
    assert [r.body for r in assistant.revisions(server_id)][-1].endswith("Villeurbanne.")
    assert assistant.get_draft(server_id).status is Status.DRAFT


def test_dismissals_go_up_and_handled_proposals_come_back(team: Team, vault: Vault) -> None:
    leader = ReviewService(VaultRepository(vault), LEADER)
    draft = leader.create_draft(title="Atelier", body=CALM, platforms=["linkedin"])
    kept = leader.dismiss(draft.id, rule="jargon.term", start=0, end=4, excerpt="Nous",
                          scope="draft")
    leader.dismiss(draft.id, rule="jargon.term", start=5, end=10, excerpt="avons",
                   scope="proposed_allow")
    leader.send_to_review(draft.id)
    assert run_sync(team, vault).pushed == 4  # draft, 2 dismissals, submission
    connections = pool(team.config("comms"), team.password("comms"), max_size=1)
    try:
        comms = ReviewService(TeamRepository(connections), Identity("Noor", Role.COMMS_LEAD))
        proposals = comms.proposed_allow_terms()
        assert [p.excerpt for p in proposals] == ["avons"]
        comms.restore_dismissal(proposals[0].id)  # the comms lead handled it
    finally:
        connections.close()
    assert run_sync(team, vault).pulled == 1
    assert leader.proposed_allow_terms() == []
    assert [d.restored for d in leader.dismissals(draft.id)] == [False, True]
    leader.restore_dismissal(kept.id)
    assert run_sync(team, vault).pushed == 1
    with team.connect("leader") as con:
        assert con.execute("SELECT bool_and(restored) FROM flegme.dismissals").fetchone() == (
            True,)
    again = run_sync(team, vault)
    assert (again.pushed, again.pulled) == (0, 0)
