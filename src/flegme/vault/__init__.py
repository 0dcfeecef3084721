"""The encrypted draft vault (one public entry): open or create it, use it as the review
loop's `DraftRepository`, back it up, restore it, change its key, export drafts, and mirror a
team server's rows (`TeamMirror`: team sync's only way into the vault).

The SQLCipher specifics live in `flegme.vault.sqlcipher`; nothing outside this package imports
them (tests/test_layers.py holds it). The drafts' models belong to `flegme.review.models`."""

from flegme.vault.sqlcipher.backup import (
    backup,
    export_drafts,
    readable_drafts,
    render_drafts,
    restore_backup,
)
from flegme.vault.sqlcipher.damage import damage_message
from flegme.vault.sqlcipher.keyring_store import keyring_entry
from flegme.vault.sqlcipher.mirror import (
    LocalAudit,
    LocalDismissal,
    LocalEvent,
    LocalRevision,
    OutgoingDraft,
    Pairing,
    PulledAudit,
    PulledEvent,
    StatusEvent,
    TeamMirror,
)
from flegme.vault.sqlcipher.probe import sqlcipher_report
from flegme.vault.sqlcipher.rekey import rekey
from flegme.vault.sqlcipher.repository import VaultRepository
from flegme.vault.sqlcipher.store import key_mode
from flegme.vault.sqlcipher.vault import Vault

__all__ = [
    "LocalAudit",
    "LocalDismissal",
    "LocalEvent",
    "LocalRevision",
    "OutgoingDraft",
    "Pairing",
    "PulledAudit",
    "PulledEvent",
    "StatusEvent",
    "TeamMirror",
    "Vault",
    "VaultRepository",
    "backup",
    "damage_message",
    "export_drafts",
    "key_mode",
    "keyring_entry",
    "readable_drafts",
    "rekey",
    "render_drafts",
    "restore_backup",
    "sqlcipher_report",
]
