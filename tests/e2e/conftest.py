"""End-to-end tests share the GUI tests' set-up: offscreen Qt, Qt settings in a temporary
folder, and a vault on the in-memory keyring."""

from __future__ import annotations

from tests.ui.conftest import _qt_settings_in_tmp, gui_vault

__all__ = ["_qt_settings_in_tmp", "gui_vault"]
