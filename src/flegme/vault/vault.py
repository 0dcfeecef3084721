"""The draft vault: an encrypted SQLCipher file whose key lives in the OS keyring (or comes
from a passphrase), with drafts, revisions, search and the review workflow."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

from flegme.errors import (
    VaultCorruptError,
    VaultError,
    VaultLockedError,
    WorkflowError,
    WrongKeyError,
)
from flegme.private_files import copy_private, private_dir
from flegme.style.model import HouseStyle
from flegme.vault import damage, keyring_store, keys, migrations, store
from flegme.vault.drafts import SUMMARY_SQL, Clock, DraftStore, utc_now
from flegme.vault.models import AuditEntry, Draft, DraftSummary, ReviewEvent, Role, Status
from flegme.vault.rekey import journal_path, read_journal, recover
from flegme.vault.rows import audit_entry, review_event, summary
from flegme.vault.workflow import (
    check_can_approve,
    check_can_review,
    check_cooling_off,
    check_transition,
)
from flegme.vault.workflow import cooling_off_until as _cooling_off_until

DEFAULT_FILE = "flegme.vault"


class Vault(DraftStore):
    """An open vault. One process at a time; close it (or use `with`)."""

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
               clock: Clock = utc_now) -> tuple[Vault, str]:
        """A new vault; returns it and its recovery key (show it to the user once).

        Keyring mode (no passphrase) stores a random key in the OS keyring and fails with
        `KeyringUnavailableError` when there is no usable keyring: never a plaintext file."""
        path = Path(path)
        if path.exists() or store.meta_path(path).exists():
            raise VaultError(f"A vault already exists at {path}; open it instead.")
        private_dir(path.parent, ours=path == cls.default_path())
        if passphrase is not None:
            salt = os.urandom(16)
            n, r, p = keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P
            meta = store.VaultMeta.fresh("passphrase", salt, (n, r, p))
            key = keys.derive_key(passphrase, salt, n, r, p)
        else:
            keyring_store.require_keyring()
            meta = store.VaultMeta.fresh("keyring")
            key = keys.new_key()
            keyring_store.store_key(keyring_store.entry_for(meta), key)
        lock = store.ProcessLock(path)
        lock.acquire()
        try:
            set_aside = store.set_aside_sidecars(path)  # never replay another file's journal
            con = store.connect(path, key, create=True)
            migrations.migrate(con)
            store.write_meta(path, meta)
        except BaseException:
            lock.release()
            raise
        vault = cls(path, con, meta, lock, clock)
        vault.notices.extend(_set_aside_notice(set_aside))
        return vault, keys.recovery_key(key)

    @classmethod
    def open(cls, path: str | os.PathLike[str], *, passphrase: str | None = None,
             recovery_key: str | None = None, clock: Clock = utc_now) -> Vault:
        """Open an existing vault with the keyring, a passphrase or the recovery key.

        Finishes or undoes a key change that was interrupted, checks the file (bounded), and
        opens a damaged vault read-only; `notices` then says what the user must know."""
        path = Path(path)
        store.refuse_missing_or_empty(path)
        meta = store.read_meta(path)
        lock = store.ProcessLock(path)
        lock.acquire()
        try:
            con, meta, key, notices = cls._unlock(path, meta, passphrase, recovery_key)
            try:
                problems = _check_and_upgrade(path, con, meta)
            except BaseException:
                con.close()
                raise
        except BaseException:
            lock.release()
            raise
        vault = cls(path, con, meta, lock, clock)
        vault.notices.extend(notices)
        if problems:
            vault.notices.append(damage.damage_message(problems))
        elif recovery_key:
            vault.notices.extend(keyring_store.repair_entry(vault, key))
        return vault

    @classmethod
    def _unlock(cls, path: Path, meta: store.VaultMeta, passphrase: str | None,
                recovery_key: str | None) -> tuple[Any, store.VaultMeta, bytes, list[str]]:
        """The open connection, the header in force, the key, and what to tell: through an
        interrupted key change's journal when there is one."""
        journal, notices = read_journal(path), []
        if journal is not None and meta.vault_id not in (journal.previous.vault_id,
                                                         journal.new.vault_id):
            journal, notices = None, _set_aside_foreign_journal(path)
        if journal is not None:
            return recover(path, journal, passphrase, recovery_key)
        key = cls.key_for(meta, passphrase, recovery_key)
        return _connect(path, key, meta, recovery_key), meta, key, notices

    @staticmethod
    def key_for(meta: store.VaultMeta, passphrase: str | None,
                recovery_key: str | None) -> bytes:
        """The key a header, a passphrase or a recovery key gives (the keyring when neither)."""
        if recovery_key:
            return keys.key_from_recovery(recovery_key)
        if meta.mode == "passphrase":
            if passphrase is None:
                raise VaultLockedError("This vault is protected by a passphrase: enter it.")
            n, r, p = meta.scrypt
            return keys.derive_key(passphrase, bytes.fromhex(meta.salt), n, r, p)
        stored = keyring_store.load_key(keyring_store.entry_for(meta))
        if stored is None:
            raise VaultLockedError("The system keyring has no key for this vault (it may have "
                                   "been reset). Open it with your recovery key.")
        return stored

    def __enter__(self) -> Vault:
        return self

    # -- review workflow -----------------------------------------------------------------

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
        rows = self.con.execute(f"{SUMMARY_SQL} WHERE status = 'in_review' ORDER BY updated_at")
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

    # -- keys, backup ----------------------------------------------------------------------

    def rekey(self, *, passphrase: str | None = None,
              on_recovery_key: Callable[[str], None] | None = None) -> str:
        """Replace the key; returns the new recovery key, first handed to `on_recovery_key`
        while the old key still works. Afterwards the old key and recovery key no longer open
        the vault, but backups made before still need them. Keyring mode (no passphrase) puts
        the key under a new keyring entry; passphrase mode derives it from the new passphrase.
        Any failure leaves the old or the new key in force, and the error says which."""
        from flegme.vault.rekey import rekey_vault

        return rekey_vault(self, passphrase, on_recovery_key)

    def backup(self, dest: str | os.PathLike[str]) -> Path:
        """An encrypted copy of the whole vault (one file, same key, header beside it)."""
        from flegme.vault.backup import backup

        return backup(self, Path(dest))

    @classmethod
    def restore_backup(cls, src: str | os.PathLike[str], dest: str | os.PathLike[str], *,
                       passphrase: str | None = None, recovery_key: str | None = None,
                       new_passphrase: str | None = None,
                       on_recovery_key: Callable[[str], None] | None = None,
                       on_notice: Callable[[str], None] | None = None) -> Path:
        """Check a backup opens, then put it in place at `dest` (never over a file); see
        `flegme.vault.backup.restore_backup`."""
        from flegme.vault.backup import restore_backup

        return restore_backup(Path(src), Path(dest), passphrase=passphrase,
                              recovery_key=recovery_key, new_passphrase=new_passphrase,
                              on_recovery_key=on_recovery_key, on_notice=on_notice)

    def export(self, ids: Sequence[int], fmt: str) -> str:
        """Chosen drafts as Markdown ("md") or JSON: plain text, on explicit request only."""
        from flegme.vault.backup import export_drafts

        return export_drafts(self, ids, fmt)

    def integrity_problems(self) -> list[str]:
        """Empty when SQLite's and SQLCipher's integrity checks both pass."""
        return store.integrity_problems(self.con)



def _connect(path: Path, key: bytes, meta: store.VaultMeta, recovery_key: str | None) -> Any:
    try:
        return store.connect(path, key, create=False)
    except WrongKeyError:
        if recovery_key or meta.mode == "passphrase":
            raise
        raise WrongKeyError(
            "The key in the system keyring does not open this vault (it may belong to "
            "another copy of it). Open it with its recovery key. Nothing was changed."
        ) from None


def _check_and_upgrade(path: Path, con: Any, meta: store.VaultMeta) -> list[str]:
    """Run the bounded integrity check; upgrade the schema of a sound vault. Returns the
    damage found (the connection is then read-only)."""
    problems = damage.check_on_open(con, path)
    if migrations.schema_version(con) == 0:
        raise VaultCorruptError(
            f"{path} holds no Flegme drafts (its creation never finished). Nothing was "
            "changed. Restore a backup, or move it away and run `flegme vault init`.")
    if not problems:
        _copy_before_migrating(path, con, meta)
        migrations.migrate(con)
    return problems


def _set_aside_foreign_journal(path: Path) -> list[str]:
    """A key-change journal of another vault (one that lived at this place before)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    journal = journal_path(path)
    aside = journal.with_name(f"{journal.name}.set-aside-{stamp}")
    os.replace(journal, aside)
    return [f"{journal.name} belonged to another vault; it was set aside as {aside.name}."]


def _set_aside_notice(moved: list[Path]) -> list[str]:
    return [f"A leftover journal beside the vault was set aside as {m.name} (kept, not applied)."
            for m in moved]


def _copy_before_migrating(path: Path, con: Any, meta: store.VaultMeta) -> None:
    """Keep an encrypted copy of a vault about to be upgraded to a newer schema."""
    version = migrations.schema_version(con)
    if not 0 < version < migrations.LATEST:
        return
    copy = path.with_name(f"{path.name}.schema{version}.bak")
    if copy.exists():
        return
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the main file alone is then complete
    copy_private(path, copy)
    store.write_meta(copy, meta)
