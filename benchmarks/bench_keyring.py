"""A keyring backend for the cold-start benchmark: entries from a JSON file, no D-Bus (the
"in-memory keyring" case; select it with PYTHON_KEYRING_BACKEND=bench_keyring.FileKeyring)."""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend


class FileKeyring(KeyringBackend):
    """Passwords kept in $FLEGME_BENCH_KEYRING (a JSON object "service\\x00user" -> password)."""

    priority = 1  # type: ignore[assignment]

    def _load(self) -> dict[str, str]:
        try:
            with open(os.environ["FLEGME_BENCH_KEYRING"], encoding="utf-8") as handle:
                return dict(json.load(handle))
        except FileNotFoundError:
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._load().get(f"{service}\x00{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        items = self._load()
        items[f"{service}\x00{username}"] = password
        with open(os.environ["FLEGME_BENCH_KEYRING"], "w", encoding="utf-8") as handle:
            json.dump(items, handle)

    def delete_password(self, service: str, username: str) -> None:
        items = self._load()
        items.pop(f"{service}\x00{username}", None)
        with open(os.environ["FLEGME_BENCH_KEYRING"], "w", encoding="utf-8") as handle:
            json.dump(items, handle)
