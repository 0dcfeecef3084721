"""The team server as a `DraftRepository`: every write is a call to one of the database's
workflow functions, which check who is calling (the login, not the `actor` passed in) and
refuse what the rules forbid; reads see what row-level security lets this login see."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any, TypeVar

from flegme.errors import FlegmeError, VaultError, WorkflowError
from flegme.review.identity import Identity
from flegme.review.models import (
    AuditEntry,
    Dismissal,
    Draft,
    DraftSummary,
    ReviewEvent,
    Revision,
    Role,
    Status,
)
from flegme.review.repository import NewEvent
from flegme.review.rules import ReviewError
from flegme.team import rows
from flegme.team.errors import TeamError, TeamUnavailableError

T = TypeVar("T")
# The database's refusals (SQLSTATE) -> the review loop's error codes.
_REVIEW_CODES = {"42501": "not_allowed", "FL001": "transition", "FL002": "cooling_off"}
# SQLSTATE classes that mean "not reachable now": connection, shutdown, resources.
_UNREACHABLE = ("08", "57", "53")


def translate(exc: Exception) -> FlegmeError:
    """A psycopg error as the review loop's error, in the server's plain words."""
    import psycopg

    state = getattr(exc, "sqlstate", None) or ""
    if not isinstance(exc, psycopg.Error) or not state or state[:2] in _UNREACHABLE:
        return TeamUnavailableError(f"The team server cannot be reached: {exc}".strip())
    message = str(getattr(exc.diag, "message_primary", None) or exc).strip()
    if state == "FL404":
        return VaultError(message)
    if state == "FL409":
        return WorkflowError(message)
    if state in _REVIEW_CODES:
        return ReviewError(_REVIEW_CODES[state], message)
    return TeamError(message)


class TeamRepository:
    """`DraftRepository` over a psycopg connection pool logged in as one person."""

    def __init__(self, pool: Any) -> None:
        self.pool = pool

    @contextmanager
    def _con(self) -> Iterator[Any]:
        import psycopg
        from psycopg_pool import PoolTimeout

        try:
            with self.pool.connection() as con:
                yield con
        except (psycopg.Error, PoolTimeout) as exc:
            raise translate(exc) from exc

    def _one(self, sql: str, params: Sequence[Any], make: Callable[[Any], T], what: str) -> T:
        with self._con() as con:
            row = con.execute(sql, params).fetchone()
        if row is None:
            raise VaultError(f"There is no {what}.")
        return make(row)

    def _call(self, sql: str, params: Sequence[Any]) -> Any:
        with self._con() as con:
            row = con.execute(sql, params).fetchone()
        return None if row is None else row[0]

    def whoami(self) -> Identity:
        """The person this login is, as the server says (name and role)."""
        with self._con() as con:
            row = con.execute("SELECT role, display_name FROM flegme.whoami()").fetchone()
        if row is None or row[0] is None:
            raise TeamError("This login is not a member of the team (ask the comms lead for "
                            "an invitation).")
        return Identity(name=row[1], role=Role(row[0]))

    # -- drafts and revisions ------------------------------------------------------------

    def create_draft(self, *, title: str, body: str, language: str,
                     platforms: Sequence[str], impulsive: bool, report_json: str | None,
                     author: Identity, at: datetime, uid: uuid.UUID | None = None,
                     revision_uid: uuid.UUID | None = None) -> Draft:
        """A new draft and its first revision (the same `uid` twice: the same draft once)."""
        draft_id = self._call(
            "SELECT flegme.create_draft(%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (uid or uuid.uuid4(), revision_uid or uuid.uuid4(), title, body, language,
             list(platforms), impulsive, report_json, at))
        return self.get_draft(int(draft_id))

    def save_revision(self, draft_id: int, *, title: str, body: str,
                      platforms: Sequence[str], impulsive: bool, report_json: str | None,
                      author: Identity, at: datetime, note: str | None = None,
                      uid: uuid.UUID | None = None) -> Revision:
        """A new revision that becomes the draft's text."""
        revision_id = self._call(
            "SELECT flegme.save_revision(%s, %s, %s, %s, %s, %s, %s, %s, %s)",
            (uid or uuid.uuid4(), draft_id, title, body, list(platforms), impulsive,
             report_json, note, at))
        return self.revision(int(revision_id))

    def get_draft(self, draft_id: int) -> Draft:
        """One draft this login may see."""
        return self._one(f"{rows.DRAFT_SQL} WHERE d.id = %s", (draft_id,), rows.draft,
                         f"draft number {draft_id}")

    def list_drafts(self, *, limit: int = 50, offset: int = 0,
                    status: Status | None = None) -> list[DraftSummary]:
        """Most recently updated first."""
        where, params = ("", []) if status is None else (" WHERE d.status = %s", [status.value])
        with self._con() as con:
            found = con.execute(f"{rows.SUMMARY_SQL}{where} ORDER BY d.updated_at DESC, d.id "
                                "DESC LIMIT %s OFFSET %s", (*params, limit, offset)).fetchall()
        return [rows.summary(r) for r in found]

    def search(self, query: str, *, limit: int = 50) -> list[DraftSummary]:
        """Every word of `query`, stemmed in French or in English, accents and case ignored."""
        if not query.strip():
            return []
        with self._con() as con:
            found = con.execute(
                f"{rows.SUMMARY_SQL} WHERE d.search @@ (plainto_tsquery('flegme.flegme_fr', "
                "%(q)s) || plainto_tsquery('flegme.flegme_en', %(q)s)) "
                "ORDER BY d.updated_at DESC, d.id DESC LIMIT %(n)s",
                {"q": query, "n": limit}).fetchall()
        return [rows.summary(r) for r in found]

    def revisions(self, draft_id: int) -> list[Revision]:
        """Every revision of a draft, oldest first."""
        with self._con() as con:
            found = con.execute(f"{rows.REVISION_SQL} WHERE r.draft_id = %s ORDER BY r.number",
                                (draft_id,)).fetchall()
        return [rows.revision(r) for r in found]

    def revision(self, revision_id: int) -> Revision:
        """One revision."""
        return self._one(f"{rows.REVISION_SQL} WHERE r.id = %s", (revision_id,), rows.revision,
                         f"revision number {revision_id}")

    # -- status and review events ----------------------------------------------------------

    def change_status(self, draft_id: int, *, expected: Status, target: Status,
                      actor: Identity, at: datetime, reason: str | None = None,
                      url: str | None = None, event: NewEvent | None = None,
                      freeze_revision: bool = False, uid: uuid.UUID | None = None) -> Draft:
        """Ask the server to move the draft; it checks the step, the caller and the style
        (sending to review always freezes the latest revision)."""
        # The draft is read back in the same transaction: another person's next step (say,
        # the leader publishing what was just approved) cannot show through.
        with self._con() as con, con.transaction():
            con.execute("SELECT flegme.change_status(%s, %s, %s, %s, %s, %s, %s, %s, %s, %s)",
                        (uid or uuid.uuid4(), draft_id, expected.value, target.value, reason,
                         url, None if event is None else event.kind,
                         None if event is None else event.text,
                         None if event is None else event.revision_id, at))
            row = con.execute(f"{rows.DRAFT_SQL} WHERE d.id = %s", (draft_id,)).fetchone()
        if row is None:
            raise VaultError(f"There is no draft number {draft_id}.")
        return rows.draft(row)

    def add_event(self, draft_id: int, event: NewEvent, *, actor: Identity,
                  at: datetime, uid: uuid.UUID | None = None) -> ReviewEvent:
        """Store a comment or reply."""
        event_id = self._call("SELECT flegme.add_event(%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                              (uid or uuid.uuid4(), draft_id, event.kind, event.text,
                               event.revision_id, event.start, event.end, event.parent_id, at))
        return self._event(int(event_id))

    def _event(self, event_id: int) -> ReviewEvent:
        return self._one(f"{rows.EVENT_SQL} WHERE e.id = %s", (event_id,), rows.event,
                         f"comment number {event_id}")

    def review_events(self, draft_id: int) -> list[ReviewEvent]:
        """Every review event of a draft, oldest first."""
        with self._con() as con:
            found = con.execute(f"{rows.EVENT_SQL} WHERE e.draft_id = %s ORDER BY e.id",
                                (draft_id,)).fetchall()
        return [rows.event(r) for r in found]

    def set_resolved(self, event_id: int, resolved: bool) -> ReviewEvent:
        """Mark a comment resolved (or open again)."""
        self._call("SELECT flegme.set_resolved(%s, %s)", (event_id, resolved))
        return self._event(event_id)

    def audit_log(self, draft_id: int | None = None) -> list[AuditEntry]:
        """Status changes this login may read, oldest first."""
        where, params = ("", ()) if draft_id is None else (" AND a.draft_id = %s", (draft_id,))
        with self._con() as con:
            found = con.execute(f"{rows.AUDIT_SQL}{where} ORDER BY a.seq", params).fetchall()
        return [rows.audit_entry(r) for r in found]

    def mark_seen(self, draft_id: int, reader: Identity, last_event_id: int) -> None:
        """This login has read the draft's events up to `last_event_id`."""
        self._call("SELECT flegme.mark_seen(%s, %s)", (draft_id, last_event_id))

    def unseen_events(self, reader: Identity) -> dict[int, int]:
        """Per draft, events by others this login has not read yet."""
        with self._con() as con:
            found = con.execute(
                "SELECT e.draft_id, count(*) FROM flegme.review_events e "
                "LEFT JOIN flegme.seen s ON s.draft_id = e.draft_id AND s.login = session_user "
                "WHERE e.author <> session_user AND e.id > coalesce(s.last_event_id, 0) "
                "GROUP BY e.draft_id").fetchall()
        return {int(d): int(n) for d, n in found}

    # -- dismissals and house style ------------------------------------------------------------

    def add_dismissal(self, draft_id: int, *, rule: str, start: int, end: int, excerpt: str,
                      scope: str, author: Identity, at: datetime,
                      uid: uuid.UUID | None = None) -> Dismissal:
        """Remember a dismissed finding (the draft's author only)."""
        dismissal_id = self._call(
            "SELECT flegme.add_dismissal(%s, %s, %s, %s, %s, %s, %s, %s)",
            (uid or uuid.uuid4(), draft_id, rule, start, end, excerpt, scope, at))
        return self._one(f"{rows.DISMISSAL_SQL} WHERE x.id = %s", (dismissal_id,),
                         rows.dismissal, f"dismissed finding number {dismissal_id}")

    def dismissals(self, draft_id: int) -> list[Dismissal]:
        """Every dismissal of a draft."""
        with self._con() as con:
            found = con.execute(f"{rows.DISMISSAL_SQL} WHERE x.draft_id = %s ORDER BY x.id",
                                (draft_id,)).fetchall()
        return [rows.dismissal(r) for r in found]

    def proposed_allow_terms(self) -> list[Dismissal]:
        """Terms proposed for the allow list and not handled yet."""
        with self._con() as con:
            found = con.execute(f"{rows.DISMISSAL_SQL} WHERE x.scope = 'proposed_allow' AND "
                                "NOT x.restored ORDER BY x.id").fetchall()
        return [rows.dismissal(r) for r in found]

    def restore_dismissal(self, dismissal_id: int) -> None:
        """Bring a dismissed finding back."""
        self._call("SELECT flegme.restore_dismissal(%s)", (dismissal_id,))

    def store_house_style(self, toml_text: str, *, author: Identity, at: datetime,
                          uid: uuid.UUID | None = None) -> int:
        """A new house-style version (the comms lead only); the server keeps the two settings
        it enforces (self-approval, cooling-off) beside the text."""
        from flegme.style.loader import parse_style

        style = parse_style(toml_text, "house style")
        return int(self._call("SELECT flegme.set_house_style(%s, %s, %s, %s)",
                              (uid or uuid.uuid4(), toml_text, style.workflow.self_approval,
                               style.tone.cooling_off_minutes)))

    def house_style_text(self) -> str | None:
        """The latest house style, if any."""
        found: str | None = self._call(
            "SELECT toml FROM flegme.house_styles ORDER BY version DESC LIMIT 1", ())
        return found
