"""Vault keys in the OS keyring: one small entry per vault (service "Flegme"), every call
under a time limit (flegme.secrets); never a file fallback."""

from __future__ import annotations

from flegme import secrets
from flegme.errors import KeyringUnavailableError, VaultCorruptError


def _timeout() -> float:
    return secrets.DEFAULT_TIMEOUT  # read at call time, so settings and tests can change it


def keyring_entry(vault_id: str) -> str:
    """The keyring entry name (service "Flegme") holding a vault's key."""
    return f"vault:{vault_id}"


def require_keyring() -> None:
    """Raise KeyringUnavailableError (pointing at passphrase mode) when no keyring is usable."""
    usable, why = secrets.keyring_usable(_timeout())
    if not usable:
        raise KeyringUnavailableError(f"{why} Use passphrase mode instead.")


def store_key(vault_id: str, key: bytes) -> None:
    """Put the vault's key in the keyring (64 hex characters: far below every OS limit)."""
    secrets.set_secret(keyring_entry(vault_id), key.hex(), _timeout())


def load_key(vault_id: str) -> bytes | None:
    """The vault's key from the keyring, or None when the entry is missing."""
    stored = secrets.get_secret(keyring_entry(vault_id), _timeout())
    if not stored:
        return None
    try:
        return bytes.fromhex(stored)
    except ValueError:
        raise VaultCorruptError("The keyring entry for this vault is damaged. Open the vault "
                                "with its recovery key.") from None


def delete_key(vault_id: str) -> None:
    """Remove the vault's keyring entry (no error when there is none)."""
    secrets.delete_secret(keyring_entry(vault_id), _timeout())
