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

import json
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from flegme.errors import FlegmeError
from flegme.team.errors import TeamUnavailableError
from flegme.team.repository import translate
from flegme.team.sync_state import SyncState

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
    """One sync between an open vault (`DraftStore`) and a server connection (autocommit)."""

    def __init__(self, store: Any, server: Any,
                 on_step: Callable[[str], None] | None = None) -> None:
        self.store = store
        self.server = server
        self.state = SyncState(store)
        self.report = SyncReport()
        self.on_step = on_step or (lambda _what: None)

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
        local = self.store.con.execute("SELECT id FROM drafts ORDER BY id").fetchall()
        for (draft_id,) in local:
            self._push_draft(int(draft_id))
        self._pull_styles()
        for local_id, server_id in sorted(self.state.mapped("draft").items()):
            self._pull_draft(local_id, server_id)
        stamp = _iso(datetime.now(UTC))
        self.store.write(lambda con: con.execute(
            "INSERT OR REPLACE INTO team_meta VALUES ('last_sync', ?)", (stamp,)))
        return self.report

    # -- push --------------------------------------------------------------------------------

    def _push_draft(self, draft_id: int) -> None:
        con = self.store.con
        draft = con.execute("SELECT title, language, platforms, impulsive, published_url "
                            "FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        platforms = list(json.loads(draft[2]))
        revisions = con.execute("SELECT id, number, title, body, created_at, note FROM "
                                "revisions WHERE draft_id = ? ORDER BY number",
                                (draft_id,)).fetchall()
        audits = con.execute("SELECT id, from_status, to_status, created_at, reason FROM "
                             "audit_log WHERE draft_id = ? ORDER BY id", (draft_id,)).fetchall()
        server_id = self.state.server_id("draft", draft_id)
        if server_id is None:
            server_id = self._create(draft_id, draft, platforms, revisions[0], audits)
        done_revisions = self.state.mapped("revision")
        done_audits = self.state.mapped("audit")
        items = [(r[4], 0, r[0], ("revision", r)) for r in revisions
                 if int(r[0]) not in done_revisions]
        items += [(a[3], 1, a[0], ("audit", a)) for a in audits if int(a[0]) not in done_audits]
        waiting = []
        for _at_text, _order, _id, (kind, row) in sorted(items):
            if kind == "revision":
                if not self._push_revision(draft_id, server_id, row, platforms, bool(draft[3])):
                    waiting.append(row)
            else:
                self._push_status(draft_id, server_id, row, draft[4])
        for row in waiting:  # once a take-back got through, the edit may go too
            if not self._push_revision(draft_id, server_id, row, platforms, bool(draft[3])):
                self.report.waiting.append(
                    f"“{draft[0]}”: revision {row[1]} is kept on this computer; the server "
                    "has this draft under review or decided: take it back to send the edit.")
        self._push_events(draft_id, server_id)
        self._push_dismissals(draft_id, server_id)

    def _create(self, draft_id: int, draft: Any, platforms: list[str], first: Any,
                audits: list[Any]) -> int:
        uid = self.state.uid("draft", draft_id)
        rev_uid = self.state.uid("revision", int(first[0]))
        self.on_step("create")
        server_id = int(self._scalar(
            "SELECT flegme.create_draft(%s, %s, %s, %s, %s, %s, %s, NULL, %s)",
            (uid, rev_uid, first[2], first[3], draft[1], platforms, bool(draft[3]),
             _at(first[4]))))
        server_rev = int(self._scalar("SELECT id FROM flegme.revisions WHERE uid = %s",
                                      (rev_uid,)))
        create_seq = self._scalar("SELECT seq FROM flegme.audit WHERE draft_id = %s AND "
                                  "action = 'create'", (server_id,))
        local_create = next((int(a[0]) for a in audits if a[1] is None), None)

        def run(con: Any) -> None:
            SyncState.record(con, "draft", draft_id, server_id, "pushed")
            SyncState.record(con, "revision", int(first[0]), server_rev, "pushed")
            if local_create is not None and create_seq is not None:
                SyncState.record(con, "audit", local_create, int(create_seq), "pushed")

        self.store.write(run)
        self.report.pushed += 1
        return server_id

    def _push_revision(self, draft_id: int, server_id: int, row: Any, platforms: list[str],
                       impulsive: bool) -> bool:
        uid = self.state.uid("revision", int(row[0]))
        self.on_step("revision")
        try:
            server_rev = int(self._scalar(
                "SELECT flegme.save_revision(%s, %s, %s, %s, %s, %s, NULL, %s, %s)",
                (uid, server_id, row[2], row[3], platforms, impulsive, row[5], _at(row[4]))))
        except TeamUnavailableError:
            raise
        except FlegmeError:
            return False
        self.store.write(lambda con: SyncState.record(con, "revision", int(row[0]), server_rev,
                                                      "pushed"))
        self.report.pushed += 1
        return True

    def _push_status(self, draft_id: int, server_id: int, row: Any, url: str | None) -> None:
        local_audit, expected, target, at_text, reason = row
        uid = self.state.uid("audit", int(local_audit))
        event = self.store.con.execute(
            "SELECT id, kind, text FROM review_events WHERE draft_id = ? AND created_at = ? "
            "AND kind IN ('approve', 'request_changes')", (draft_id, at_text)).fetchone()
        self.on_step("status")
        try:
            self._q("SELECT flegme.change_status(%s, %s, %s, %s, %s, %s, %s, %s, NULL, %s)",
                    (uid, server_id, expected or "draft", target, reason,
                     url if target == "published" else None,
                     None if event is None else event[1], None if event is None else event[2],
                     _at(at_text)))
        except TeamUnavailableError:
            raise
        except FlegmeError as exc:
            title = self.store.con.execute("SELECT title FROM drafts WHERE id = ?",
                                           (draft_id,)).fetchone()[0]
            message = f"“{title}”: the server refused “{expected} → {target}”: {exc}"

            def refuse(con: Any) -> None:
                SyncState.record(con, "audit", int(local_audit), 0, "refused")
                con.execute("INSERT INTO team_refusals (draft_id, created_at, message) "
                            "VALUES (?, ?, ?)", (draft_id, _iso(datetime.now(UTC)), message))

            self.store.write(refuse)
            self.report.refused.append(message)
            return
        seq = int(self._scalar("SELECT seq FROM flegme.audit WHERE uid = %s", (uid,)))
        server_event = (None if event is None else
                        self._scalar("SELECT id FROM flegme.review_events WHERE uid = %s",
                                     (uid,)))

        def run(con: Any) -> None:
            SyncState.record(con, "audit", int(local_audit), seq, "pushed")
            if event is not None and server_event is not None:
                SyncState.record(con, "event", int(event[0]), int(server_event), "pushed",
                                 False)

        self.store.write(run)
        self.report.pushed += 1

    def _push_events(self, draft_id: int, server_id: int) -> None:
        events = self.store.con.execute(
            "SELECT id, revision_id, kind, created_at, start, \"end\", text, parent_id, "
            "resolved FROM review_events WHERE draft_id = ? ORDER BY id", (draft_id,)).fetchall()
        revisions = self.state.mapped("revision")
        done = self.state.mapped("event")
        for row in events:
            local_id = int(row[0])
            if local_id in done:
                synced = self.state.synced_resolved(local_id)
                if synced is not None and bool(row[8]) != synced:
                    self.on_step("resolved")
                    self._q("SELECT flegme.set_resolved(%s, %s)", (done[local_id], bool(row[8])))
                    self.store.write(lambda con, r=row, s=done[local_id]: SyncState.record(
                        con, "event", int(r[0]), s, "pushed", bool(r[8])))
                    self.report.pushed += 1
                continue
            if row[2] in _STATUS_KINDS:
                continue  # goes with its status change
            parent = None if row[7] is None else done.get(int(row[7]))
            if row[7] is not None and parent is None:
                continue  # its parent is not on the server yet
            uid = self.state.uid("event", local_id)
            self.on_step("event")
            server_event = int(self._scalar(
                "SELECT flegme.add_event(%s, %s, %s, %s, %s, %s, %s, %s, %s)",
                (uid, server_id, row[2], row[6],
                 None if row[1] is None else revisions.get(int(row[1])), row[4], row[5],
                 parent, _at(row[3]))))
            if row[8]:
                self._q("SELECT flegme.set_resolved(%s, true)", (server_event,))
            self.store.write(lambda con, i=local_id, s=server_event, r=bool(row[8]):
                             SyncState.record(con, "event", i, s, "pushed", r))
            done[local_id] = server_event
            self.report.pushed += 1

    def _push_dismissals(self, draft_id: int, server_id: int) -> None:
        rows = self.store.con.execute(
            "SELECT id, rule, start, \"end\", excerpt, scope, created_at, restored FROM "
            "dismissals WHERE draft_id = ? ORDER BY id", (draft_id,)).fetchall()
        done = self.state.mapped("dismissal")
        for row in rows:
            local_id, restored = int(row[0]), bool(row[7])
            server = done.get(local_id)
            if server is None:
                self.on_step("dismissal")
                server = int(self._scalar(
                    "SELECT flegme.add_dismissal(%s, %s, %s, %s, %s, %s, %s, %s)",
                    (self.state.uid("dismissal", local_id), server_id, row[1], row[2], row[3],
                     row[4], row[5], _at(row[6]))))
                synced = False
            else:
                synced = bool(self.state.synced_resolved_of("dismissal", local_id))
            if restored and not synced:
                self._q("SELECT flegme.restore_dismissal(%s)", (server,))
            if server != done.get(local_id) or restored != synced:
                self.store.write(lambda con, i=local_id, s=server, r=restored: SyncState.record(
                    con, "dismissal", i, s, "pushed", r))
                self.report.pushed += 1

    def _pull_dismissals(self, local_id: int, server_id: int) -> None:
        rows = self._q("SELECT id, restored FROM flegme.dismissals WHERE draft_id = %s "
                       "AND restored", (server_id,))
        for server_dismissal, _restored in rows:
            here = self.state.local_id("dismissal", int(server_dismissal))
            if here is None or self.state.synced_resolved_of("dismissal", here):
                continue

            def restore(con: Any, i: int = here, s: int = int(server_dismissal)) -> None:
                con.execute("UPDATE dismissals SET restored = 1 WHERE id = ?", (i,))
                SyncState.record(con, "dismissal", i, s, "pulled", True)

            self.on_step("pull-dismissal")
            self.store.write(restore)
            self.report.pulled += 1

    # -- pull --------------------------------------------------------------------------------

    def _pull_styles(self) -> None:
        last = int(self.state.meta("style_version", "0"))
        rows = self._q("SELECT s.version, s.toml, p.role, s.created_at FROM flegme.house_styles "
                       "s JOIN flegme.people p ON p.login = s.author WHERE s.version > %s "
                       "ORDER BY s.version", (last,))
        for version, toml, role, created in rows:
            def run(con: Any, v: int = version, t: str = toml, r: str = role,
                    c: datetime = created) -> None:
                con.execute("INSERT INTO house_styles (toml, author_role, created_at) "
                            "VALUES (?, ?, ?)", (t, r, _iso(c)))
                con.execute("INSERT OR REPLACE INTO team_meta VALUES ('style_version', ?)",
                            (str(v),))

            self.on_step("style")
            self.store.write(run)
            self.report.pulled += 1

    def _pull_draft(self, local_id: int, server_id: int) -> None:
        self._pull_events(local_id, server_id)
        self._pull_dismissals(local_id, server_id)
        audits = self._q(
            "SELECT a.seq, a.from_status, a.to_status, p.role, p.display_name, a.at, a.reason "
            "FROM flegme.audit a JOIN flegme.people p ON p.login = a.actor WHERE a.draft_id = %s "
            "AND a.action IN ('create', 'status') ORDER BY a.seq", (server_id,))
        known = set(self.state.mapped("audit").values())
        fresh = [a for a in audits if int(a[0]) not in known]
        server = self._q("SELECT status, published_url, review_revision_id FROM flegme.drafts "
                         "WHERE id = %s", (server_id,))
        if not server:
            return
        status, url, review_rev = server[0]
        local_rev = None if review_rev is None else self.state.local_id("revision",
                                                                        int(review_rev))
        current = self.store.con.execute("SELECT status, published_url, review_revision_id "
                                         "FROM drafts WHERE id = ?", (local_id,)).fetchone()
        if not fresh and tuple(current) == (status, url, local_rev):
            return

        def run(con: Any) -> None:
            for seq, old, new, role, name, at, reason in fresh:
                cur = con.execute("INSERT INTO audit_log (draft_id, from_status, to_status, "
                                  "author_role, created_at, reason, author_name) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?)",
                                  (local_id, old, new, role, _iso(at), reason, name))
                SyncState.record(con, "audit", int(cur.lastrowid), int(seq), "pulled")
            con.execute("UPDATE drafts SET status = ?, published_url = ?, "
                        "review_revision_id = COALESCE(?, review_revision_id) WHERE id = ?",
                        (status, url, local_rev, local_id))

        self.on_step("pull-status")
        self.store.write(run)
        self.report.pulled += len(fresh)

    def _pull_events(self, local_id: int, server_id: int) -> None:
        rows = self._q(
            "SELECT e.id, e.revision_id, e.kind, p.role, p.display_name, e.created_at, e.start, "
            "e.\"end\", e.text, e.parent_id, e.resolved FROM flegme.review_events e "
            "JOIN flegme.people p ON p.login = e.author WHERE e.draft_id = %s ORDER BY e.id",
            (server_id,))
        for row in rows:
            server_event = int(row[0])
            local_event = self.state.local_id("event", server_event)
            if local_event is not None:
                synced = self.state.synced_resolved(local_event)
                here = self.store.con.execute("SELECT resolved FROM review_events WHERE id = ?",
                                              (local_event,)).fetchone()
                if synced is not None and bool(row[10]) != synced and here is not None \
                        and bool(here[0]) == synced:
                    def resolve(con: Any, i: int = local_event, r: bool = bool(row[10]),
                                s: int = server_event) -> None:
                        con.execute("UPDATE review_events SET resolved = ? WHERE id = ?",
                                    (int(r), i))
                        SyncState.record(con, "event", i, s, "pulled", r)

                    self.store.write(resolve)
                continue
            revision = None if row[1] is None else self.state.local_id("revision", int(row[1]))
            parent = None if row[9] is None else self.state.local_id("event", int(row[9]))

            def insert(con: Any, r: Any = row, rev: int | None = revision,
                       par: int | None = parent) -> None:
                cur = con.execute(
                    "INSERT INTO review_events (draft_id, revision_id, kind, author_role, "
                    "created_at, start, \"end\", text, parent_id, resolved, author_name) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (local_id, rev, r[2], r[3], _iso(r[5]), r[6], r[7], r[8], par, int(r[10]),
                     r[4]))
                SyncState.record(con, "event", int(cur.lastrowid), int(r[0]), "pulled",
                                 bool(r[10]))

            self.on_step("pull-event")
            self.store.write(insert)
            self.report.pulled += 1


def sync(store: Any, server: Any, on_step: Callable[[str], None] | None = None) -> SyncReport:
    """Push the vault's news to the server and pull the team's back (see module docstring)."""
    return Syncer(store, server, on_step).run()
