"""Offline first: the leader writes to the local vault; `sync` pushes what the server lacks
(drafts, revisions, status changes, replies, resolved marks) and pulls what others did
(comments, decisions, status changes, house-style versions); dismissed findings go up, and
come back restored when the comms lead handled a proposal.

Safe to kill at any point and to run again: every local row is sent under an id derived from
it (uuid5 of the vault's namespace), so a retry after a lost answer is recognised by the
server; every pulled row is written locally in one transaction with the note that it came
from the server, so nothing is applied twice. A status change the server refuses (the draft
was approved meanwhile, ...) is kept as a refusal, in the server's words, and the local draft
takes the server's status; an edit the server cannot take yet stays local and waits."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from flegme.errors import FlegmeError
from flegme.team.errors import TeamUnavailableError
from flegme.team.repository import translate
from flegme.vault import (
    LocalAudit,
    LocalRevision,
    OutgoingDraft,
    Pairing,
    PulledAudit,
    PulledEvent,
    TeamMirror,
    Vault,
)

_STATUS_KINDS = ("approve", "request_changes")


@dataclass
class SyncReport:
    """What one sync did, and what a person should read."""

    pushed: int = 0
    pulled: int = 0
    refused: list[str] = field(default_factory=list)  # status changes the server refused
    waiting: list[str] = field(default_factory=list)  # edits kept here, not accepted yet


def _at(text: str) -> datetime:
    value = datetime.fromisoformat(text)
    return value if value.tzinfo else value.replace(tzinfo=UTC)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat(timespec="microseconds")


class Syncer:
    """One sync between an open vault and a server connection (autocommit); the vault is
    reached only through its `TeamMirror`."""

    def __init__(self, store: Vault, server: Any,
                 on_step: Callable[[str], None] | None = None) -> None:
        self.mirror = TeamMirror(store)
        self.server = server
        self.report = SyncReport()
        self.on_step = on_step or (lambda _what: None)

    def uid(self, kind: str, local_id: int) -> uuid.UUID:
        """The id the server knows a local row by: the same on every retry."""
        return uuid.uuid5(self.mirror.namespace, f"{kind}:{local_id}")

    # -- server calls ------------------------------------------------------------------------

    def _q(self, sql: str, params: tuple[Any, ...] = ()) -> list[Any]:
        import psycopg

        try:
            return list(self.server.execute(sql, params).fetchall())
        except psycopg.Error as exc:
            raise translate(exc) from exc

    def _scalar(self, sql: str, params: tuple[Any, ...]) -> Any:
        rows = self._q(sql, params)
        return rows[0][0] if rows else None

    # -- the whole sync ----------------------------------------------------------------------

    def run(self) -> SyncReport:
        """Push, then pull; raises TeamUnavailableError when the server goes away (what was
        done so far stays done, the rest is done next time)."""
        for draft_id in self.mirror.draft_ids():
            self._push_draft(draft_id)
        self._pull_styles()
        for local_id, server_id in sorted(self.mirror.mapped("draft").items()):
            self._pull_draft(local_id, server_id)
        self.mirror.record_last_sync(_iso(datetime.now(UTC)))
        return self.report

    # -- push --------------------------------------------------------------------------------

    def _push_draft(self, draft_id: int) -> None:
        draft = self.mirror.outgoing_draft(draft_id)
        platforms = list(draft.platforms)
        server_id = self.mirror.server_id("draft", draft_id)
        if server_id is None:
            server_id = self._create(draft_id, draft, platforms, draft.revisions[0])
        done_revisions = self.mirror.mapped("revision")
        done_audits = self.mirror.mapped("audit")
        items: list[tuple[str, int, int, LocalRevision | LocalAudit]] = [
            (r.created_at, 0, r.id, r) for r in draft.revisions if r.id not in done_revisions]
        items += [(a.created_at, 1, a.id, a) for a in draft.audits if a.id not in done_audits]
        waiting = []
        for _at_text, _order, _id, row in sorted(items, key=lambda item: item[:3]):
            if isinstance(row, LocalRevision):
                if not self._push_revision(server_id, row, platforms, draft.impulsive):
                    waiting.append(row)
            else:
                self._push_status(draft_id, server_id, row, draft.published_url)
        for revision in waiting:  # once a take-back got through, the edit may go too
            if not self._push_revision(server_id, revision, platforms, draft.impulsive):
                self.report.waiting.append(
                    f"“{draft.title}”: revision {revision.number} is kept on this computer; "
                    "the server has this draft under review or decided: take it back to send "
                    "the edit.")
        self._push_events(draft_id, server_id)
        self._push_dismissals(draft_id, server_id)

    def _create(self, draft_id: int, draft: OutgoingDraft, platforms: list[str],
                first: LocalRevision) -> int:
        uid = self.uid("draft", draft_id)
        rev_uid = self.uid("revision", first.id)
        self.on_step("create")
        server_id = int(self._scalar(
            "SELECT flegme.create_draft(%s, %s, %s, %s, %s, %s, %s, NULL, %s)",
            (uid, rev_uid, first.title, first.body, draft.language, platforms, draft.impulsive,
             _at(first.created_at))))
        server_rev = int(self._scalar("SELECT id FROM flegme.revisions WHERE uid = %s",
                                      (rev_uid,)))
        create_seq = self._scalar("SELECT seq FROM flegme.audit WHERE draft_id = %s AND "
                                  "action = 'create'", (server_id,))
        local_create = next((a.id for a in draft.audits if a.from_status is None), None)
        pairings = [Pairing("draft", draft_id, server_id), Pairing("revision", first.id,
                                                                   server_rev)]
        if local_create is not None and create_seq is not None:
            pairings.append(Pairing("audit", local_create, int(create_seq)))
        self.mirror.record_pushed(*pairings)
        self.report.pushed += 1
        return server_id

    def _push_revision(self, server_id: int, row: LocalRevision, platforms: list[str],
                       impulsive: bool) -> bool:
        uid = self.uid("revision", row.id)
        self.on_step("revision")
        try:
            server_rev = int(self._scalar(
                "SELECT flegme.save_revision(%s, %s, %s, %s, %s, %s, NULL, %s, %s)",
                (uid, server_id, row.title, row.body, platforms, impulsive, row.note,
                 _at(row.created_at))))
        except TeamUnavailableError:
            raise
        except FlegmeError:
            return False
        self.mirror.record_pushed(Pairing("revision", row.id, server_rev))
        self.report.pushed += 1
        return True

    def _push_status(self, draft_id: int, server_id: int, row: LocalAudit,
                     url: str | None) -> None:
        expected, target = row.from_status, row.to_status
        uid = self.uid("audit", row.id)
        event = self.mirror.status_event(draft_id, row.created_at)
        self.on_step("status")
        try:
            self._q("SELECT flegme.change_status(%s, %s, %s, %s, %s, %s, %s, %s, NULL, %s)",
                    (uid, server_id, expected or "draft", target, row.reason,
                     url if target == "published" else None,
                     None if event is None else event.kind,
                     None if event is None else event.text, _at(row.created_at)))
        except TeamUnavailableError:
            raise
        except FlegmeError as exc:
            title = self.mirror.draft_title(draft_id)
            message = f"“{title}”: the server refused “{expected} → {target}”: {exc}"
            self.mirror.record_refusal(draft_id, row.id, _iso(datetime.now(UTC)), message)
            self.report.refused.append(message)
            return
        seq = int(self._scalar("SELECT seq FROM flegme.audit WHERE uid = %s", (uid,)))
        server_event = (None if event is None else
                        self._scalar("SELECT id FROM flegme.review_events WHERE uid = %s",
                                     (uid,)))
        pairings = [Pairing("audit", row.id, seq)]
        if event is not None and server_event is not None:
            pairings.append(Pairing("event", event.id, int(server_event), False))
        self.mirror.record_pushed(*pairings)
        self.report.pushed += 1

    def _push_events(self, draft_id: int, server_id: int) -> None:
        revisions = self.mirror.mapped("revision")
        done = self.mirror.mapped("event")
        for row in self.mirror.events(draft_id):
            local_id = row.id
            if local_id in done:
                synced = self.mirror.synced_resolved("event", local_id)
                if synced is not None and row.resolved != synced:
                    self.on_step("resolved")
                    self._q("SELECT flegme.set_resolved(%s, %s)", (done[local_id], row.resolved))
                    self.mirror.record_pushed(Pairing("event", local_id, done[local_id],
                                                      row.resolved))
                    self.report.pushed += 1
                continue
            if row.kind in _STATUS_KINDS:
                continue  # goes with its status change
            parent = None if row.parent_id is None else done.get(row.parent_id)
            if row.parent_id is not None and parent is None:
                continue  # its parent is not on the server yet
            uid = self.uid("event", local_id)
            self.on_step("event")
            server_event = int(self._scalar(
                "SELECT flegme.add_event(%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (uid, server_id, row.kind, row.text,
                 None if row.revision_id is None else revisions.get(row.revision_id),
                 row.start, row.end, parent, _at(row.created_at))))
            if row.resolved:
                self._q("SELECT flegme.set_resolved(%s, true)", (server_event,))
            self.mirror.record_pushed(Pairing("event", local_id, server_event, row.resolved))
            done[local_id] = server_event
            self.report.pushed += 1

    def _push_dismissals(self, draft_id: int, server_id: int) -> None:
        done = self.mirror.mapped("dismissal")
        for row in self.mirror.dismissals(draft_id):
            local_id, restored = row.id, row.restored
            server = done.get(local_id)
            if server is None:
                self.on_step("dismissal")
                server = int(self._scalar(
                    "SELECT flegme.add_dismissal(%s, %s, %s, %s, %s, %s, %s, %s)",
                    (self.uid("dismissal", local_id), server_id, row.rule, row.start, row.end,
                     row.excerpt, row.scope, _at(row.created_at))))
                synced = False
            else:
                synced = bool(self.mirror.synced_resolved("dismissal", local_id))
            if restored and not synced:
                self._q("SELECT flegme.restore_dismissal(%s)", (server,))
            if server != done.get(local_id) or restored != synced:
                self.mirror.record_pushed(Pairing("dismissal", local_id, server, restored))
                self.report.pushed += 1

    def _pull_dismissals(self, local_id: int, server_id: int) -> None:
        rows = self._q("SELECT id, restored FROM flegme.dismissals WHERE draft_id = %s "
                       "AND restored", (server_id,))
        for server_dismissal, _restored in rows:
            here = self.mirror.local_id("dismissal", int(server_dismissal))
            if here is None or self.mirror.synced_resolved("dismissal", here):
                continue
            self.on_step("pull-dismissal")
            self.mirror.apply_restored_dismissal(here, int(server_dismissal))
            self.report.pulled += 1

    # -- pull --------------------------------------------------------------------------------

    def _pull_styles(self) -> None:
        last = int(self.mirror.meta("style_version", "0"))
        rows = self._q("SELECT s.version, s.toml, p.role, s.created_at FROM flegme.house_styles "
                       "s JOIN flegme.people p ON p.login = s.author WHERE s.version > %s "
                       "ORDER BY s.version", (last,))
        for version, toml, role, created in rows:
            self.on_step("style")
            self.mirror.apply_house_style(version, toml, role, _iso(created))
            self.report.pulled += 1

    def _pull_draft(self, local_id: int, server_id: int) -> None:
        self._pull_events(local_id, server_id)
        self._pull_dismissals(local_id, server_id)
        audits = self._q(
            "SELECT a.seq, a.from_status, a.to_status, p.role, p.display_name, a.at, a.reason "
            "FROM flegme.audit a JOIN flegme.people p ON p.login = a.actor WHERE a.draft_id = %s "
            "AND a.action IN ('create', 'status') ORDER BY a.seq", (server_id,))
        known = set(self.mirror.mapped("audit").values())
        fresh = [PulledAudit(int(seq), old, new, role, name, _iso(at), reason)
                 for seq, old, new, role, name, at, reason in audits if int(seq) not in known]
        server = self._q("SELECT status, published_url, review_revision_id FROM flegme.drafts "
                         "WHERE id = %s", (server_id,))
        if not server:
            return
        status, url, review_rev = server[0]
        local_rev = None if review_rev is None else self.mirror.local_id("revision",
                                                                         int(review_rev))
        if not fresh and self.mirror.draft_state(local_id) == (status, url, local_rev):
            return
        self.on_step("pull-status")
        self.mirror.apply_status(local_id, fresh, status, url, local_rev)
        self.report.pulled += len(fresh)

    def _pull_events(self, local_id: int, server_id: int) -> None:
        rows = self._q(
            "SELECT e.id, e.revision_id, e.kind, p.role, p.display_name, e.created_at, e.start, "
            "e.\"end\", e.text, e.parent_id, e.resolved FROM flegme.review_events e "
            "JOIN flegme.people p ON p.login = e.author WHERE e.draft_id = %s ORDER BY e.id",
            (server_id,))
        for row in rows:
            server_event = int(row[0])
            local_event = self.mirror.local_id("event", server_event)
            if local_event is not None:
                synced = self.mirror.synced_resolved("event", local_event)
                here = self.mirror.event_resolved(local_event)
                if synced is not None and bool(row[10]) != synced and here is not None \
                        and here == synced:
                    self.mirror.apply_resolved(local_event, server_event, bool(row[10]))
                continue
            revision = None if row[1] is None else self.mirror.local_id("revision", int(row[1]))
            parent = None if row[9] is None else self.mirror.local_id("event", int(row[9]))
            self.on_step("pull-event")
            self.mirror.apply_event(local_id, PulledEvent(
                server_event, revision, row[2], row[3], row[4], _iso(row[5]), row[6], row[7],
                row[8], parent, bool(row[10])))
            self.report.pulled += 1


def sync(store: Vault, server: Any, on_step: Callable[[str], None] | None = None) -> SyncReport:
    """Push the vault's news to the server and pull the team's back (see module docstring)."""
    return Syncer(store, server, on_step).run()
