"""A keyring backend kept in a JSON file, for tests whose child processes (killed at random
moments) must share the keyring with the test; each write replaces the file atomically."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    """A keyring in one JSON file (tests only: the secrets are in clear)."""

    priority = 1

    def __init__(self, file: Path) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.file = file

    def items(self) -> dict[str, str]:
        """Every entry, keyed "service/username"."""
        try:
            data: dict[str, str] = json.loads(self.file.read_text("utf-8"))
        except FileNotFoundError:
            return {}
        return data

    def _save(self, data: dict[str, str]) -> None:
        fd, tmp = tempfile.mkstemp(dir=self.file.parent, prefix=".keyring.")
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump(data, handle)
        os.replace(tmp, self.file)

    def get_password(self, service: str, username: str) -> str | None:
        return self.items().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        data = self.items()
        data[f"{service}/{username}"] = password
        self._save(data)

    def delete_password(self, service: str, username: str) -> None:
        from keyring.errors import PasswordDeleteError

        data = self.items()
        if data.pop(f"{service}/{username}", None) is None:
            raise PasswordDeleteError(username)
        self._save(data)
