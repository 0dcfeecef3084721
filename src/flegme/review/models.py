"""The review loop's values: roles, statuses, drafts, revisions, review events, audit entries and
dismissals (frozen dataclasses that every `DraftRepository` backend returns)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum

from flegme.names import Role as Role  # declared once in flegme.names


class Status(StrEnum):
    """Where a draft stands in the review workflow."""

    DRAFT = "draft"
    IN_REVIEW = "in_review"
    CHANGES_REQUESTED = "changes_requested"
    APPROVED = "approved"
    PUBLISHED = "published"
    ARCHIVED = "archived"


@dataclass(frozen=True, slots=True)
class DraftSummary:
    """A row of the drafts list."""

    id: int
    title: str
    status: Status
    platforms: tuple[str, ...]
    language: str
    updated_at: datetime


@dataclass(frozen=True, slots=True)
class Draft:
    """A draft with its current text."""

    id: int
    title: str
    body: str
    language: str
    platforms: tuple[str, ...]
    status: Status
    author_role: Role
    created_at: datetime
    updated_at: datetime
    last_edit_at: datetime
    published_url: str | None
    impulsive: bool  # the latest check's verdict
    review_revision_id: int | None = None  # the revision frozen when last sent to review


@dataclass(frozen=True, slots=True)
class Revision:
    """One saved version of a draft."""

    id: int
    draft_id: int
    number: int
    title: str
    body: str
    author_role: Role
    created_at: datetime
    note: str | None


@dataclass(frozen=True, slots=True)
class ReviewEvent:
    """A comment on a span of a revision, an approval or a request for changes."""

    id: int
    draft_id: int
    revision_id: int | None
    kind: str  # "comment" | "reply" | "approve" | "request_changes"
    author_role: Role
    created_at: datetime
    start: int | None
    end: int | None
    text: str
    parent_id: int | None = None  # a reply answers this event
    resolved: bool = False
    author_name: str = ""


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """A status change, with who, when and (for overrides) why."""

    id: int
    draft_id: int
    from_status: Status | None
    to_status: Status
    author_role: Role
    created_at: datetime
    reason: str | None
    author_name: str = ""


@dataclass(frozen=True, slots=True)
class Dismissal:
    """A finding the user dismissed: once, for this draft, or proposed as an allowed term."""

    id: int
    draft_id: int
    rule: str
    start: int
    end: int
    excerpt: str
    scope: str  # "once" | "draft" | "proposed_allow"
    author_role: Role
    created_at: datetime
    restored: bool
