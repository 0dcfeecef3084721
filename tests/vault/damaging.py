"""Test helper: a vault with a few bytes flipped inside one of its pages."""

from __future__ import annotations

from pathlib import Path

from flegme.vault import Role, Vault


def damaged_vault(folder: Path, *, passphrase: str | None = None, drafts: int = 60) -> Path:
    """A closed vault of `drafts` drafts with 8 bytes flipped inside a page in its middle."""
    path = folder / "flegme.vault"
    vault, _ = Vault.create(path, passphrase=passphrase)
    with vault:
        for i in range(drafts):
            vault.create_draft(title=f"Post {i}", body=f"Texte numéro {i} " * 40,
                               language="fr", platforms=[], role=Role.LEADER)
    data = bytearray(path.read_bytes())
    middle = (len(data) // 4096 // 2) * 4096 + 1000
    data[middle:middle + 8] = bytes(b ^ 0xFF for b in data[middle:middle + 8])
    path.write_bytes(bytes(data))
    return path
