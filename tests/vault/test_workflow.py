"""Review workflow: transitions, roles, the cooling-off gate, comments and audit log."""

from __future__ import annotations

import pytest

from flegme.engine.engine import check_text
from flegme.errors import WorkflowError
from flegme.review.models import Role, Status
from flegme.style.loader import default_style, parse_style
from flegme.vault import Vault
from tests.vault.conftest import Clock

STYLE = default_style()
ANGRY = "They NEVER answer. What a pathetic joke, and we know who you are!!!"


def _draft(vault: Vault, body: str = "Nous avons réparé douze vélos.") -> int:
    return vault.create_draft(title="Atelier", body=body, language="fr",
                              platforms=["linkedin"], role=Role.LEADER,
                              report=check_text(body)).id


def test_full_review_walk(vault: Vault) -> None:
    draft_id = _draft(vault)
    vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE)
    assert [d.id for d in vault.review_queue()] == [draft_id]
    revision = vault.revisions(draft_id)[-1]
    comment = vault.comment(draft_id, revision_id=revision.id, start=0, end=10,
                            text="Plus concret ?", role=Role.ASSISTANT)
    assert (comment.start, comment.end, comment.kind) == (0, 10, "comment")
    vault.request_changes(draft_id, role=Role.ASSISTANT, text="Ajoutez un chiffre.")
    assert vault.get_draft(draft_id).status is Status.CHANGES_REQUESTED
    vault.save_revision(draft_id, body="Nous avons réparé douze vélos en 2 h.", role=Role.LEADER)
    vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE)
    vault.approve(draft_id, role=Role.ASSISTANT, style=STYLE)
    published = vault.mark_published(draft_id, role=Role.LEADER,
                                     url="https://www.linkedin.com/posts/x")
    assert published.status is Status.PUBLISHED
    assert published.published_url == "https://www.linkedin.com/posts/x"
    kinds = [e.kind for e in vault.review_events(draft_id)]
    assert kinds == ["comment", "request_changes", "approve"]
    statuses = [a.to_status for a in vault.audit_log(draft_id)]
    assert statuses == [Status.DRAFT, Status.IN_REVIEW, Status.CHANGES_REQUESTED,
                        Status.IN_REVIEW, Status.APPROVED, Status.PUBLISHED]


def test_invalid_transitions_are_clear(vault: Vault) -> None:
    draft_id = _draft(vault)
    with pytest.raises(WorkflowError, match="cannot become 'approved'"):
        vault.approve(draft_id, role=Role.ASSISTANT, style=STYLE)
    with pytest.raises(WorkflowError, match="cannot become 'published'"):
        vault.mark_published(draft_id, role=Role.LEADER, url="https://x.example/p")


def test_only_reviewers_approve_unless_self_approval(vault: Vault) -> None:
    draft_id = _draft(vault)
    vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE)
    with pytest.raises(WorkflowError, match="Only the assistant or the comms lead"):
        vault.approve(draft_id, role=Role.LEADER, style=STYLE)
    relaxed = parse_style("schema = 1\n[workflow]\nself_approval = true\n")
    assert vault.approve(draft_id, role=Role.LEADER, style=relaxed).status is Status.APPROVED


def test_impulsive_draft_cools_off(vault: Vault, clock: Clock) -> None:
    draft_id = _draft(vault, ANGRY)
    assert vault.get_draft(draft_id).impulsive
    until = vault.cooling_off_until(draft_id, STYLE)
    assert until is not None and (until - clock()).total_seconds() == 30 * 60
    with pytest.raises(WorkflowError, match="in 30 minute"):
        vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE)
    clock.advance(31)
    assert vault.cooling_off_until(draft_id, STYLE) is None
    vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE)


def test_leader_can_override_with_a_written_reason(vault: Vault) -> None:
    draft_id = _draft(vault, ANGRY)
    with pytest.raises(WorkflowError, match="Only the leader"):
        vault.submit_for_review(draft_id, role=Role.ASSISTANT, style=STYLE,
                                override_reason="urgent")
    vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE,
                            override_reason="Reply to a safety incident, checked by legal.")
    reasons = [a.reason for a in vault.audit_log(draft_id) if a.reason]
    assert reasons == ["cooling-off overridden: Reply to a safety incident, checked by legal."]


def test_editing_restarts_the_cooling_off_clock(vault: Vault, clock: Clock) -> None:
    draft_id = _draft(vault, ANGRY)
    clock.advance(25)
    vault.save_revision(draft_id, body=ANGRY + " Again!!!", role=Role.LEADER,
                        report=check_text(ANGRY + " Again!!!"))
    clock.advance(10)
    with pytest.raises(WorkflowError):
        vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE)
    calm = "We are talking with their team to fix the delays."
    vault.save_revision(draft_id, body=calm, role=Role.LEADER, report=check_text(calm))
    vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE)


def test_archive_and_restore(vault: Vault) -> None:
    draft_id = _draft(vault)
    vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE)
    vault.archive(draft_id, role=Role.LEADER)
    with pytest.raises(WorkflowError):
        vault.save_revision(draft_id, body="x", role=Role.LEADER)
    assert vault.restore(draft_id, role=Role.LEADER).status is Status.IN_REVIEW


def test_editing_an_approved_draft_sends_it_back(vault: Vault) -> None:
    draft_id = _draft(vault)
    vault.submit_for_review(draft_id, role=Role.LEADER, style=STYLE)
    vault.approve(draft_id, role=Role.COMMS_LEAD, style=STYLE)
    vault.save_revision(draft_id, body="A different text.", role=Role.LEADER)
    assert vault.get_draft(draft_id).status is Status.DRAFT


def test_only_the_comms_lead_changes_the_house_style(vault: Vault) -> None:
    with pytest.raises(WorkflowError, match="comms lead"):
        vault.set_house_style("schema = 1\n", role=Role.LEADER)
    first = vault.set_house_style("schema = 1\n", role=Role.COMMS_LEAD)
    second = vault.set_house_style("schema = 1\n[tone]\nthreshold = 40\n", role=Role.COMMS_LEAD)
    assert second > first
    assert vault.house_style_text() == "schema = 1\n[tone]\nthreshold = 40\n"
    assert len(vault.house_style_versions()) == 2
    from flegme.errors import StyleError

    with pytest.raises(StyleError):
        vault.set_house_style("schema = 1\n[tone]\nthreshold = 400\n", role=Role.COMMS_LEAD)


def test_comment_outside_the_text_is_refused(vault: Vault) -> None:
    from flegme.errors import VaultError

    draft_id = _draft(vault)
    rev = vault.revisions(draft_id)[0]
    with pytest.raises(VaultError, match="outside"):
        vault.comment(draft_id, revision_id=rev.id, start=0, end=10_000, text="?",
                      role=Role.ASSISTANT)


def test_dismissals_are_remembered_and_restorable(vault: Vault) -> None:
    draft_id = _draft(vault)
    d = vault.dismiss(draft_id, rule="jargon.term", start=0, end=4, excerpt="Nous",
                      scope="draft", role=Role.LEADER)
    vault.dismiss(draft_id, rule="jargon.acronym", start=0, end=3, excerpt="RSE",
                  scope="proposed_allow", role=Role.LEADER)
    assert [p.excerpt for p in vault.proposed_allow_terms()] == ["RSE"]
    vault.restore_dismissal(d.id)
    assert [x.restored for x in vault.dismissals(draft_id)] == [True, False]
