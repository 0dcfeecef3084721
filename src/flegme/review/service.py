"""The review service: every rule of the loop between the leader, the assistant and the comms
lead, over any `DraftRepository`. Widgets and the command line call it; they hold no rule."""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from flegme.engine.report import Report
from flegme.errors import FlegmeError, VaultError
from flegme.review.anchors import Thread, anchor
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
from flegme.review.repository import DraftRepository, NewEvent
from flegme.review.rules import (
    Action,
    ReviewError,
    check_can_approve,
    check_cooling_off,
    check_reason,
    check_transition,
    cooling_off_until,
    require,
)
from flegme.style.loader import default_style, parse_style
from flegme.style.model import HouseStyle

if TYPE_CHECKING:  # the engine is imported when first used: the window paints before that
    from flegme.engine.engine import Engine

Clock = Callable[[], datetime]
EDITABLE = frozenset({Status.DRAFT, Status.CHANGES_REQUESTED})
DISMISS_SCOPES = ("once", "draft", "proposed_allow")


def auto_title(body: str) -> str:
    """The title of a draft nobody titled: its first words."""
    return " ".join(body.split()[:6])


def utc_now() -> datetime:
    """The current time (UTC)."""
    return datetime.now(UTC)


@dataclass(frozen=True, slots=True)
class ReviewDiff:
    """What changed since the reviewer last decided: the revision they saw, and the one now
    in review."""

    reviewed: Revision | None
    current: Revision


class ReviewService:
    """The review loop for one acting person over one repository."""

    def __init__(self, repository: DraftRepository, identity: Identity, *,
                 clock: Clock = utc_now) -> None:
        self.repo = repository
        self.identity = identity
        self.clock = clock
        self._style_text: str | None = None
        self._style: HouseStyle = default_style()
        self._engine: Engine | None = None

    # -- the house style in force ----------------------------------------------------------

    def house_style(self) -> HouseStyle:
        """The style stored last (the shipped default when none, or when the stored one no
        longer parses: a bad stored style must never lock the leader out)."""
        text = self.repo.house_style_text()
        if text != self._style_text:
            self._style_text, self._engine = text, None
            try:
                self._style = parse_style(text, "house style") if text else default_style()
            except FlegmeError:
                self._style = default_style()
        return self._style

    def engine(self) -> Engine:
        """An engine for the style in force."""
        from flegme.engine.engine import Engine

        style = self.house_style()
        if self._engine is None:
            self._engine = Engine(style)
        return self._engine

    def house_style_text(self) -> str | None:
        """The stored house style's TOML, if one was stored."""
        return self.repo.house_style_text()

    def set_house_style(self, toml_text: str) -> int:
        """Store a new house style (comms lead only; never an invalid one)."""
        require(self.identity.role, Action.SET_STYLE)
        parse_style(toml_text, "house style")
        return self.repo.store_house_style(toml_text, author=self.identity, at=self.clock())

    # -- writing -----------------------------------------------------------------------------

    def _checked(self, body: str, platforms: Sequence[str]) -> Report:
        return self.engine().check(body, tuple(platforms))

    def create_draft(self, *, title: str, body: str, platforms: Sequence[str],
                     language: str | None = None, report: Report | None = None) -> Draft:
        """A new draft; the service checks the text itself (impulsive or not) unless handed
        `report`, a check of this very `body` (the command line's, grammar included)."""
        require(self.identity.role, Action.WRITE)
        if report is None or report.text != body:
            report = self._checked(body, platforms)
        return self.repo.create_draft(
            title=title.strip() or auto_title(body), body=body,
            language=language or report.language, platforms=list(platforms),
            impulsive=report.verdicts.impulsive, report_json=_report_json(report),
            author=self.identity, at=self.clock())

    def save(self, draft_id: int, *, body: str, title: str | None = None,
             platforms: Sequence[str] | None = None, note: str | None = None) -> Revision | None:
        """Store an edit as a new revision (None when nothing changed). A draft in review or
        approved is not edited in place: take it back to edit first."""
        require(self.identity.role, Action.WRITE)
        draft = self.repo.get_draft(draft_id)
        new_title = draft.title if not title or not title.strip() else title.strip()
        if (not title or not title.strip()) and draft.title == auto_title(draft.body):
            new_title = auto_title(body)  # nobody titled it: the title follows the text
        new_platforms = list(draft.platforms if platforms is None else platforms)
        if (body, new_title, new_platforms) == (draft.body, draft.title, list(draft.platforms)):
            return None
        if draft.status not in EDITABLE:
            if draft.status in (Status.IN_REVIEW, Status.APPROVED):
                raise ReviewError("take_back", "This draft is in review or approved: what the "
                                  "reviewer saw stays fixed. Take it back to edit it first.",
                                  status=draft.status.value)
            raise ReviewError("locked", "A published or archived draft cannot be edited; "
                              "restore it or start a new draft.", status=draft.status.value)
        report = self._checked(body, new_platforms)
        return self.repo.save_revision(
            draft_id, title=new_title, body=body, platforms=new_platforms,
            impulsive=report.verdicts.impulsive, report_json=_report_json(report),
            author=self.identity, at=self.clock(), note=note)

    def take_back(self, draft_id: int) -> Draft:
        """In review or approved -> draft, so that it can be edited (and sent again)."""
        require(self.identity.role, Action.WRITE)
        return self._move(draft_id, Status.DRAFT, reason="taken back to edit")

    def dismiss(self, draft_id: int, *, rule: str, start: int, end: int, excerpt: str,
                scope: str) -> Dismissal:
        """Remember a dismissed finding (the author's call, not the reviewer's)."""
        require(self.identity.role, Action.WRITE)
        if scope not in DISMISS_SCOPES:
            raise VaultError(f"Unknown dismissal scope '{scope}'.")
        return self.repo.add_dismissal(draft_id, rule=rule, start=start, end=end,
                                       excerpt=excerpt, scope=scope, author=self.identity,
                                       at=self.clock())

    def restore_dismissal(self, dismissal_id: int) -> None:
        """Bring a dismissed finding back."""
        self.repo.restore_dismissal(dismissal_id)

    # -- moving through the workflow -----------------------------------------------------------

    def cooling_off_until(self, draft_id: int) -> datetime | None:
        """When a held (impulsive) draft may go forward; None when it is not held."""
        until = cooling_off_until(self.repo.get_draft(draft_id), self.house_style())
        return None if until is None or self.clock() >= until else until

    def send_to_review(self, draft_id: int, *, override_reason: str | None = None) -> Draft:
        """draft / back for changes -> in review; freezes the revision the reviewer sees."""
        require(self.identity.role, Action.WRITE)
        draft = self.repo.get_draft(draft_id)
        check_transition(draft.status, Status.IN_REVIEW)
        reason = check_cooling_off(draft, self.house_style(), self.clock(), self.identity.role,
                                   override_reason)
        return self._move(draft_id, Status.IN_REVIEW, reason=reason, freeze=True)

    def approve(self, draft_id: int, *, text: str = "",
                override_reason: str | None = None) -> Draft:
        """in review -> approved, by someone other than the author."""
        draft = self.repo.get_draft(draft_id)
        check_transition(draft.status, Status.APPROVED)
        check_can_approve(self.identity.role, draft, self.house_style())
        reason = check_cooling_off(draft, self.house_style(), self.clock(), self.identity.role,
                                   override_reason)
        return self._move(draft_id, Status.APPROVED, reason=reason,
                          event=NewEvent("approve", text.strip(), draft.review_revision_id))

    def request_changes(self, draft_id: int, *, text: str) -> Draft:
        """in review -> back for changes, saying what should change."""
        require(self.identity.role, Action.REVIEW)
        draft = self.repo.get_draft(draft_id)
        check_transition(draft.status, Status.CHANGES_REQUESTED)
        if not text.strip():
            raise ReviewError("empty", "Say what should change.")
        return self._move(draft_id, Status.CHANGES_REQUESTED,
                          event=NewEvent("request_changes", text.strip(),
                                         draft.review_revision_id))

    def mark_published(self, draft_id: int, *, url: str) -> Draft:
        """approved -> published, with the post's address."""
        require(self.identity.role, Action.PUBLISH)
        if not url.strip().lower().startswith(("http://", "https://")):
            raise ReviewError("bad_url", "Give the published post's address (https://...).")
        return self._move(draft_id, Status.PUBLISHED, url=url.strip())

    def archive(self, draft_id: int) -> Draft:
        """Any status -> archived."""
        require(self.identity.role, Action.WRITE)
        return self._move(draft_id, Status.ARCHIVED)

    def restore(self, draft_id: int) -> Draft:
        """archived -> the status it had before."""
        require(self.identity.role, Action.WRITE)
        draft = self.repo.get_draft(draft_id)
        if draft.status is not Status.ARCHIVED:
            raise ReviewError("not_archived", "Only an archived draft can be restored.")
        archived = [a for a in self.repo.audit_log(draft_id) if a.to_status is Status.ARCHIVED]
        previous = archived[-1].from_status if archived and archived[-1].from_status else \
            Status.DRAFT
        return self.repo.change_status(draft_id, expected=Status.ARCHIVED, target=previous,
                                       actor=self.identity, at=self.clock(), reason="restored")

    def _move(self, draft_id: int, target: Status, *, reason: str | None = None,
              url: str | None = None, event: NewEvent | None = None,
              freeze: bool = False) -> Draft:
        draft = self.repo.get_draft(draft_id)
        check_transition(draft.status, target)
        return self.repo.change_status(draft_id, expected=draft.status, target=target,
                                       actor=self.identity, at=self.clock(), reason=reason,
                                       url=url, event=event, freeze_revision=freeze)

    # -- comments --------------------------------------------------------------------------

    def comment(self, draft_id: int, *, text: str, start: int | None = None,
                end: int | None = None) -> ReviewEvent:
        """A reviewer's comment on a passage of the revision in review (or on the whole
        draft when no passage is given)."""
        require(self.identity.role, Action.REVIEW)
        draft = self.repo.get_draft(draft_id)
        if draft.status is not Status.IN_REVIEW:
            raise ReviewError("not_in_review", "Comments go on a draft in review.")
        if not text.strip():
            raise ReviewError("empty", "Write the comment first.")
        # (a draft sent to review before revisions were frozen: its latest revision)
        revision = (self.repo.revision(draft.review_revision_id)
                    if draft.review_revision_id is not None
                    else self.repo.revisions(draft_id)[-1])
        if start is not None and end is not None and start != end:
            if not 0 <= start < end <= len(revision.body):
                raise ReviewError("outside", "The commented passage lies outside the text.")
        else:
            start = end = None
        return self.repo.add_event(draft_id, NewEvent("comment", text.strip(), revision.id,
                                                      start, end), actor=self.identity,
                                   at=self.clock())

    def reply(self, event_id: int, draft_id: int, *, text: str) -> ReviewEvent:
        """An answer to a comment (anyone in the loop)."""
        require(self.identity.role, Action.REPLY)
        if not text.strip():
            raise ReviewError("empty", "Write the reply first.")
        parent = self._event(draft_id, event_id)
        root = parent.parent_id if parent.parent_id is not None else parent.id
        return self.repo.add_event(draft_id, NewEvent("reply", text.strip(), parent.revision_id,
                                                      parent_id=root),
                                   actor=self.identity, at=self.clock())

    def resolve(self, event_id: int, draft_id: int, resolved: bool = True) -> ReviewEvent:
        """Mark a comment resolved (or open it again)."""
        require(self.identity.role, Action.REPLY)
        self._event(draft_id, event_id)
        return self.repo.set_resolved(event_id, resolved)

    def _event(self, draft_id: int, event_id: int) -> ReviewEvent:
        event = next((e for e in self.repo.review_events(draft_id) if e.id == event_id), None)
        if event is None:
            raise VaultError(f"There is no comment number {event_id} on this draft.")
        return event

    def threads(self, draft_id: int) -> list[Thread]:
        """Comments and decisions with their replies, anchored on the draft's current text
        (mapped through the diff, or outdated when the passage changed)."""
        draft = self.repo.get_draft(draft_id)
        events = self.repo.review_events(draft_id)
        bodies: dict[int, Revision] = {}
        replies: dict[int, list[ReviewEvent]] = {}
        for e in events:
            if e.parent_id is not None:
                replies.setdefault(e.parent_id, []).append(e)
        threads = []
        for e in events:
            if e.parent_id is not None:
                continue
            revision = None
            if e.revision_id is not None:
                if e.revision_id not in bodies:
                    bodies[e.revision_id] = self.repo.revision(e.revision_id)
                revision = bodies[e.revision_id]
            where = anchor(e, revision.body, draft.body) if revision is not None else None
            threads.append(Thread(e, tuple(replies.get(e.id, ())), where))
        return threads

    def review_diff(self, draft_id: int) -> ReviewDiff | None:
        """The revision under review and the one the reviewer last decided on (if any)."""
        draft = self.repo.get_draft(draft_id)
        if draft.review_revision_id is None:
            return None
        current = self.repo.revision(draft.review_revision_id)
        decided = [e for e in self.repo.review_events(draft_id)
                   if e.kind in ("request_changes", "approve") and e.revision_id is not None
                   and e.revision_id != current.id]
        reviewed = self.repo.revision(decided[-1].revision_id) if decided and \
            decided[-1].revision_id is not None else None
        return ReviewDiff(reviewed, current)

    # -- what each person sees ---------------------------------------------------------------

    def new_feedback(self) -> dict[int, int]:
        """Per draft, how many events by others this person has not read yet."""
        return self.repo.unseen_events(self.identity)

    def mark_read(self, draft_id: int) -> None:
        """This person has read the draft's feedback."""
        events = self.repo.review_events(draft_id)
        if events:
            self.repo.mark_seen(draft_id, self.identity, events[-1].id)

    def get_draft(self, draft_id: int) -> Draft:
        """One draft."""
        return self.repo.get_draft(draft_id)

    def list_drafts(self, *, limit: int = 50, offset: int = 0) -> list[DraftSummary]:
        """Most recently updated first."""
        return self.repo.list_drafts(limit=limit, offset=offset)

    def search(self, query: str) -> list[DraftSummary]:
        """Drafts holding every word of `query`."""
        return self.repo.search(query)

    def review_queue(self) -> list[DraftSummary]:
        """Drafts waiting for review, oldest first."""
        rows = self.repo.list_drafts(limit=1000, status=Status.IN_REVIEW)
        return sorted(rows, key=lambda d: d.updated_at)

    def revisions(self, draft_id: int) -> list[Revision]:
        """Every revision, oldest first."""
        return self.repo.revisions(draft_id)

    def dismissals(self, draft_id: int) -> list[Dismissal]:
        """Dismissed findings of a draft."""
        return self.repo.dismissals(draft_id)

    def proposed_allow_terms(self) -> list[Dismissal]:
        """Terms leaders proposed for the allow list."""
        return self.repo.proposed_allow_terms()

    def audit_log(self, draft_id: int | None = None) -> list[AuditEntry]:
        """Who did what, when, and why (oldest first)."""
        return self.repo.audit_log(draft_id)

    def held_reason(self, draft_id: int) -> str | None:
        """Why the draft went forward while held (the override reason), if it did."""
        reasons = [a.reason for a in self.repo.audit_log(draft_id)
                   if a.reason and a.reason.startswith("cooling-off overridden:")]
        return reasons[-1] if reasons else None


def _report_json(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False)


__all__ = ["ReviewDiff", "ReviewError", "ReviewService", "check_reason"]
