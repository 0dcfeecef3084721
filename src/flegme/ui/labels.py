"""Human words for statuses, roles, review events and workflow errors, in the UI language."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QObject

from flegme.errors import FlegmeError
from flegme.review.models import Role, Status
from flegme.review.rules import ReviewError


class Labels(QObject):
    """The words themselves (a class, so that lupdate collects its `tr` calls)."""

    def status(self, status: Status) -> str:
        """"in review", "changes requested", ..."""
        return {Status.DRAFT: self.tr("draft"), Status.IN_REVIEW: self.tr("in review"),
                Status.CHANGES_REQUESTED: self.tr("changes requested"),
                Status.APPROVED: self.tr("approved"), Status.PUBLISHED: self.tr("published"),
                Status.ARCHIVED: self.tr("archived")}[status]

    def role(self, role: Role) -> str:
        """"leader", "assistant", "comms lead"."""
        return {Role.LEADER: self.tr("leader"), Role.ASSISTANT: self.tr("assistant"),
                Role.COMMS_LEAD: self.tr("comms lead")}[role]

    def event_kind(self, kind: str) -> str:
        """"comment", "reply", "approved", "changes requested"."""
        return {"comment": self.tr("comment"), "reply": self.tr("reply"),
                "approve": self.tr("approved"),
                "request_changes": self.tr("changes requested")}.get(kind, kind)

    def verb(self, target: str) -> str:
        """What moving to `target` is called."""
        return {"draft": self.tr("taken back to edit"), "in_review": self.tr("sent to review"),
                "changes_requested": self.tr("sent back for changes"),
                "approved": self.tr("approved"), "published": self.tr("marked as published"),
                "archived": self.tr("archived")}.get(target, target)

    def error(self, exc: ReviewError) -> str:
        """A workflow error in plain words."""
        p = exc.params
        if exc.code == "transition":
            return (self.tr("This draft is %1: it cannot be %2 now.")
                    .replace("%1", self.status(Status(str(p["current"]))))
                    .replace("%2", self.verb(str(p["target"]))))
        if exc.code == "cooling_off":
            until = p["until"]
            clock = until.astimezone().strftime("%H:%M") if isinstance(until, datetime) else ""
            return (self.tr("This draft reads as written in anger. It can go forward in %1 "
                            "minute(s) (at %2), or now with a reason written by the leader.")
                    .replace("%1", str(p["minutes"])).replace("%2", clock))
        if exc.code == "not_allowed":
            return {
                "review": self.tr("Only the assistant or the comms lead can review a draft "
                                  "(comment, request changes, approve)."),
                "override": self.tr("Only the leader can send a draft before it has cooled "
                                    "off."),
                "set_style": self.tr("Only the comms lead can change the house style."),
                "publish": self.tr("Only the leader or the assistant can mark a draft as "
                                   "published."),
            }.get(str(p["action"]), self.tr("Your role cannot do this."))
        texts = {
            "weak_reason": self.tr("Write the reason in a few words (at least three): it is "
                                   "kept in the audit trail."),
            "take_back": self.tr("This draft is in review or approved: what the reviewer saw "
                                 "stays fixed. Take it back to edit it first."),
            "locked": self.tr("A published or archived draft cannot be edited; restore it or "
                              "start a new draft."),
            "self_approval": self.tr("You wrote this draft: someone else must approve it (the "
                                     "house style does not allow self-approval)."),
            "not_in_review": self.tr("Comments go on a draft in review."),
            "outside": self.tr("The commented passage lies outside the text."),
            "bad_url": self.tr("Give the published post's address (https://...)."),
            "not_archived": self.tr("Only an archived draft can be restored."),
            "empty": self.tr("Write something first."),
        }
        return texts.get(exc.code, str(exc))


def status_label(status: Status) -> str:
    """A status in words."""
    return Labels().status(status)


def role_label(role: Role) -> str:
    """A role in words."""
    return Labels().role(role)


def event_label(kind: str) -> str:
    """A review event's kind in words."""
    return Labels().event_kind(kind)


def who(role: Role, name: str) -> str:
    """"Sam (assistant)", or the role alone when no name is known."""
    return f"{name} ({role_label(role)})" if name and name != role.value else role_label(role)


def when(moment: datetime) -> str:
    """Local day and time, short."""
    return f"{moment.astimezone():%d/%m %H:%M}"


def error_text(exc: FlegmeError) -> str:
    """A workflow error in plain words in the UI language (other errors as they are)."""
    return Labels().error(exc) if isinstance(exc, ReviewError) else str(exc)
