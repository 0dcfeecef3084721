"""Team database rows -> the review loop's frozen values (the SELECTs that produce them)."""

from __future__ import annotations

from typing import Any

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

SUMMARY_SQL = "SELECT d.id, d.title, d.status, d.platforms, d.language, d.updated_at " \
              "FROM flegme.drafts d"
DRAFT_SQL = ("SELECT d.id, d.title, d.body, d.language, d.platforms, d.status, p.role, "
             "d.created_at, d.updated_at, d.last_edit_at, d.published_url, d.impulsive, "
             "d.review_revision_id FROM flegme.drafts d JOIN flegme.people p "
             "ON p.login = d.author")
REVISION_SQL = ("SELECT r.id, r.draft_id, r.number, r.title, r.body, p.role, r.created_at, "
                "r.note FROM flegme.revisions r JOIN flegme.people p ON p.login = r.author")
EVENT_SQL = ("SELECT e.id, e.draft_id, e.revision_id, e.kind, p.role, e.created_at, e.start, "
             "e.\"end\", e.text, e.parent_id, e.resolved, p.display_name "
             "FROM flegme.review_events e JOIN flegme.people p ON p.login = e.author")
AUDIT_SQL = ("SELECT a.seq, a.draft_id, a.from_status, a.to_status, p.role, a.at, a.reason, "
             "p.display_name FROM flegme.audit a JOIN flegme.people p ON p.login = a.actor "
             "WHERE a.action IN ('create', 'status')")
DISMISSAL_SQL = ("SELECT x.id, x.draft_id, x.rule, x.start, x.\"end\", x.excerpt, x.scope, "
                 "p.role, x.created_at, x.restored FROM flegme.dismissals x "
                 "JOIN flegme.people p ON p.login = x.author")


def summary(row: Any) -> DraftSummary:
    """(id, title, status, platforms, language, updated_at)."""
    return DraftSummary(int(row[0]), row[1], Status(row[2]), tuple(row[3]), row[4], row[5])


def draft(row: Any) -> Draft:
    """A row of DRAFT_SQL."""
    return Draft(id=int(row[0]), title=row[1], body=row[2], language=row[3],
                 platforms=tuple(row[4]), status=Status(row[5]), author_role=Role(row[6]),
                 created_at=row[7], updated_at=row[8], last_edit_at=row[9],
                 published_url=row[10], impulsive=bool(row[11]),
                 review_revision_id=None if row[12] is None else int(row[12]))


def revision(row: Any) -> Revision:
    """A row of REVISION_SQL."""
    return Revision(int(row[0]), int(row[1]), int(row[2]), row[3], row[4], Role(row[5]),
                    row[6], row[7])


def event(row: Any) -> ReviewEvent:
    """A row of EVENT_SQL."""
    return ReviewEvent(id=int(row[0]), draft_id=int(row[1]),
                       revision_id=None if row[2] is None else int(row[2]), kind=row[3],
                       author_role=Role(row[4]), created_at=row[5], start=row[6], end=row[7],
                       text=row[8], parent_id=None if row[9] is None else int(row[9]),
                       resolved=bool(row[10]), author_name=row[11])


def audit_entry(row: Any) -> AuditEntry:
    """A row of AUDIT_SQL."""
    return AuditEntry(id=int(row[0]), draft_id=int(row[1]),
                      from_status=None if row[2] is None else Status(row[2]),
                      to_status=Status(row[3]), author_role=Role(row[4]), created_at=row[5],
                      reason=row[6], author_name=row[7])


def dismissal(row: Any) -> Dismissal:
    """A row of DISMISSAL_SQL."""
    return Dismissal(int(row[0]), int(row[1]), row[2], int(row[3]), int(row[4]), row[5],
                     row[6], Role(row[7]), row[8], bool(row[9]))
