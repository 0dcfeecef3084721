"""Human words for statuses, roles, review events and workflow errors, in the UI language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from flegme.errors import FlegmeError
from flegme.review.rules import ReviewError
from flegme.vault.models import Role, Status


def _t(text: str) -> str:
    return QCoreApplication.translate("labels", text)


def status_label(status: Status) -> str:
    """"in review", "back for changes", ..."""
    return {Status.DRAFT: _t("draft"), Status.IN_REVIEW: _t("in review"),
            Status.CHANGES_REQUESTED: _t("changes requested"), Status.APPROVED: _t("approved"),
            Status.PUBLISHED: _t("published"), Status.ARCHIVED: _t("archived")}[status]


def role_label(role: Role) -> str:
    """"leader", "assistant", "comms lead"."""
    return {Role.LEADER: _t("leader"), Role.ASSISTANT: _t("assistant"),
            Role.COMMS_LEAD: _t("comms lead")}[role]


def event_label(kind: str) -> str:
    """"comment", "approved", "changes requested", "reply"."""
    return {"comment": _t("comment"), "reply": _t("reply"), "approve": _t("approved"),
            "request_changes": _t("changes requested")}.get(kind, kind)


def who(role: Role, name: str) -> str:
    """"Sam (assistant)", or the role alone when no name is known."""
    return f"{name} ({role_label(role)})" if name and name != role.value else role_label(role)


def when(moment: datetime) -> str:
    """Local day and time, short."""
    return f"{moment.astimezone():%d/%m %H:%M}"


def _verb(target: str) -> str:
    return {"draft": _t("taken back to edit"), "in_review": _t("sent to review"),
            "changes_requested": _t("sent back for changes"), "approved": _t("approved"),
            "published": _t("marked as published"), "archived": _t("archived")}.get(target,
                                                                                   target)


def error_text(exc: FlegmeError) -> str:
    """A workflow error in plain words in the UI language (other errors as they are)."""
    if not isinstance(exc, ReviewError):
        return str(exc)
    p = exc.params
    if exc.code == "transition":
        return (_t("This draft is %1: it cannot be %2 now.")
                .replace("%1", status_label(Status(str(p["current"]))))
                .replace("%2", _verb(str(p["target"]))))
    if exc.code == "cooling_off":
        until = p["until"]
        clock = until.astimezone().strftime("%H:%M") if isinstance(until, datetime) else ""
        return (_t("This draft reads as written in anger. It can go forward in %1 minute(s) "
                   "(at %2), or now with a reason written by the leader.")
                .replace("%1", str(p["minutes"])).replace("%2", clock))
    texts = {
        "weak_reason": _t("Write the reason in a few words (at least three): it is kept in "
                          "the audit trail."),
        "take_back": _t("This draft is in review or approved: what the reviewer saw stays "
                        "fixed. Take it back to edit it first."),
        "locked": _t("A published or archived draft cannot be edited; restore it or start a "
                     "new draft."),
        "self_approval": _t("You wrote this draft: someone else must approve it (the house "
                            "style does not allow self-approval)."),
        "not_in_review": _t("Comments go on a draft in review."),
        "outside": _t("The commented passage lies outside the text."),
        "bad_url": _t("Give the published post's address (https://...)."),
        "not_archived": _t("Only an archived draft can be restored."),
    }
    if exc.code == "not_allowed":
        return {
            "review": _t("Only the assistant or the comms lead can review a draft (comment, "
                         "request changes, approve)."),
            "override": _t("Only the leader can send a draft before it has cooled off."),
            "set_style": _t("Only the comms lead can change the house style."),
            "publish": _t("Only the leader or the assistant can mark a draft as published."),
        }.get(str(p["action"]), _t("Your role cannot do this."))
    if exc.code == "empty":
        return _t("Write something first.")
    return texts.get(exc.code, str(exc))
