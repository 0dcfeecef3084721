"""GUI tests run offscreen, with Qt's user settings in a temporary folder."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings

from flegme.vault import Vault
from tests.memory_keyring import MemoryKeyring


@pytest.fixture(scope="session", autouse=True)
def _qt_settings_in_tmp(tmp_path_factory: pytest.TempPathFactory) -> None:
    folder = tmp_path_factory.mktemp("qsettings")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


@pytest.fixture
def gui_vault(tmp_path: Path, memory_keyring: MemoryKeyring) -> Iterator[Vault]:
    vault, _ = Vault.create(tmp_path / "gui.vault")
    yield vault
    vault.close()
