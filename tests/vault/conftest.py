"""Vault fixtures: an in-memory keyring so unit tests never prompt or touch the real one."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from flegme.vault import Vault
from tests.memory_keyring import MemoryKeyring


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, minutes: float) -> None:
        self.now += timedelta(minutes=minutes)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def vault(tmp_path: Path, memory_keyring: MemoryKeyring, clock: Clock) -> Iterator[Vault]:
    opened, _recovery = Vault.create(tmp_path / "v" / "flegme.vault", clock=clock)
    yield opened
    opened.close()
