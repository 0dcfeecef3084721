"""The storage interface of the review loop: what a backend (the SQLCipher vault today, a
shared PostgreSQL database in team mode) must do. It stores and returns the frozen models of
`flegme.review.models`; it holds no rule (the review service does)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from flegme.review.identity import Identity
from flegme.review.models import (
    AuditEntry,
    Dismissal,
    Draft,
    DraftSummary,
    ReviewEvent,
    Revision,
    Status,
)


@dataclass(frozen=True, slots=True)
class NewEvent:
    """A review event to store: comment, reply, approval or change request."""

    kind: str  # "comment" | "reply" | "approve" | "request_changes"
    text: str
    revision_id: int | None = None
    start: int | None = None
    end: int | None = None
    parent_id: int | None = None


class DraftRepository(Protocol):
    """Drafts, revisions, review events, audit log, dismissals and house styles.

    Every write takes the acting `Identity` and the time `at` from the caller (the service
    owns the clock), is atomic, and is durable when it returns. Unknown ids raise
    `VaultError`; `change_status` raises `WorkflowError` when the draft is no longer in the
    `expected` status (someone else moved it meanwhile)."""

    def create_draft(self, *, title: str, body: str, language: str,
                     platforms: Sequence[str], impulsive: bool, report_json: str | None,
                     author: Identity, at: datetime) -> Draft:
        """A new draft (status draft), its first revision and its first audit entry."""
        ...

    def save_revision(self, draft_id: int, *, title: str, body: str,
                      platforms: Sequence[str], impulsive: bool, report_json: str | None,
                      author: Identity, at: datetime, note: str | None = None) -> Revision:
        """A new revision that becomes the draft's text (status unchanged)."""
        ...

    def get_draft(self, draft_id: int) -> Draft:
        """One draft."""
        ...

    def list_drafts(self, *, limit: int = 50, offset: int = 0,
                    status: Status | None = None) -> list[DraftSummary]:
        """Most recently updated first."""
        ...

    def search(self, query: str, *, limit: int = 50) -> list[DraftSummary]:
        """Drafts whose title or body hold every word of `query` (accents, case ignored)."""
        ...

    def revisions(self, draft_id: int) -> list[Revision]:
        """Every revision of a draft, oldest first."""
        ...

    def revision(self, revision_id: int) -> Revision:
        """One revision."""
        ...

    def change_status(self, draft_id: int, *, expected: Status, target: Status,
                      actor: Identity, at: datetime, reason: str | None = None,
                      url: str | None = None, event: NewEvent | None = None,
                      freeze_revision: bool = False) -> Draft:
        """Move a draft, write the audit entry (and `event`); `freeze_revision` records the
        latest revision as the one under review."""
        ...

    def add_event(self, draft_id: int, event: NewEvent, *, actor: Identity,
                  at: datetime) -> ReviewEvent:
        """Store a comment or reply."""
        ...

    def review_events(self, draft_id: int) -> list[ReviewEvent]:
        """Every review event of a draft, oldest first."""
        ...

    def set_resolved(self, event_id: int, resolved: bool) -> ReviewEvent:
        """Mark a comment resolved (or open again)."""
        ...

    def audit_log(self, draft_id: int | None = None) -> list[AuditEntry]:
        """Status changes, oldest first (one draft or all)."""
        ...

    def mark_seen(self, draft_id: int, reader: Identity, last_event_id: int) -> None:
        """`reader` has read the draft's events up to `last_event_id`."""
        ...

    def unseen_events(self, reader: Identity) -> dict[int, int]:
        """Per draft, how many events by someone else `reader` has not read yet."""
        ...

    def add_dismissal(self, draft_id: int, *, rule: str, start: int, end: int, excerpt: str,
                      scope: str, author: Identity, at: datetime) -> Dismissal:
        """Remember a dismissed finding."""
        ...

    def dismissals(self, draft_id: int) -> list[Dismissal]:
        """Every dismissal of a draft (restored ones flagged)."""
        ...

    def proposed_allow_terms(self) -> list[Dismissal]:
        """Terms proposed for the allow list, not yet handled."""
        ...

    def restore_dismissal(self, dismissal_id: int) -> None:
        """Bring a dismissed finding back (or mark a proposal handled)."""
        ...

    def store_house_style(self, toml_text: str, *, author: Identity, at: datetime) -> int:
        """A new version of the house style; returns its version number."""
        ...

    def house_style_text(self) -> str | None:
        """The latest stored house style, if any."""
        ...
