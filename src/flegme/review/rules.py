"""The review workflow's rules: which steps it allows, who may do what, the cooling-off gate,
and its errors in plain words (each with a code and values, so a window can say it in its own
language)."""

from __future__ import annotations

import math
import re
from datetime import datetime, timedelta
from enum import StrEnum

from flegme.errors import WorkflowError
from flegme.review.models import Draft, Role, Status
from flegme.style.model import HouseStyle

TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.DRAFT: frozenset({Status.IN_REVIEW, Status.ARCHIVED}),
    Status.IN_REVIEW: frozenset({Status.CHANGES_REQUESTED, Status.APPROVED, Status.DRAFT,
                                 Status.ARCHIVED}),
    Status.CHANGES_REQUESTED: frozenset({Status.IN_REVIEW, Status.DRAFT, Status.ARCHIVED}),
    Status.APPROVED: frozenset({Status.PUBLISHED, Status.DRAFT, Status.ARCHIVED}),
    Status.PUBLISHED: frozenset({Status.ARCHIVED}),
    Status.ARCHIVED: frozenset(),  # restored, to the status it had, through `restore`
}
MIN_REASON_WORDS = 3  # "a few words": "urgent" or "x" says nothing an auditor can use


class Action(StrEnum):
    """Something a person does in the review loop."""

    WRITE = "write"  # create and edit drafts, send them to review, take them back
    REVIEW = "review"  # comment on a passage, request changes, approve
    REPLY = "reply"  # answer a comment, mark it resolved
    OVERRIDE = "override"  # send an impulsive draft before it has cooled off
    PUBLISH = "publish"
    SET_STYLE = "set_style"


PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.WRITE: frozenset(Role),
    Action.REVIEW: frozenset({Role.ASSISTANT, Role.COMMS_LEAD}),
    Action.REPLY: frozenset(Role),
    Action.OVERRIDE: frozenset({Role.LEADER}),
    Action.PUBLISH: frozenset({Role.LEADER, Role.ASSISTANT}),
    Action.SET_STYLE: frozenset({Role.COMMS_LEAD}),
}
ROLE_LABELS = {Role.LEADER: "the leader", Role.ASSISTANT: "the assistant",
               Role.COMMS_LEAD: "the comms lead"}
STATUS_LABELS = {Status.DRAFT: "a draft", Status.IN_REVIEW: "in review",
                 Status.CHANGES_REQUESTED: "back for changes", Status.APPROVED: "approved",
                 Status.PUBLISHED: "published", Status.ARCHIVED: "archived"}
TARGET_VERBS = {Status.DRAFT: "taken back to edit", Status.IN_REVIEW: "sent to review",
                Status.CHANGES_REQUESTED: "sent back for changes",
                Status.APPROVED: "approved", Status.PUBLISHED: "marked as published",
                Status.ARCHIVED: "archived"}
ACTION_LABELS = {Action.WRITE: "write or send drafts",
                 Action.REVIEW: "review drafts (comment, request changes, approve)",
                 Action.REPLY: "reply to comments", Action.OVERRIDE: "override the cooling-off",
                 Action.PUBLISH: "mark drafts as published",
                 Action.SET_STYLE: "change the house style"}


class ReviewError(WorkflowError):
    """A step of the review loop that is not allowed; `code` and `params` let the window say
    it in the user's language."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        self.code = code
        self.params = params
        super().__init__(message)


def require(role: Role, action: Action) -> None:
    """Raise unless `role` may do `action`."""
    if role not in PERMISSIONS[action]:
        allowed = " or ".join(ROLE_LABELS[r] for r in Role if r in PERMISSIONS[action])
        raise ReviewError("not_allowed", f"Only {allowed} can {ACTION_LABELS[action]}.",
                          action=action.value, role=role.value)


def check_transition(current: Status, target: Status) -> None:
    """Raise, in plain words, when `current -> target` is not a step of the workflow."""
    if target not in TRANSITIONS[current]:
        raise ReviewError("transition", f"This draft is {STATUS_LABELS[current]}: it cannot be "
                          f"{TARGET_VERBS[target]} now.", current=current.value,
                          target=target.value)


def check_can_approve(role: Role, draft: Draft, style: HouseStyle) -> None:
    """A reviewer approves someone else's draft, unless the style allows self-approval."""
    if style.workflow.self_approval:
        return
    require(role, Action.REVIEW)
    if draft.author_role is role:
        raise ReviewError("self_approval", "You wrote this draft: someone else must approve it "
                          "(the house style does not allow self-approval).")


def cooling_off_until(draft: Draft, style: HouseStyle) -> datetime | None:
    """When an impulsive draft may go forward; None when it is not held back."""
    if not draft.impulsive or style.tone.cooling_off_minutes <= 0:
        return None
    return draft.last_edit_at + timedelta(minutes=style.tone.cooling_off_minutes)


def check_reason(reason: str | None) -> str:
    """A written reason of a few real words; returns it tidied."""
    text = " ".join((reason or "").split())
    if len(re.findall(r"\w{2,}", text)) < MIN_REASON_WORDS:
        raise ReviewError("weak_reason", f"Write the reason in a few words (at least "
                          f"{MIN_REASON_WORDS}): it is kept in the audit trail.",
                          minimum=MIN_REASON_WORDS)
    return text


def check_cooling_off(draft: Draft, style: HouseStyle, now: datetime, role: Role,
                      override_reason: str | None) -> str | None:
    """Raise while an impulsive draft cools off, unless the leader overrides with a real
    reason; returns what to keep in the audit trail."""
    until = cooling_off_until(draft, style)
    if until is None or now >= until:
        return None
    if override_reason is not None and override_reason.strip():
        require(role, Action.OVERRIDE)
        return f"cooling-off overridden: {check_reason(override_reason)}"
    minutes = max(1, math.ceil((until - now).total_seconds() / 60))
    raise ReviewError("cooling_off", f"This draft reads as written in anger. It can go forward "
                      f"in {minutes} minute(s) (at {until:%H:%M} UTC), or now with a reason "
                      "written by the leader.", minutes=minutes, until=until)
