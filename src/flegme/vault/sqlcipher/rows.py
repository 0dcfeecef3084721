"""Database rows -> vault values."""

from __future__ import annotations

import json
from datetime import datetime
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


def _time(value: str) -> datetime:
    return datetime.fromisoformat(value)


def summary(row: Any) -> DraftSummary:
    """(id, title, status, platforms, language, updated_at)."""
    return DraftSummary(int(row[0]), row[1], Status(row[2]), tuple(json.loads(row[3])), row[4],
                        _time(row[5]))


def draft(row: Any) -> Draft:
    """A full drafts row."""
    return Draft(id=int(row[0]), title=row[1], body=row[2], language=row[3],
                 platforms=tuple(json.loads(row[4])), status=Status(row[5]),
                 author_role=Role(row[6]), created_at=_time(row[7]), updated_at=_time(row[8]),
                 last_edit_at=_time(row[9]), published_url=row[10], impulsive=bool(row[11]),
                 review_revision_id=None if len(row) < 13 or row[12] is None else int(row[12]))


def revision(row: Any) -> Revision:
    """A revisions row."""
    return Revision(int(row[0]), int(row[1]), int(row[2]), row[3], row[4], Role(row[5]),
                    _time(row[6]), row[7])


def review_event(row: Any) -> ReviewEvent:
    """A review_events row (optionally followed by parent_id, resolved, author_name)."""
    extra = (None if row[9] is None else int(row[9]), bool(row[10]), str(row[11])) \
        if len(row) >= 12 else (None, False, "")
    return ReviewEvent(int(row[0]), int(row[1]), None if row[2] is None else int(row[2]), row[3],
                       Role(row[4]), _time(row[5]), row[6], row[7], row[8], *extra)


def audit_entry(row: Any) -> AuditEntry:
    """An audit_log row."""
    return AuditEntry(int(row[0]), int(row[1]), None if row[2] is None else Status(row[2]),
                      Status(row[3]), Role(row[4]), _time(row[5]), row[6],
                      str(row[7]) if len(row) >= 8 else "")


def dismissal(row: Any) -> Dismissal:
    """A dismissals row."""
    return Dismissal(int(row[0]), int(row[1]), row[2], int(row[3]), int(row[4]), row[5], row[6],
                     Role(row[7]), _time(row[8]), bool(row[9]))
