"""The team audit trail's hash chain: each row's hash covers the previous row's hash and its
own fields; `verify` recomputes it here, independently of the server's functions."""

from __future__ import annotations

import hashlib
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

GENESIS = bytes(32)
# The comms lead and the administrator (the schema's owner) read the whole trail.
_READS_ALL = ("SELECT coalesce(flegme.caller_role() = 'comms_lead', false) OR "
              "(SELECT pg_has_role(session_user, nspowner, 'MEMBER') FROM pg_namespace "
              "WHERE nspname = 'flegme')")
_COLUMNS = ("seq, uid, at, actor, action, draft_id, from_status, to_status, reason, detail, "
            "prev_hash, hash")


@dataclass(frozen=True, slots=True)
class ChainReport:
    """What `verify` found: how many rows it checked, whether it saw the whole trail, and
    every problem (empty when intact)."""

    checked: int
    complete: bool
    problems: tuple[str, ...]
    head: str = ""  # "entry N, sha256 …": worth keeping where the server's admin cannot write

    @property
    def intact(self) -> bool:
        return not self.problems


def _field(value: str | None) -> str:
    if value is None:
        return "-;"
    return f"{len(value.encode('utf-8'))}:{value};"


def content(seq: int, uid: uuid.UUID | None, at: datetime, actor: str, action: str,
            draft_id: int | None, from_status: str | None, to_status: str | None,
            reason: str | None, detail: str | None) -> bytes:
    """The bytes a row's hash covers (the same encoding as flegme.audit_content in SQL)."""
    stamp = at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")
    parts = (str(seq), None if uid is None else str(uid), stamp, actor, action,
             None if draft_id is None else str(draft_id), from_status, to_status, reason, detail)
    return "".join(_field(p) for p in parts).encode("utf-8")


def row_hash(prev_hash: bytes, row_content: bytes) -> bytes:
    """sha256(previous hash || content)."""
    return hashlib.sha256(prev_hash + row_content).digest()


def verify(con: Any) -> ChainReport:
    """Check every audit row this login may read, the links between consecutive rows, and the
    chain's head. Only a login that reads the whole trail (comms lead, administrator) sees it
    complete; others check their part."""
    rows = con.execute(f"SELECT {_COLUMNS} FROM flegme.audit ORDER BY seq").fetchall()
    head = con.execute("SELECT seq, hash FROM flegme.audit_head").fetchone()
    problems: list[str] = []
    previous: tuple[int, bytes] = (0, GENESIS)
    for row in rows:
        seq, prev_hash, stored = int(row[0]), bytes(row[10]), bytes(row[11])
        if row_hash(prev_hash, content(*row[:10])) != stored:
            problems.append(f"entry {seq} was changed after it was written")
        if seq == previous[0] + 1 and prev_hash != previous[1]:
            problems.append(f"entry {seq} does not follow entry {previous[0]}")
        previous = (seq, stored)
    seqs = [int(r[0]) for r in rows]
    reads_all = bool(con.execute(_READS_ALL).fetchone()[0])
    if head is not None:
        head_seq, head_hash = int(head[0]), bytes(head[1])
        if reads_all and seqs != list(range(1, head_seq + 1)):
            missing = sorted(set(range(1, head_seq + 1)) - set(seqs))
            shown = ", ".join(str(m) for m in missing[:10]) or "none"
            problems.append(f"the trail should hold {head_seq} entries but holds {len(seqs)} "
                            f"(missing: {shown}): entries were removed")
        if seqs and seqs[-1] == head_seq and previous[1] != head_hash:
            problems.append(f"the last entry ({head_seq}) differs from the recorded head")
    shown = "" if head is None else f"entry {int(head[0])}, sha256 {bytes(head[1]).hex()}"
    return ChainReport(len(rows), reads_all, tuple(problems), shown)
