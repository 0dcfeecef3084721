"""The backends the review conformance suite runs on. Team mode adds its own factory to
BACKENDS (a context manager: temporary folder -> a fresh, empty DraftRepository)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path

import pytest

from flegme.review.repository import DraftRepository
from tests.memory_keyring import MemoryKeyring

BackendFactory = Callable[[Path], AbstractContextManager[DraftRepository]]


@contextmanager
def sqlcipher_backend(folder: Path) -> Iterator[DraftRepository]:
    """The SQLCipher vault (keyring mode, with an in-memory keyring)."""
    import keyring

    from flegme.vault import Vault, VaultRepository

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    vault, _recovery = Vault.create(folder / "conformance.vault")
    try:
        yield VaultRepository(vault)
    finally:
        vault.close()
        keyring.set_keyring(previous)


BACKENDS: dict[str, BackendFactory] = {"sqlcipher": sqlcipher_backend}


@pytest.fixture(params=sorted(BACKENDS))
def repository(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[DraftRepository]:
    """A fresh, empty repository of each backend in BACKENDS."""
    with BACKENDS[request.param](tmp_path) as repo:
        yield repo
