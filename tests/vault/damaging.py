"""Test helper: a vault with a few bytes flipped inside one of the drafts table's pages."""

from __future__ import annotations

from pathlib import Path

import sqlcipher3

from flegme.review.models import Role
from flegme.vault import Vault
from flegme.vault.sqlcipher import keyring_store, store
from tests.drafting import add_draft

PAGE = 4096


def damaged_vault(folder: Path, *, passphrase: str | None = None, drafts: int = 60) -> Path:
    """A closed vault of `drafts` drafts with 8 bytes flipped inside a page that holds some
    (not all) of the drafts: the page nearest the file's middle that does so, found by trial
    on a scratch copy, so that a change of schema or page layout cannot move the damage into
    another table unnoticed."""
    path = folder / "flegme.vault"
    vault, _ = Vault.create(path, passphrase=passphrase)
    with vault:
        for i in range(drafts):
            add_draft(vault, title=f"Post {i}", body=f"Texte numéro {i} " * 40,
                      language="fr", platforms=[], role=Role.LEADER)
    key = keyring_store.key_for(store.read_meta(path), passphrase, None)
    clean = path.read_bytes()
    pages = len(clean) // PAGE
    middle = pages // 2
    for page in sorted(range(1, pages), key=lambda p: (abs(p - middle), p)):
        damaged = _flipped(clean, page)
        if 0 < _unreadable(folder, damaged, key, drafts) < drafts:
            path.write_bytes(damaged)
            return path
    raise AssertionError("no page holds only some of the drafts")


def _flipped(data: bytes, page: int) -> bytes:
    out = bytearray(data)
    at = page * PAGE + 1000
    out[at:at + 8] = bytes(b ^ 0xFF for b in out[at:at + 8])
    return bytes(out)


def _unreadable(folder: Path, data: bytes, key: bytes, drafts: int) -> int:
    """How many drafts cannot be read from a copy holding `data`."""
    probe = folder / "probe.vault"
    probe.write_bytes(data)
    con = sqlcipher3.connect(str(probe), isolation_level=None)
    bad = 0
    try:
        con.execute("PRAGMA cipher_log_level = NONE")
        con.execute(f"PRAGMA key = {store.key_pragma(key)}")
        for draft_id in range(1, drafts + 1):
            try:
                con.execute("SELECT title, body FROM drafts WHERE id = ?",
                            (draft_id,)).fetchall()
            except sqlcipher3.DatabaseError:
                bad += 1
    except sqlcipher3.DatabaseError:
        bad = drafts
    finally:
        con.close()
        for suffix in ("", *store.SIDECARS):
            Path(f"{probe}{suffix}").unlink(missing_ok=True)
    return bad
