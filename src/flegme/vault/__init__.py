"""The encrypted draft vault, its keys in the OS keyring, and the review workflow."""

from flegme.vault.backup import backup, export_drafts, restore_backup
from flegme.vault.keyring_store import keyring_entry
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
from flegme.vault.vault import Vault

__all__ = [
    "AuditEntry",
    "Dismissal",
    "Draft",
    "DraftSummary",
    "ReviewEvent",
    "Revision",
    "Role",
    "Status",
    "Vault",
    "backup",
    "export_drafts",
    "keyring_entry",
    "restore_backup",
]
