"""User settings (grammar backend, UI language, role, vault location): a small JSON file in
the user config folder. No secrets here: API keys go to the OS keyring (flegme.secrets)."""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

log = logging.getLogger(__name__)
GRAMMAR_BACKENDS = ("off", "local", "server")
ROLES = ("leader", "assistant", "comms_lead")


@dataclass(frozen=True, slots=True)
class Settings:
    """Everything the user chooses in Settings."""

    grammar_backend: str = "off"  # "off" | "local" | "server"
    grammar_server_url: str = ""
    grammar_local_dir: str = ""  # a LanguageTool folder already on disk (LTP_JAR_DIR_PATH)
    grammar_timeout_s: float = 10.0
    ui_language: str = ""  # "fr" | "en" | "" (follow the system)
    role: str = "leader"
    vault_path: str = ""  # "" = the default location
    linkedin_fold_chars: int = 210

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with some fields changed (validated)."""
        return _validated(replace(self, **changes))


def config_dir() -> Path:
    """The user config folder (or $FLEGME_CONFIG_DIR)."""
    override = os.environ.get("FLEGME_CONFIG_DIR")
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("Flegme", appauthor=False))


def settings_path() -> Path:
    """Where the settings file lives."""
    return config_dir() / "settings.json"


def _validated(settings: Settings) -> Settings:
    if settings.grammar_backend not in GRAMMAR_BACKENDS:
        settings = replace(settings, grammar_backend="off")
    if settings.role not in ROLES:
        settings = replace(settings, role="leader")
    if settings.ui_language not in ("", "fr", "en"):
        settings = replace(settings, ui_language="")
    if not 0.5 <= settings.grammar_timeout_s <= 120:
        settings = replace(settings, grammar_timeout_s=10.0)
    return settings


def load_settings() -> Settings:
    """The saved settings; defaults (and a logged warning) when the file is missing or bad."""
    path = settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    known = {f.name: f.type for f in fields(Settings)}
    values: dict[str, Any] = {}
    defaults = Settings()
    for name in known:
        if name in raw and isinstance(raw[name], type(getattr(defaults, name))):
            values[name] = raw[name]
        elif name in raw and isinstance(getattr(defaults, name), float) and \
                isinstance(raw[name], int):
            values[name] = float(raw[name])
    return _validated(Settings(**values))


def save_settings(settings: Settings) -> None:
    """Write the settings atomically (a crash never leaves half a file)."""
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    with open(tmp, "w", encoding="utf-8") as handle:
        json.dump(asdict(_validated(settings)), handle, indent=2)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(tmp, path)
