"""The one error family of Flegme: raised in the core, turned into a message at the edge."""

from __future__ import annotations


class FlegmeError(Exception):
    """Base of every error Flegme raises on purpose; its text is meant for a person."""


class StyleError(FlegmeError):
    """A house-style file is malformed: names the file, the line and the key."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None,
                 key: str | None = None) -> None:
        self.path = path
        self.line = line
        self.key = key
        self.reason = message
        where = path or "<house style>"
        if line is not None:
            where += f", line {line}"
        if key:
            where += f", key '{key}'"
        super().__init__(f"{where}: {message}")


class InputError(FlegmeError):
    """Input the user gave cannot be used (unreadable file, unknown platform, ...)."""


class VaultError(FlegmeError):
    """Base of vault errors."""


class VaultLockedError(VaultError):
    """The vault's key cannot be had (keyring locked, refused or missing)."""


class VaultInUseError(VaultError):
    """Another Flegme process holds the vault open."""


class WrongKeyError(VaultError):
    """The key does not open this vault (or the file is not a vault)."""


class VaultCorruptError(VaultError):
    """The vault file is damaged; it is left untouched."""


class WorkflowError(FlegmeError):
    """A review-workflow step that is not allowed (bad transition, wrong role, cooling-off)."""


class KeyringUnavailableError(FlegmeError):
    """No usable OS keyring (none installed, locked, refused, or it did not answer in time)."""


class GrammarUnavailableError(FlegmeError):
    """LanguageTool cannot be used right now; the reason says why."""
