"""Encrypted backup (one file, same key) and restore; export of chosen drafts on request."""

from __future__ import annotations

import json
import shutil
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from flegme.errors import VaultCorruptError, VaultError
from flegme.vault import keyring_store, migrations, store

if TYPE_CHECKING:
    from flegme.vault.vault import Vault

BACKUP_SUFFIX = ".flegme-backup"


def backup(vault: Vault, dest: str | Path) -> Path:
    """Write an encrypted copy of the vault (plus its header, inside the same file's folder).

    The backup is a SQLCipher database under the same key: the recovery key opens it."""
    target = Path(dest)
    if target.is_dir():
        target = target / (vault.path.stem + BACKUP_SUFFIX)
    if target.exists():
        raise VaultError(f"{target} already exists; choose another name.")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".partial")
    tmp.unlink(missing_ok=True)
    con = vault.con
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
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
    store.write_meta(target, vault.meta)
    return target


def restore_backup(src: str | Path, dest: str | Path, *, passphrase: str | None = None,
                   recovery_key: str | None = None) -> Path:
    """Put a backup in place as the vault at `dest`, never over an existing file.

    The copy is opened with its key (keyring, passphrase or recovery key) and checked before
    it takes the vault's name; in keyring mode it gets its own vault id and keyring entry, so
    re-keying one copy never locks the other out."""
    from flegme.vault.vault import Vault

    source, target = Path(src), Path(dest)
    if not source.is_file() or not store.meta_path(source).is_file():
        raise VaultError(f"{source} is not a Flegme backup (its header file is missing).")
    if target.exists() or store.meta_path(target).exists():
        raise VaultError(f"A vault already exists at {target}; move it away first, "
                         "nothing was overwritten.")
    meta = store.read_meta(source)
    key = Vault.key_for(meta, passphrase, recovery_key)
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_name(target.name + ".restoring")
    for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(source, tmp)
    try:
        con = store.connect(tmp, key, create=False)
        try:
            problems = store.integrity_problems(con)
            if problems:
                raise VaultCorruptError(f"The backup {source} is damaged: {problems[0]}")
            migrations.migrate(con)
            con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            con.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            con.close()
        if meta.mode == "keyring":
            meta = store.VaultMeta.fresh("keyring")
            keyring_store.store_key(keyring_store.entry_for(meta), key)
        store.write_meta(target, meta)
        tmp.replace(target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def export_drafts(vault: Vault, ids: Sequence[int], fmt: str) -> str:
    """Chosen drafts as Markdown or JSON (plain text: only on the user's explicit request)."""
    drafts = [vault.get_draft(i) for i in ids]
    if fmt == "json":
        return json.dumps([
            {"id": d.id, "title": d.title, "body": d.body, "language": d.language,
             "platforms": list(d.platforms), "status": d.status.value,
             "updated_at": d.updated_at.isoformat(), "published_url": d.published_url}
            for d in drafts], ensure_ascii=False, indent=2)
    if fmt in ("md", "markdown"):
        parts = []
        for d in drafts:
            meta = f"*{d.status.value} · {', '.join(d.platforms) or 'no platform'} · " \
                   f"{d.updated_at:%Y-%m-%d %H:%M} UTC*"
            parts.append(f"# {d.title or 'Untitled'}\n\n{meta}\n\n{d.body}\n")
        return "\n---\n\n".join(parts)
    raise VaultError(f"Unknown export format '{fmt}' (md or json).")
