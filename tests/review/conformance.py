"""What every draft-repository backend must do, exercised through the review service.

A backend runs this suite by providing a `repository` fixture that yields a fresh, empty
`DraftRepository` (see tests/review/conftest.py: add a factory to BACKENDS, or subclass
`ReviewConformance` in a module of its own with its own `repository` fixture)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from flegme.errors import VaultError, WorkflowError
from flegme.review.identity import Identity
from flegme.review.models import Role, Status
from flegme.review.repository import DraftRepository
from flegme.review.rules import ReviewError
from flegme.review.service import ReviewService

ANGRY = "They NEVER answer. What a pathetic joke, and we know who you are!!!"
CALM = "Nous avons réparé douze vélos à l'atelier de Lyon cette semaine."
LEADER = Identity("Claire", Role.LEADER)
ASSISTANT = Identity("Sam", Role.ASSISTANT)
COMMS = Identity("Noor", Role.COMMS_LEAD)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


class ReviewConformance:
    """The review loop's behaviour over one backend (fixture `repository` required)."""

    @pytest.fixture
    def clock(self) -> Clock:
        return Clock()

    @pytest.fixture
    def leader(self, repository: DraftRepository, clock: Clock) -> ReviewService:
        return ReviewService(repository, LEADER, clock=clock)

    @pytest.fixture
    def assistant(self, repository: DraftRepository, clock: Clock) -> ReviewService:
        return ReviewService(repository, ASSISTANT, clock=clock)

    @pytest.fixture
    def comms(self, repository: DraftRepository, clock: Clock) -> ReviewService:
        return ReviewService(repository, COMMS, clock=clock)

    # -- drafts ------------------------------------------------------------------------------

    def test_the_service_checks_the_text_itself(self, leader: ReviewService) -> None:
        angry = leader.create_draft(title="", body=ANGRY, platforms=["linkedin"])
        calm = leader.create_draft(title="Atelier", body=CALM, platforms=["linkedin"])
        assert angry.impulsive and not calm.impulsive
        assert angry.title == "They NEVER answer. What a pathetic"  # first words
        assert calm.language == "fr" and calm.platforms == ("linkedin",)
        assert calm.status is Status.DRAFT
        leader.save(calm.id, body=ANGRY)
        assert leader.get_draft(calm.id).impulsive
        assert leader.get_draft(calm.id).title == "Atelier"  # a title someone gave stays
        leader.save(angry.id, body=CALM)
        assert leader.get_draft(angry.id).title == "Nous avons réparé douze vélos à"

    def test_saving_nothing_new_makes_no_revision(self, leader: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        assert leader.save(draft.id, body=CALM) is None
        revision = leader.save(draft.id, body=CALM + " Merci !", platforms=["x", "linkedin"])
        assert revision is not None and revision.number == 2
        assert leader.get_draft(draft.id).platforms == ("x", "linkedin")
        assert [r.number for r in leader.revisions(draft.id)] == [1, 2]

    def test_list_and_search(self, leader: ReviewService, clock: Clock) -> None:
        first = leader.create_draft(title="Réparation", body=CALM, platforms=[])
        clock.advance(1)
        second = leader.create_draft(title="Other", body="Twelve bikes repaired.", platforms=[])
        assert [d.id for d in leader.list_drafts()] == [second.id, first.id]
        assert [d.id for d in leader.search("reparation")] == [first.id]
        assert [d.id for d in leader.search("BIKE")] == [second.id]

    def test_unknown_ids_are_clear(self, leader: ReviewService) -> None:
        with pytest.raises(VaultError):
            leader.get_draft(999)
        with pytest.raises(VaultError):
            leader.save(999, body="x")

    # -- the loop ----------------------------------------------------------------------------

    def test_the_whole_loop(self, leader: ReviewService, assistant: ReviewService,
                            clock: Clock) -> None:
        draft = leader.create_draft(title="Atelier", body=CALM, platforms=["linkedin"])
        sent = leader.send_to_review(draft.id)
        assert sent.status is Status.IN_REVIEW and sent.review_revision_id is not None
        assert [d.id for d in assistant.review_queue()] == [draft.id]
        start = CALM.index("douze vélos")
        comment = assistant.comment(draft.id, text="Combien exactement ?", start=start,
                                    end=start + len("douze vélos"))
        assistant.request_changes(draft.id, text="Ajoutez un chiffre précis.")
        assert leader.get_draft(draft.id).status is Status.CHANGES_REQUESTED
        assert leader.new_feedback() == {draft.id: 2}
        thread = next(t for t in leader.threads(draft.id) if t.event.id == comment.id)
        assert thread.anchor is not None and thread.anchor.quote == "douze vélos"
        assert (thread.anchor.start, thread.anchor.outdated) == (start, False)
        assert thread.event.author_name == "Sam"
        leader.mark_read(draft.id)
        assert leader.new_feedback() == {}
        clock.advance(5)
        new_body = "Cette semaine : " + CALM
        leader.save(draft.id, body=new_body)
        moved = next(t for t in leader.threads(draft.id) if t.event.id == comment.id)
        assert moved.anchor is not None and moved.anchor.start == start + len("Cette semaine : ")
        reply = leader.reply(comment.id, draft.id, text="Douze, vérifié avec l'atelier.")
        assert reply.parent_id == comment.id and reply.kind == "reply"
        leader.resolve(comment.id, draft.id)
        assert assistant.new_feedback() == {draft.id: 1}  # the leader's reply
        leader.send_to_review(draft.id)
        diff = assistant.review_diff(draft.id)
        assert diff is not None and diff.reviewed is not None
        assert (diff.reviewed.body, diff.current.body) == (CALM, new_body)
        threads = assistant.threads(draft.id)
        assert threads[0].event.resolved and [r.text for r in threads[0].replies] == [
            "Douze, vérifié avec l'atelier."]
        assistant.approve(draft.id, text="Parfait.")
        published = leader.mark_published(draft.id, url="https://www.linkedin.com/posts/1")
        assert published.status is Status.PUBLISHED
        log = leader.audit_log(draft.id)
        assert [a.to_status for a in log] == [
            Status.DRAFT, Status.IN_REVIEW, Status.CHANGES_REQUESTED, Status.IN_REVIEW,
            Status.APPROVED, Status.PUBLISHED]
        assert [a.author_name for a in log] == ["Claire", "Claire", "Sam", "Claire", "Sam",
                                                "Claire"]

    def test_a_draft_in_review_is_taken_back_to_edit(self, leader: ReviewService,
                                                     assistant: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        leader.send_to_review(draft.id)
        with pytest.raises(ReviewError, match="Take it back to edit") as caught:
            leader.save(draft.id, body=CALM + " Bravo.")
        assert caught.value.code == "take_back"
        assert leader.get_draft(draft.id).body == CALM  # nothing lost, nothing changed
        leader.take_back(draft.id)
        leader.save(draft.id, body=CALM + " Bravo.")
        leader.send_to_review(draft.id)
        assistant.approve(draft.id)
        with pytest.raises(ReviewError, match="Take it back"):
            leader.save(draft.id, body="Autre chose.")
        assert leader.take_back(draft.id).status is Status.DRAFT

    def test_comments_on_a_changed_passage_are_outdated(self, leader: ReviewService,
                                                        assistant: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        leader.send_to_review(draft.id)
        start = CALM.index("Lyon")
        comment = assistant.comment(draft.id, text="Quelle rue ?", start=start,
                                    end=start + 4)
        whole = assistant.comment(draft.id, text="Bien dans l'ensemble.", start=3, end=3)
        assistant.request_changes(draft.id, text="Précisez le lieu.")
        leader.save(draft.id, body=CALM.replace("Lyon", "Villeurbanne"))
        threads = {t.event.id: t for t in leader.threads(draft.id)}
        outdated = threads[comment.id].anchor
        assert outdated is not None and outdated.outdated and outdated.quote == "Lyon"
        assert outdated.start is None
        assert threads[whole.id].anchor is None  # about the whole draft: no empty quote

    def test_comments_need_a_draft_in_review_and_a_passage_inside(
            self, leader: ReviewService, assistant: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        with pytest.raises(ReviewError, match="in review"):
            assistant.comment(draft.id, text="Hm", start=0, end=3)
        leader.send_to_review(draft.id)
        with pytest.raises(ReviewError, match="outside"):
            assistant.comment(draft.id, text="Hm", start=0, end=len(CALM) + 5)
        with pytest.raises(ReviewError, match="Write the comment"):
            assistant.comment(draft.id, text="  ", start=0, end=3)
        with pytest.raises(ReviewError, match="Only the assistant or the comms lead"):
            leader.comment(draft.id, text="Moi", start=0, end=3)

    # -- rules -----------------------------------------------------------------------------

    def test_wrong_steps_are_said_in_plain_words(self, leader: ReviewService,
                                                 assistant: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
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

    def test_request_changes_needs_what_to_change(self, leader: ReviewService,
                                                  assistant: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        leader.send_to_review(draft.id)
        with pytest.raises(ReviewError, match="Say what should change"):
            assistant.request_changes(draft.id, text=" ")
        with pytest.raises(ReviewError, match="Only the assistant or the comms lead"):
            leader.request_changes(draft.id, text="Moi-même")

    def test_no_self_approval_unless_the_style_allows_it(
            self, leader: ReviewService, assistant: ReviewService,
            comms: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        leader.send_to_review(draft.id)
        with pytest.raises(ReviewError, match="Only the assistant or the comms lead"):
            leader.approve(draft.id)
        own = assistant.create_draft(title="B", body=CALM, platforms=["x"])
        assistant.send_to_review(own.id)
        with pytest.raises(ReviewError, match="someone else must approve") as caught:
            assistant.approve(own.id)
        assert caught.value.code == "self_approval"
        comms.approve(own.id)
        comms.set_house_style("schema = 1\n[workflow]\nself_approval = true\n")
        assert leader.approve(draft.id).status is Status.APPROVED

    def test_cooling_off_holds_an_angry_draft(self, leader: ReviewService,
                                              assistant: ReviewService, clock: Clock) -> None:
        draft = leader.create_draft(title="", body=ANGRY, platforms=["x"])
        until = leader.cooling_off_until(draft.id)
        assert until is not None and until - clock() == timedelta(minutes=30)
        with pytest.raises(ReviewError, match="in 30 minute") as caught:
            leader.send_to_review(draft.id)
        assert caught.value.code == "cooling_off" and caught.value.params["minutes"] == 30
        clock.advance(31)
        assert leader.cooling_off_until(draft.id) is None
        assert leader.send_to_review(draft.id).status is Status.IN_REVIEW
        assert leader.held_reason(draft.id) is None

    def test_editing_restarts_the_cooling_off_clock(self, leader: ReviewService,
                                                    clock: Clock) -> None:
        draft = leader.create_draft(title="", body=ANGRY, platforms=["x"])
        clock.advance(25)
        leader.save(draft.id, body=ANGRY + " Again!!!")
        clock.advance(10)  # 35 minutes after the first text, 10 after the last edit
        with pytest.raises(ReviewError, match="in 20 minute"):
            leader.send_to_review(draft.id)
        leader.save(draft.id, body=CALM)
        assert leader.cooling_off_until(draft.id) is None
        assert leader.send_to_review(draft.id).status is Status.IN_REVIEW

    def test_an_override_needs_a_real_reason_from_the_leader(
            self, leader: ReviewService, assistant: ReviewService) -> None:
        draft = leader.create_draft(title="", body=ANGRY, platforms=["x"])
        for weak in ("x", "urgent", "ok ok"):
            with pytest.raises(ReviewError, match="a few words") as caught:
                leader.send_to_review(draft.id, override_reason=weak)
            assert caught.value.code == "weak_reason"
        with pytest.raises(ReviewError, match="Only the leader"):
            assistant.send_to_review(draft.id, override_reason="the board asked for it")
        sent = leader.send_to_review(draft.id, override_reason="The board asked for it today")
        assert sent.status is Status.IN_REVIEW
        assert leader.held_reason(draft.id) == ("cooling-off overridden: The board asked for "
                                                "it today")
        assert leader.audit_log(draft.id)[-1].reason == leader.held_reason(draft.id)
        with pytest.raises(ReviewError, match="anger"):  # the reviewer is held too
            assistant.approve(draft.id)

    def test_the_style_in_force_comes_from_the_store(self, leader: ReviewService,
                                                     comms: ReviewService) -> None:
        draft = leader.create_draft(title="", body=ANGRY, platforms=["x"])
        assert leader.cooling_off_until(draft.id) is not None
        with pytest.raises(ReviewError, match="Only the comms lead"):
            leader.set_house_style("schema = 1\n")
        with pytest.raises(WorkflowError):
            leader.set_house_style("schema = 1\n")
        from flegme.errors import StyleError

        with pytest.raises(StyleError):
            comms.set_house_style("schema = 1\n[tone]\nthreshold = 400\n")
        comms.set_house_style("schema = 1\n[tone]\ncooling_off_minutes = 0\n")
        assert leader.house_style().tone.cooling_off_minutes == 0
        assert leader.cooling_off_until(draft.id) is None

    def test_archive_and_restore(self, leader: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        leader.send_to_review(draft.id)
        assert leader.archive(draft.id).status is Status.ARCHIVED
        with pytest.raises(ReviewError, match="cannot be edited"):
            leader.save(draft.id, body="Autre")
        assert leader.restore(draft.id).status is Status.IN_REVIEW
        with pytest.raises(ReviewError, match="Only an archived draft"):
            leader.restore(draft.id)

    def test_a_status_changed_meanwhile_is_refused(self, repository: DraftRepository,
                                                   leader: ReviewService,
                                                   clock: Clock) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        with pytest.raises(WorkflowError, match="changed meanwhile"):
            repository.change_status(draft.id, expected=Status.IN_REVIEW,
                                     target=Status.APPROVED, actor=ASSISTANT, at=clock())
        assert leader.get_draft(draft.id).status is Status.DRAFT

    def test_feedback_is_new_until_read(self, leader: ReviewService,
                                        assistant: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        other = leader.create_draft(title="B", body=CALM, platforms=["x"])
        leader.send_to_review(draft.id)
        leader.send_to_review(other.id)
        assistant.comment(draft.id, text="Un point.", start=0, end=4)
        assert leader.new_feedback() == {draft.id: 1}
        assert assistant.new_feedback() == {}
        leader.mark_read(draft.id)
        assistant.comment(draft.id, text="Un autre.", start=5, end=9)
        assert leader.new_feedback() == {draft.id: 1}

    def test_dismissals(self, leader: ReviewService) -> None:
        draft = leader.create_draft(title="A", body=CALM, platforms=["x"])
        with pytest.raises(VaultError, match="scope"):
            leader.dismiss(draft.id, rule="jargon.term", start=0, end=4, excerpt="Nous",
                           scope="forever")
        kept = leader.dismiss(draft.id, rule="jargon.term", start=0, end=4, excerpt="Nous",
                              scope="draft")
        proposed = leader.dismiss(draft.id, rule="jargon.term", start=5, end=11,
                                  excerpt="avons", scope="proposed_allow")
        assert [d.id for d in leader.dismissals(draft.id)] == [kept.id, proposed.id]
        assert [d.excerpt for d in leader.proposed_allow_terms()] == ["avons"]
        leader.restore_dismissal(proposed.id)
        assert leader.proposed_allow_terms() == []
        assert [d.restored for d in leader.dismissals(draft.id)] == [False, True]
