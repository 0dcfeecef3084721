"""The draft vault: an encrypted SQLCipher file whose key lives in the OS keyring (or comes
from a passphrase), with drafts, revisions, search and the review workflow."""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flegme.engine.report import Report
from flegme.errors import KeyringUnavailableError, VaultError, VaultLockedError, WorkflowError
from flegme.style.model import HouseStyle
from flegme.vault import keys, migrations, store
from flegme.vault.models import (
    AuditEntry,
    Dismissal,
    Draft,
    DraftSummary,
    ReviewEvent,
    Revision,
    Role,
    Status,
)
from flegme.vault.rows import audit_entry, dismissal, draft, review_event, revision, summary
from flegme.vault.workflow import (
    check_can_approve,
    check_can_review,
    check_cooling_off,
    check_transition,
)
from flegme.vault.workflow import cooling_off_until as _cooling_off_until

Clock = Callable[[], datetime]
DEFAULT_FILE = "flegme.vault"
_SUMMARY = "SELECT id, title, status, platforms, language, updated_at FROM drafts"


def _utc_now() -> datetime:
    return datetime.now(UTC)


def keyring_entry(vault_id: str) -> str:
    """The keyring entry name (service "Flegme") holding a vault's key."""
    return f"vault:{vault_id}"


class Vault:
    """An open vault. One process at a time; close it (or use `with`)."""

    def __init__(self, path: Path, con: Any, meta: store.VaultMeta, lock: store.ProcessLock,
                 clock: Clock = _utc_now) -> None:
        self.path = path
        self.meta = meta
        self._con = con
        self._lock = lock
        self.clock = clock

    # -- opening and closing -------------------------------------------------------------

    @staticmethod
    def default_path() -> Path:
        """The vault in the user data folder (or under $FLEGME_DATA_DIR)."""
        override = os.environ.get("FLEGME_DATA_DIR")
        if override:
            return Path(override) / DEFAULT_FILE
        from platformdirs import user_data_dir

        return Path(user_data_dir("Flegme", appauthor=False)) / DEFAULT_FILE

    @classmethod
    def create(cls, path: str | os.PathLike[str], *, passphrase: str | None = None,
               clock: Clock = _utc_now) -> tuple[Vault, str]:
        """A new vault; returns it and its recovery key (show it to the user once).

        Keyring mode (no passphrase) stores a random key in the OS keyring and fails with
        `KeyringUnavailableError` when there is no usable keyring: never a plaintext file."""
        path = Path(path)
        if path.exists() or store.meta_path(path).exists():
            raise VaultError(f"A vault already exists at {path}; open it instead.")
        path.parent.mkdir(parents=True, exist_ok=True)
        if passphrase is not None:
            salt = os.urandom(16)
            meta = store.VaultMeta.fresh("passphrase", salt,
                                         (keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P))
            key = keys.derive_key(passphrase, salt)
        else:
            from flegme import secrets

            usable, why = secrets.keyring_usable()
            if not usable:
                raise KeyringUnavailableError(f"{why} Create the vault in passphrase mode.")
            meta = store.VaultMeta.fresh("keyring")
            key = keys.new_key()
            secrets.set_secret(keyring_entry(meta.vault_id), key.hex())
        lock = store.ProcessLock(path)
        lock.acquire()
        try:
            con = store.connect(path, key, create=True)
            migrations.migrate(con)
            store.write_meta(path, meta)
        except BaseException:
            lock.release()
            raise
        return cls(path, con, meta, lock, clock), keys.recovery_key(key)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, passphrase: str | None = None,
             recovery_key: str | None = None, clock: Clock = _utc_now) -> Vault:
        """Open an existing vault with the keyring, a passphrase or the recovery key."""
        path = Path(path)
        if not path.is_file():
            raise VaultError(f"There is no vault at {path}.")
        meta = store.read_meta(path)
        key = cls._key_for(meta, passphrase, recovery_key)
        lock = store.ProcessLock(path)
        lock.acquire()
        try:
            con = store.connect(path, key, create=False)
            migrations.migrate(con)
        except BaseException:
            lock.release()
            raise
        return cls(path, con, meta, lock, clock)

    @staticmethod
    def _key_for(meta: store.VaultMeta, passphrase: str | None,
                 recovery_key: str | None) -> bytes:
        if recovery_key:
            return keys.key_from_recovery(recovery_key)
        if meta.mode == "passphrase":
            if passphrase is None:
                raise VaultLockedError("This vault is protected by a passphrase: enter it.")
            n, r, p = meta.scrypt
            return keys.derive_key(passphrase, bytes.fromhex(meta.salt), n, r, p)
        from flegme import secrets

        stored = secrets.get_secret(keyring_entry(meta.vault_id))
        if not stored:
            raise VaultLockedError("The system keyring has no key for this vault (it may have "
                                   "been reset). Open it with your recovery key.")
        return bytes.fromhex(stored)

    def close(self) -> None:
        """Checkpoint and close; releases the process lock."""
        if self._con is not None:
            try:
                self._con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            finally:
                self._con.close()
                self._con = None
                self._lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def con(self) -> Any:
        """The live connection (raises once closed)."""
        if self._con is None:
            raise VaultError("The vault is closed.")
        return self._con

    def _now(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="microseconds")

    def _write(self, statements: Callable[[Any], Any]) -> Any:
        """Run `statements` in one immediate transaction (durable once this returns)."""
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        try:
            result = statements(con)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return result

    # -- drafts and revisions ------------------------------------------------------------

    def create_draft(self, *, title: str, body: str, language: str,
                     platforms: Sequence[str], role: Role,
                     report: Report | None = None) -> Draft:
        """A new draft and its first revision."""
        now = self._now()

        def run(con: Any) -> int:
            cur = con.execute(
                "INSERT INTO drafts (title, body, language, platforms, status, author_role, "
                "created_at, updated_at, last_edit_at, impulsive, report) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (title, body, language, json.dumps(list(platforms)), Status.DRAFT.value,
                 Role(role).value, now, now, now, int(bool(report and report.verdicts.impulsive)),
                 _report_json(report)))
            draft_id = int(cur.lastrowid)
            con.execute("INSERT INTO revisions (draft_id, number, title, body, author_role, "
                        "created_at, note) VALUES (?, 1, ?, ?, ?, ?, NULL)",
                        (draft_id, title, body, Role(role).value, now))
            con.execute("INSERT INTO audit_log (draft_id, from_status, to_status, author_role, "
                        "created_at, reason) VALUES (?, NULL, 'draft', ?, ?, NULL)",
                        (draft_id, Role(role).value, now))
            return draft_id

        return self.get_draft(self._write(run))

    def save_revision(self, draft_id: int, *, body: str, title: str | None = None,
                      role: Role, note: str | None = None,
                      report: Report | None = None,
                      platforms: Sequence[str] | None = None) -> Revision:
        """Store a new version; committed (and fsynced) when this returns."""
        now = self._now()
        current = self.get_draft(draft_id)
        if current.status in (Status.PUBLISHED, Status.ARCHIVED):
            raise WorkflowError(f"A {current.status.value} draft cannot be edited; "
                                "restore it or start a new draft.")
        new_title = current.title if title is None else title

        def run(con: Any) -> int:
            number = con.execute("SELECT COALESCE(MAX(number), 0) + 1 FROM revisions "
                                 "WHERE draft_id = ?", (draft_id,)).fetchone()[0]
            cur = con.execute(
                "INSERT INTO revisions (draft_id, number, title, body, author_role, created_at, "
                "note) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (draft_id, number, new_title, body, Role(role).value, now, note))
            changed = body != current.body or new_title != current.title
            status = current.status
            if changed and status is Status.APPROVED:  # an approval covers the text approved
                status = Status.DRAFT
                self._audit(con, draft_id, Status.APPROVED, status, role, now,
                            "edited after approval")
            con.execute(
                "UPDATE drafts SET title = ?, body = ?, status = ?, updated_at = ?, "
                "last_edit_at = CASE WHEN ? THEN ? ELSE last_edit_at END, "
                "impulsive = COALESCE(?, impulsive), report = COALESCE(?, report), "
                "platforms = COALESCE(?, platforms) WHERE id = ?",
                (new_title, body, status.value, now, changed, now,
                 None if report is None else int(report.verdicts.impulsive),
                 _report_json(report),
                 None if platforms is None else json.dumps(list(platforms)), draft_id))
            return int(cur.lastrowid)

        revision_id = self._write(run)
        return next(r for r in self.revisions(draft_id) if r.id == revision_id)

    def get_draft(self, draft_id: int) -> Draft:
        """One draft; a clear error when there is no such draft."""
        row = self.con.execute(
            "SELECT id, title, body, language, platforms, status, author_role, created_at, "
            "updated_at, last_edit_at, published_url, impulsive FROM drafts WHERE id = ?",
            (draft_id,)).fetchone()
        if row is None:
            raise VaultError(f"There is no draft number {draft_id} in this vault.")
        return draft(row)

    def last_report(self, draft_id: int) -> dict[str, Any] | None:
        """The stored JSON of the draft's latest check, if any."""
        row = self.con.execute("SELECT report FROM drafts WHERE id = ?", (draft_id,)).fetchone()
        return json.loads(row[0]) if row and row[0] else None

    def list_drafts(self, *, limit: int = 50, offset: int = 0,
                    status: Status | None = None) -> list[DraftSummary]:
        """Most recently edited first."""
        if status is None:
            rows = self.con.execute(f"{_SUMMARY} ORDER BY updated_at DESC LIMIT ? OFFSET ?",
                                    (limit, offset))
        else:
            rows = self.con.execute(
                f"{_SUMMARY} WHERE status = ? ORDER BY updated_at DESC LIMIT ? OFFSET ?",
                (Status(status).value, limit, offset))
        return [summary(r) for r in rows.fetchall()]

    def count_drafts(self) -> int:
        """How many drafts the vault holds."""
        return int(self.con.execute("SELECT count(*) FROM drafts").fetchone()[0])

    def search(self, query: str, *, limit: int = 50) -> list[DraftSummary]:
        """Full-text search over titles and bodies; accents and case do not matter."""
        match = _fts_query(query)
        if not match:
            return []
        # Rank inside FTS5 first (its own fast path for ORDER BY rank LIMIT), then join.
        rows = self.con.execute(
            "SELECT d.id, d.title, d.status, d.platforms, d.language, d.updated_at "
            "FROM (SELECT rowid, rank FROM drafts_fts WHERE drafts_fts MATCH ? "
            "ORDER BY rank LIMIT ?) AS f JOIN drafts d ON d.id = f.rowid ORDER BY f.rank",
            (match, limit))
        return [summary(r) for r in rows.fetchall()]

    def revisions(self, draft_id: int) -> list[Revision]:
        """Every saved version, oldest first."""
        rows = self.con.execute(
            "SELECT id, draft_id, number, title, body, author_role, created_at, note "
            "FROM revisions WHERE draft_id = ? ORDER BY number", (draft_id,))
        return [revision(r) for r in rows.fetchall()]

    def revision_ids(self) -> set[int]:
        """Ids of every stored revision (used by the crash test)."""
        return {int(r[0]) for r in self.con.execute("SELECT id FROM revisions").fetchall()}

    # -- review workflow -----------------------------------------------------------------

    def _audit(self, con: Any, draft_id: int, old: Status | None, new: Status, role: Role,
               now: str, reason: str | None) -> None:
        con.execute("INSERT INTO audit_log (draft_id, from_status, to_status, author_role, "
                    "created_at, reason) VALUES (?, ?, ?, ?, ?, ?)",
                    (draft_id, None if old is None else old.value, new.value, Role(role).value,
                     now, reason))

    def _move(self, draft_id: int, target: Status, role: Role, *, reason: str | None = None,
              url: str | None = None, event: tuple[str, str] | None = None) -> Draft:
        current = self.get_draft(draft_id)
        check_transition(current.status, target)
        now = self._now()

        def run(con: Any) -> None:
            con.execute("UPDATE drafts SET status = ?, updated_at = ?, "
                        "published_url = COALESCE(?, published_url) WHERE id = ?",
                        (target.value, now, url, draft_id))
            self._audit(con, draft_id, current.status, target, role, now, reason)
            if event is not None:
                self._event(con, draft_id, event[0], role, now, None, None, event[1])

        self._write(run)
        return self.get_draft(draft_id)

    def _latest_revision_id(self, con: Any, draft_id: int) -> int | None:
        row = con.execute("SELECT id FROM revisions WHERE draft_id = ? ORDER BY number DESC "
                          "LIMIT 1", (draft_id,)).fetchone()
        return None if row is None else int(row[0])

    def _event(self, con: Any, draft_id: int, kind: str, role: Role, now: str,
               start: int | None, end: int | None, text: str,
               revision_id: int | None = None) -> int:
        rev = revision_id if revision_id is not None else self._latest_revision_id(con, draft_id)
        cur = con.execute("INSERT INTO review_events (draft_id, revision_id, kind, author_role, "
                          "created_at, start, \"end\", text) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                          (draft_id, rev, kind, Role(role).value, now, start, end, text))
        return int(cur.lastrowid)

    def cooling_off_until(self, draft_id: int, style: HouseStyle) -> datetime | None:
        """When an impulsive draft may go to review or be approved; None when not held."""
        until = _cooling_off_until(self.get_draft(draft_id), style)
        return None if until is None or self.clock() >= until else until

    def submit_for_review(self, draft_id: int, *, role: Role, style: HouseStyle,
                          override_reason: str | None = None) -> Draft:
        """draft / changes_requested -> in_review (held while an impulsive draft cools off)."""
        current = self.get_draft(draft_id)
        check_transition(current.status, Status.IN_REVIEW)
        reason = check_cooling_off(current, style, self.clock(), Role(role), override_reason)
        return self._move(draft_id, Status.IN_REVIEW, role, reason=reason)

    def approve(self, draft_id: int, *, role: Role, style: HouseStyle,
                override_reason: str | None = None, text: str = "") -> Draft:
        """in_review -> approved, by a reviewer (or the leader if self-approval is allowed)."""
        current = self.get_draft(draft_id)
        check_transition(current.status, Status.APPROVED)
        check_can_approve(Role(role), style)
        reason = check_cooling_off(current, style, self.clock(), Role(role), override_reason)
        return self._move(draft_id, Status.APPROVED, role, reason=reason,
                          event=("approve", text))

    def request_changes(self, draft_id: int, *, role: Role, text: str) -> Draft:
        """in_review -> changes_requested, with what to change."""
        check_can_review(Role(role))
        if not text.strip():
            raise WorkflowError("Say what should change.")
        return self._move(draft_id, Status.CHANGES_REQUESTED, role,
                          event=("request_changes", text))

    def mark_published(self, draft_id: int, *, role: Role, url: str) -> Draft:
        """approved -> published, with the post's address."""
        if not url.strip().lower().startswith(("http://", "https://")):
            raise WorkflowError("Give the published post's address (https://...).")
        return self._move(draft_id, Status.PUBLISHED, role, url=url.strip())

    def archive(self, draft_id: int, *, role: Role) -> Draft:
        """Any status -> archived."""
        return self._move(draft_id, Status.ARCHIVED, role)

    def restore(self, draft_id: int, *, role: Role) -> Draft:
        """archived -> the status it had before archiving."""
        current = self.get_draft(draft_id)
        if current.status is not Status.ARCHIVED:
            raise WorkflowError("Only an archived draft can be restored.")
        row = self.con.execute("SELECT from_status FROM audit_log WHERE draft_id = ? AND "
                               "to_status = 'archived' ORDER BY id DESC LIMIT 1",
                               (draft_id,)).fetchone()
        previous = Status(row[0]) if row and row[0] else Status.DRAFT
        now = self._now()

        def run(con: Any) -> None:
            con.execute("UPDATE drafts SET status = ?, updated_at = ? WHERE id = ?",
                        (previous.value, now, draft_id))
            self._audit(con, draft_id, Status.ARCHIVED, previous, role, now, "restored")

        self._write(run)
        return self.get_draft(draft_id)

    def review_queue(self) -> list[DraftSummary]:
        """Drafts waiting for review, oldest first."""
        rows = self.con.execute(f"{_SUMMARY} WHERE status = 'in_review' ORDER BY updated_at")
        return [summary(r) for r in rows.fetchall()]

    def comment(self, draft_id: int, *, revision_id: int, start: int, end: int, text: str,
                role: Role) -> ReviewEvent:
        """A comment anchored to `[start, end)` of a revision."""
        rev = next((r for r in self.revisions(draft_id) if r.id == revision_id), None)
        if rev is None:
            raise VaultError(f"Revision {revision_id} is not a revision of draft {draft_id}.")
        if not 0 <= start <= end <= len(rev.body):
            raise VaultError("The commented passage lies outside the text.")
        now = self._now()
        event_id = self._write(lambda con: self._event(con, draft_id, "comment", role, now,
                                                       start, end, text, revision_id))
        return next(e for e in self.review_events(draft_id) if e.id == event_id)

    def review_events(self, draft_id: int) -> list[ReviewEvent]:
        """Comments, approvals and change requests, oldest first."""
        rows = self.con.execute(
            "SELECT id, draft_id, revision_id, kind, author_role, created_at, start, \"end\", "
            "text FROM review_events WHERE draft_id = ? ORDER BY id", (draft_id,))
        return [review_event(r) for r in rows.fetchall()]

    def audit_log(self, draft_id: int | None = None) -> list[AuditEntry]:
        """Status changes, oldest first (for one draft or all)."""
        sql = ("SELECT id, draft_id, from_status, to_status, author_role, created_at, reason "
               "FROM audit_log")
        rows = (self.con.execute(sql + " ORDER BY id") if draft_id is None else
                self.con.execute(sql + " WHERE draft_id = ? ORDER BY id", (draft_id,)))
        return [audit_entry(r) for r in rows.fetchall()]

    # -- dismissed findings --------------------------------------------------------------

    def dismiss(self, draft_id: int, *, rule: str, start: int, end: int, excerpt: str,
                scope: str, role: Role) -> Dismissal:
        """Remember that a finding was dismissed (who, when, how widely)."""
        if scope not in ("once", "draft", "proposed_allow"):
            raise VaultError(f"Unknown dismissal scope '{scope}'.")
        now = self._now()
        new_id = self._write(lambda con: int(con.execute(
            "INSERT INTO dismissals (draft_id, rule, start, \"end\", excerpt, scope, "
            "author_role, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (draft_id, rule, start, end, excerpt, scope, Role(role).value, now)).lastrowid))
        return next(d for d in self.dismissals(draft_id) if d.id == new_id)

    def dismissals(self, draft_id: int) -> list[Dismissal]:
        """Every dismissal of a draft (restored ones included, flagged)."""
        rows = self.con.execute(
            "SELECT id, draft_id, rule, start, \"end\", excerpt, scope, author_role, "
            "created_at, restored FROM dismissals WHERE draft_id = ? ORDER BY id", (draft_id,))
        return [dismissal(r) for r in rows.fetchall()]

    def proposed_allow_terms(self) -> list[Dismissal]:
        """Terms leaders proposed to the comms lead for the allow list."""
        rows = self.con.execute(
            "SELECT id, draft_id, rule, start, \"end\", excerpt, scope, author_role, "
            "created_at, restored FROM dismissals WHERE scope = 'proposed_allow' AND "
            "restored = 0 ORDER BY id")
        return [dismissal(r) for r in rows.fetchall()]

    def restore_dismissal(self, dismissal_id: int) -> None:
        """Bring a dismissed finding back."""
        self._write(lambda con: con.execute("UPDATE dismissals SET restored = 1 WHERE id = ?",
                                            (dismissal_id,)))

    # -- house style ---------------------------------------------------------------------

    def set_house_style(self, toml_text: str, *, role: Role) -> int:
        """Store a new version of the house style (comms lead only); returns its version."""
        if Role(role) is not Role.COMMS_LEAD:
            raise WorkflowError("Only the comms lead can change the house style.")
        from flegme.style.loader import parse_style

        parse_style(toml_text, "<house style in the vault>")  # never store an invalid style
        now = self._now()
        return int(self._write(lambda con: con.execute(
            "INSERT INTO house_styles (toml, author_role, created_at) VALUES (?, ?, ?)",
            (toml_text, Role(role).value, now)).lastrowid))

    def house_style_text(self) -> str | None:
        """The house style in force (latest version), if one was stored."""
        row = self.con.execute("SELECT toml FROM house_styles ORDER BY id DESC LIMIT 1").fetchone()
        return None if row is None else str(row[0])

    def house_style_versions(self) -> list[tuple[int, str, datetime]]:
        """(version, author role, time) of every stored house style."""
        rows = self.con.execute("SELECT id, author_role, created_at FROM house_styles ORDER BY id")
        return [(int(r[0]), str(r[1]), datetime.fromisoformat(r[2])) for r in rows.fetchall()]

    # -- keys, backup ----------------------------------------------------------------------

    def rekey(self, *, passphrase: str | None = None) -> str:
        """Replace the key (the old one and its recovery key stop working); returns the new
        recovery key. Keyring mode replaces the keyring entry; passphrase mode needs the new
        passphrase."""
        from flegme.vault.rekey import rekey_vault

        return rekey_vault(self, passphrase)

    def integrity_problems(self) -> list[str]:
        """Empty when SQLite's and SQLCipher's integrity checks both pass."""
        return store.integrity_problems(self.con)


def _report_json(report: Report | None) -> str | None:
    return None if report is None else json.dumps(report.to_dict(), ensure_ascii=False)


def _fts_query(query: str) -> str:
    """User text as a safe FTS5 query: every word must appear (prefix match on the last)."""
    words = ["".join(c for c in w if c.isalnum()) for w in query.split()]
    words = [w for w in words if w]
    if not words:
        return ""
    terms = [f'"{w}"' for w in words[:-1]] + [f'"{words[-1]}"*']
    return " ".join(terms)
