"""Encrypted backup (one file, same key) and restore; export of chosen drafts on request, and
of whatever can still be read from a damaged vault."""

from __future__ import annotations

import contextlib
import json
import os
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flegme.errors import FlegmeError, VaultCorruptError, VaultError
from flegme.private_files import copy_private, create_private, private_dir
from flegme.review.models import Draft
from flegme.vault.sqlcipher import keyring_store, keys, migrations, store

if TYPE_CHECKING:
    from flegme.vault.sqlcipher.drafts import DraftStore

BACKUP_SUFFIX = ".flegme-backup"


def backup(vault: DraftStore, dest: str | Path) -> Path:
    """Write an encrypted copy of the vault (plus its header, inside the same file's folder).

    The backup is a SQLCipher database under the same key: the recovery key opens it."""
    if vault.damaged:
        raise VaultCorruptError("This vault is damaged: a backup would copy the damage. Nothing "
                                "was written. Export what can still be read instead.")
    target = Path(dest)
    if target.is_dir():
        target = target / (vault.path.stem + BACKUP_SUFFIX)
    if target.exists():
        raise VaultError(f"{target} already exists; choose another name.")
    private_dir(target.parent)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    create_private(tmp)  # owner-only before SQLite fills it
    # Its own connection: the window's writer thread keeps saving on the vault's (WAL gives
    # this one a consistent snapshot); with none (a bare connection), the vault's own.
    reopen = getattr(vault.con, "reopen", None)
    con = reopen() if reopen is not None else vault.con
    try:
        con.execute("PRAGMA wal_checkpoint(PASSIVE)")
        # sqlcipher_export copies every table into an attached database encrypted with the
        # main database's key (ATTACH without KEY reuses it).
        con.execute("ATTACH DATABASE ? AS backup", (str(tmp),))
        try:
            con.execute("SELECT sqlcipher_export('backup')")
            version = con.execute("PRAGMA user_version").fetchone()[0]
            con.execute(f"PRAGMA backup.user_version = {int(version)}")
        finally:
            con.execute("DETACH DATABASE backup")
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    finally:
        if con is not vault.con:
            con.close()
    store.write_meta(target, vault.meta)
    return target


def restore_backup(src: str | Path, dest: str | Path, *, passphrase: str | None = None,
                   recovery_key: str | None = None, new_passphrase: str | None = None,
                   on_recovery_key: Callable[[str], None] | None = None,
                   on_notice: Callable[[str], None] | None = None) -> Path:
    """Put a backup in place as the vault at `dest`, never over an existing file.

    The copy is opened with its key (keyring, passphrase or recovery key) and checked before
    it takes the vault's name, then opened and checked again there. In keyring mode it gets
    its own vault id and keyring entry, so re-keying one copy never locks the other out. With
    `new_passphrase` it becomes a passphrase-mode vault (for a machine without a keyring)
    whose new recovery key goes to `on_recovery_key`. A -wal, -shm or -journal left at `dest`
    is set aside (renamed, never deleted, never replayed), and `on_notice` is told."""
    source, target = Path(src), Path(dest)
    if not source.is_file() or not store.meta_path(source).is_file():
        raise VaultError(f"{source} is not a Flegme backup (its header file is missing).")
    store.refuse_missing_or_empty(source, "backup")
    if target.exists() or store.meta_path(target).exists():
        raise VaultError(f"A vault already exists at {target}; move it away first, "
                         "nothing was overwritten.")
    meta = store.read_meta(source)
    if meta.mode == "keyring" and new_passphrase is None:
        _require_keyring_for_restore()
    key = keyring_store.key_for(meta, passphrase, recovery_key)
    tmp = target.with_name(target.name + ".restoring")
    placed: list[Path] = []  # our own files at the target, taken back if a later step fails
    try:
        private_dir(target.parent)
        _remove_partial(tmp)
        copy_private(source, tmp)
        key, meta = _check_and_prepare(tmp, source, key, meta, new_passphrase)
        if new_passphrase is None and meta.mode == "keyring":
            meta = store.VaultMeta.fresh("keyring")
            keyring_store.store_key(keyring_store.entry_for(meta), key)
        if new_passphrase is not None and on_recovery_key is not None:
            on_recovery_key(keys.recovery_key(key))
        moved = store.set_aside_sidecars(target)
        store.write_meta(target, meta)
        placed.append(store.meta_path(target))
        os.replace(tmp, target)
        store.sync_folder(target.parent)
    except BaseException as exc:
        _remove_partial(tmp)
        if not target.exists():
            for file in placed:
                file.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise VaultError(f"The backup could not be put in place ({exc}). Nothing was "
                             "restored; the backup is unchanged.") from None
        raise
    for path in moved:
        if on_notice is not None:
            on_notice(f"A leftover journal at the restored vault's place was set aside as "
                      f"{path.name} (kept, not applied).")
    _verify_in_place(target, key)
    return target


def _require_keyring_for_restore() -> None:
    try:
        keyring_store.require_keyring()
    except FlegmeError as exc:
        raise type(exc)(f"{exc} This backup keeps its key in a keyring: restore it in passphrase "
                        "mode instead, opening it with its recovery key. Nothing was "
                        "restored.") from None


def _check_and_prepare(tmp: Path, source: Path, key: bytes, meta: store.VaultMeta,
                       new_passphrase: str | None) -> tuple[bytes, store.VaultMeta]:
    """Check the copy, upgrade it, re-key it to `new_passphrase` if asked, and leave it one
    self-contained file."""
    con = store.connect(tmp, key, create=False)
    try:
        problems = store.integrity_problems(con)
        if problems:
            raise VaultCorruptError(f"The backup {source} is damaged: {problems[0]}. Nothing "
                                    "was restored.")
        if migrations.schema_version(con) == 0:
            raise VaultCorruptError(f"The backup {source} holds no Flegme drafts. Nothing was "
                                    "restored.")
        migrations.migrate(con)
        if new_passphrase is not None:
            salt = os.urandom(16)
            n, r, p = keys.SCRYPT_N, keys.SCRYPT_R, keys.SCRYPT_P
            key = keys.derive_key(new_passphrase, salt, n, r, p)
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute(f"PRAGMA rekey = {store.key_pragma(key)}")
            meta = store.VaultMeta.fresh("passphrase", salt, (n, r, p))
        con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
    finally:
        con.close()
    return key, meta


def _verify_in_place(target: Path, key: bytes) -> None:
    """Open the restored vault where it now lies; if it fails its checks, set it aside."""
    problem = None
    try:
        con = store.connect(target, key, create=False)
        try:
            problems = store.integrity_problems(con)
            problem = problems[0] if problems else None
        finally:
            con.close()
    except FlegmeError as exc:
        problem = str(exc)
    if problem is None:
        return
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    for file in (target, store.meta_path(target)):
        with contextlib.suppress(OSError):
            os.replace(file, file.with_name(f"{file.name}.failed-restore-{stamp}"))
    raise VaultCorruptError(f"The restored vault did not pass its check once in place "
                            f"({problem}); it was set aside. The backup itself is unchanged.")


def _remove_partial(tmp: Path) -> None:
    """Our own temporary copy and its journals (never the target's)."""
    for suffix in ("", *store.SIDECARS):
        tmp.with_name(tmp.name + suffix).unlink(missing_ok=True)


def export_drafts(vault: DraftStore, ids: Sequence[int], fmt: str) -> str:
    """Chosen drafts as Markdown or JSON (plain text: only on the user's explicit request)."""
    return render_drafts([vault.get_draft(i) for i in ids], fmt)


def readable_drafts(vault: DraftStore) -> tuple[list[Draft], list[int]]:
    """Every draft that can still be read (from a damaged vault too), and the ids of those
    that cannot."""
    known, complete = _draft_ids(vault)
    top = max(known, default=0)
    # When the list of ids itself is damaged, probe past it for drafts it no longer shows.
    probe = known if complete else set(range(1, top + 100)) | known
    drafts: list[Draft] = []
    unreadable: list[int] = []
    for draft_id in sorted(probe):
        try:
            drafts.append(vault.get_draft(draft_id))
        except VaultCorruptError:
            if draft_id in known or draft_id <= top:
                unreadable.append(draft_id)
        except VaultError:
            continue  # no such draft (a gap in the ids probed)
    return drafts, unreadable


def _draft_ids(vault: DraftStore) -> tuple[set[int], bool]:
    """Draft ids from every table that names them, and whether the drafts table's own list
    could be read."""
    found: set[int] = set()
    complete = True
    for sql in ("SELECT id FROM drafts", "SELECT DISTINCT draft_id FROM revisions",
                "SELECT DISTINCT draft_id FROM audit_log"):
        try:
            found.update(int(r[0]) for r in vault.con.execute(sql).fetchall())
        except VaultCorruptError:
            complete = complete and not sql.endswith("FROM drafts")
    return found, complete


def render_drafts(drafts: Sequence[Draft], fmt: str) -> str:
    """Drafts as Markdown ("md") or JSON."""
    if fmt == "json":
        data: list[dict[str, Any]] = [
            {"id": d.id, "title": d.title, "body": d.body, "language": d.language,
             "platforms": list(d.platforms), "status": d.status.value,
             "updated_at": d.updated_at.isoformat(), "published_url": d.published_url}
            for d in drafts]
        return json.dumps(data, ensure_ascii=False, indent=2)
    if fmt in ("md", "markdown"):
        parts = []
        for d in drafts:
            meta = f"*{d.status.value} · {', '.join(d.platforms) or 'no platform'} · " \
                   f"{d.updated_at:%Y-%m-%d %H:%M} UTC*"
            parts.append(f"# {d.title or 'Untitled'}\n\n{meta}\n\n{d.body}\n")
        return "\n---\n\n".join(parts)
    raise VaultError(f"Unknown export format '{fmt}' (md or json).")
