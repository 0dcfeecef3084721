"""The review conformance suite on the team server: each person through their own login
(their own pool of connections), so that the database's rules and row-level security are
in the loop as in real use."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from flegme.errors import VaultError
from flegme.review.models import Status
from flegme.review.repository import DraftRepository
from flegme.review.rules import ReviewError
from flegme.review.service import ReviewService
from flegme.team.connect import pool
from flegme.team.repository import TeamRepository
from tests.review.conformance import (
    ANGRY,
    ASSISTANT,
    CALM,
    COMMS,
    LEADER,
    Clock,
    ReviewConformance,
)
from tests.team.conftest import Team

pytestmark = pytest.mark.postgres


@pytest.fixture
def repositories(team: Team) -> Iterator[dict[str, TeamRepository]]:
    """One repository per person, logged in as them."""
    pools = {who: pool(team.config(who), team.password(who), min_size=1, max_size=2)
             for who in ("leader", "assistant", "comms")}
    try:
        yield {who: TeamRepository(p) for who, p in pools.items()}
    finally:
        for p in pools.values():
            p.close()


class TestTeamReviewLoop(ReviewConformance):
    """ReviewConformance with the team server as the backend. Three tests are restated below
    because row-level security hides a draft never sent from the reviewers (the SQLCipher
    vault, one person's file, has no such rule); each keeps every assertion of the original
    that applies once the draft is visible."""

    @pytest.fixture
    def repository(self, repositories: dict[str, TeamRepository]) -> DraftRepository:
        return repositories["leader"]

    @pytest.fixture
    def leader(self, repositories: dict[str, TeamRepository], clock: Clock) -> ReviewService:
        return ReviewService(repositories["leader"], LEADER, clock=clock)

    @pytest.fixture
    def assistant(self, repositories: dict[str, TeamRepository],
                  clock: Clock) -> ReviewService:
        return ReviewService(repositories["assistant"], ASSISTANT, clock=clock)

    @pytest.fixture
    def comms(self, repositories: dict[str, TeamRepository], clock: Clock) -> ReviewService:
        return ReviewService(repositories["comms"], COMMS, clock=clock)


    # -- where team mode is stricter: a draft never sent stays its author's ------------------

    def test_comments_need_a_draft_in_review_and_a_passage_inside(
            self, leader: ReviewService, assistant: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        with pytest.raises(VaultError, match="no draft"):  # not sent: not the reviewer's
            assistant.comment(draft.id, text="Hm", start=0, end=3)
        leader.send_to_review(draft.id)
        with pytest.raises(ReviewError, match="outside"):
            assistant.comment(draft.id, text="Hm", start=0, end=len(CALM) + 5)
        with pytest.raises(ReviewError, match="Write the comment"):
            assistant.comment(draft.id, text="  ", start=0, end=3)
        with pytest.raises(ReviewError, match="Only the assistant or the comms lead"):
            leader.comment(draft.id, text="Moi", start=0, end=3)
        leader.take_back(draft.id)
        with pytest.raises(ReviewError, match="in review"):  # seen once sent, not commented
            assistant.comment(draft.id, text="Hm", start=0, end=3)

    def test_wrong_steps_are_said_in_plain_words(self, leader: ReviewService,
                                                 assistant: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        with pytest.raises(VaultError, match="no draft"):
            assistant.approve(draft.id)
        leader.send_to_review(draft.id)
        leader.take_back(draft.id)
        with pytest.raises(ReviewError, match="This draft is a draft: it cannot be approved "
                                              "now") as caught:
            assistant.approve(draft.id)
        assert caught.value.code == "transition"
        assert caught.value.params == {"current": "draft", "target": "approved"}
        leader.send_to_review(draft.id)
        assistant.approve(draft.id)
        with pytest.raises(ReviewError, match="This draft is approved: it cannot be approved"):
            assistant.approve(draft.id)
        with pytest.raises(ReviewError, match="address"):
            leader.mark_published(draft.id, url="linkedin")

    def test_an_override_needs_a_real_reason_from_the_leader(
            self, leader: ReviewService, assistant: ReviewService) -> None:
        draft = leader.create_draft(title="", body=ANGRY, platforms=["x"])
        for weak in ("x", "urgent", "ok ok"):
            with pytest.raises(ReviewError, match="a few words") as caught:
                leader.send_to_review(draft.id, override_reason=weak)
            assert caught.value.code == "weak_reason"
        with pytest.raises(VaultError, match="no draft"):  # not even visible to them
            assistant.send_to_review(draft.id, override_reason="the board asked for it")
        own = assistant.create_draft(title="", body=ANGRY, platforms=["x"])
        with pytest.raises(ReviewError, match="Only the leader"):
            assistant.send_to_review(own.id, override_reason="the board asked for it")
        sent = leader.send_to_review(draft.id, override_reason="The board asked for it today")
        assert sent.status is Status.IN_REVIEW
        assert leader.held_reason(draft.id) == ("cooling-off overridden: The board asked for "
                                                "it today")
        assert leader.audit_log(draft.id)[-1].reason == leader.held_reason(draft.id)
        with pytest.raises(ReviewError, match="anger"):  # the reviewer is held too
            assistant.approve(draft.id)


def test_the_identity_comes_from_the_login(repositories: dict[str, TeamRepository]) -> None:
    assert repositories["leader"].whoami() == LEADER
    assert repositories["assistant"].whoami() == ASSISTANT
    assert repositories["comms"].whoami() == COMMS
