"""The workflow's table and the cooling-off gate, as pure rules (the service applies them; the
conformance suite checks it does over every backend)."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, timedelta

import pytest

from flegme.review.models import Draft, Role, Status
from flegme.review.rules import TRANSITIONS, ReviewError, check_transition, cooling_off_until
from flegme.style.loader import default_style, parse_style

EDITED = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _draft(*, impulsive: bool) -> Draft:
    return Draft(id=1, title="t", body="b", language="fr", platforms=(), status=Status.DRAFT,
                 author_role=Role.LEADER, created_at=EDITED, updated_at=EDITED,
                 last_edit_at=EDITED, published_url=None, impulsive=impulsive)


def test_every_status_has_its_steps_and_an_archived_draft_only_restores() -> None:
    assert set(TRANSITIONS) == set(Status)
    assert TRANSITIONS[Status.ARCHIVED] == frozenset()
    assert TRANSITIONS[Status.PUBLISHED] == frozenset({Status.ARCHIVED})
    assert all(Status.ARCHIVED in TRANSITIONS[s] for s in Status if s is not Status.ARCHIVED)


@pytest.mark.parametrize(("current", "target"), [(Status.DRAFT, Status.APPROVED),
                                                 (Status.DRAFT, Status.PUBLISHED),
                                                 (Status.PUBLISHED, Status.DRAFT)])
def test_a_step_outside_the_table_is_refused_in_plain_words(current: Status,
                                                             target: Status) -> None:
    with pytest.raises(ReviewError, match=r"^This draft is ") as caught:
        check_transition(current, target)
    assert caught.value.code == "transition"
    assert caught.value.params == {"current": current.value, "target": target.value}


def test_a_step_in_the_table_passes() -> None:
    check_transition(Status.DRAFT, Status.IN_REVIEW)
    check_transition(Status.APPROVED, Status.PUBLISHED)


def test_only_an_impulsive_draft_cools_off_and_only_when_the_style_says_so() -> None:
    style = default_style()
    minutes = style.tone.cooling_off_minutes
    assert cooling_off_until(_draft(impulsive=True), style) == EDITED + timedelta(minutes=minutes)
    assert cooling_off_until(_draft(impulsive=False), style) is None
    no_delay = parse_style("schema = 1\n[tone]\ncooling_off_minutes = 0\n")
    assert cooling_off_until(_draft(impulsive=True), no_delay) is None
    later = dataclasses.replace(_draft(impulsive=True), last_edit_at=EDITED + timedelta(hours=1))
    assert cooling_off_until(later, style) == EDITED + timedelta(hours=1, minutes=minutes)
