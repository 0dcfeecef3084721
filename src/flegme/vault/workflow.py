"""Review workflow rules: allowed transitions, who may do what, the cooling-off gate."""

from __future__ import annotations

import math
from datetime import datetime, timedelta

from flegme.errors import WorkflowError
from flegme.style.model import HouseStyle
from flegme.vault.models import Draft, Role, Status

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.IN_REVIEW, Status.ARCHIVED}),
    Status.IN_REVIEW: frozenset({Status.CHANGES_REQUESTED, Status.APPROVED, Status.DRAFT,
                                 Status.ARCHIVED}),
    Status.CHANGES_REQUESTED: frozenset({Status.IN_REVIEW, Status.DRAFT, Status.ARCHIVED}),
    Status.APPROVED: frozenset({Status.PUBLISHED, Status.DRAFT, Status.ARCHIVED}),
    Status.PUBLISHED: frozenset({Status.ARCHIVED}),
    Status.ARCHIVED: frozenset(),  # restored through `restore`, to the status it had
}
REVIEWERS = frozenset({Role.ASSISTANT, Role.COMMS_LEAD})


def check_transition(current: Status, target: Status) -> None:
    """Raise a clear WorkflowError when `current -> target` is not a step of the workflow."""
    if target not in TRANSITIONS[current]:
        allowed = ", ".join(sorted(s.value for s in TRANSITIONS[current])) or "restore"
        raise WorkflowError(f"A draft that is '{current.value}' cannot become "
                            f"'{target.value}' (possible: {allowed}).")


def check_can_approve(role: Role, style: HouseStyle) -> None:
    """Only the assistant or the comms lead approve, unless the style allows self-approval."""
    if role not in REVIEWERS and not style.workflow.self_approval:
        raise WorkflowError("Only the assistant or the comms lead can approve a draft "
                            "(the house style does not allow self-approval).")


def check_can_review(role: Role) -> None:
    """Only reviewers request changes."""
    if role not in REVIEWERS:
        raise WorkflowError("Only the assistant or the comms lead can request changes.")


def cooling_off_until(draft: Draft, style: HouseStyle) -> datetime | None:
    """When an impulsive draft may go forward; None when it is not held back."""
    if not draft.impulsive or style.tone.cooling_off_minutes <= 0:
        return None
    return draft.last_edit_at + timedelta(minutes=style.tone.cooling_off_minutes)


def check_cooling_off(draft: Draft, style: HouseStyle, now: datetime, role: Role,
                      override_reason: str | None) -> str | None:
    """Raise while an impulsive draft cools off, unless the leader overrides with a written
    reason; returns the reason to keep in the audit log."""
    until = cooling_off_until(draft, style)
    if until is None or now >= until:
        return None
    reason = (override_reason or "").strip()
    if reason:
        if role is not Role.LEADER:
            raise WorkflowError("Only the leader can override the cooling-off delay.")
        return f"cooling-off overridden: {reason}"
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    raise WorkflowError(
        f"This draft reads as written in anger. It can go forward in {minutes} minute(s) "
        f"(at {until:%H:%M} UTC), or now with a written reason from the leader.")
