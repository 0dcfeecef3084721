"""User settings (grammar backend, UI language, role, vault location): a small JSON file in
the user config folder. No secrets here: API keys go to the OS keyring (flegme.secrets)."""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flegme.bounded_read import read_capped
from flegme.names import LANGUAGES, ROLES
from flegme.private_files import private_dir

if TYPE_CHECKING:
    import logging


def _log() -> logging.Logger:
    """This module's logger (`logging` is imported when something is logged, not by every
    `flegme check`)."""
    import logging

    return logging.getLogger(__name__)


GRAMMAR_BACKENDS = ("off", "local", "server")
UI_LANGUAGES = ("", *LANGUAGES)  # "" follows the system
MAX_SETTINGS_BYTES = 64_000  # the file is under 1 KB


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

    def with_changes(self, **changes: Any) -> Settings:
        """A copy with some fields changed (validated)."""
        return _validated(replace(self, **changes))


def config_dir() -> Path:
    """The user config folder (or $FLEGME_CONFIG_DIR)."""
    override = os.environ.get("FLEGME_CONFIG_DIR")
    if override:
        return Path(override)
    from flegme.user_cache import APP, xdg_user_dir

    found = xdg_user_dir("XDG_CONFIG_HOME", "~/.config")  # (no platformdirs import on Linux)
    if found is not None:
        return found
    from platformdirs import user_config_dir

    return Path(user_config_dir(APP, appauthor=False))


def settings_path() -> Path:
    """Where the settings file lives."""
    return config_dir() / "settings.json"


def _validated(settings: Settings) -> Settings:
    if settings.grammar_backend not in GRAMMAR_BACKENDS:
        settings = replace(settings, grammar_backend="off")
    if settings.role not in ROLES:
        settings = replace(settings, role="leader")
    if settings.ui_language not in UI_LANGUAGES:
        settings = replace(settings, ui_language="")
    if not 0.5 <= settings.grammar_timeout_s <= 120:
        settings = replace(settings, grammar_timeout_s=10.0)
    return settings


def load_settings() -> Settings:
    """The saved settings; defaults (and a logged warning) when the file is missing or bad."""
    return load_settings_checked()[0]


def load_settings_checked() -> tuple[Settings, str | None]:
    """The saved settings and, when the file could not be used, a sentence saying why.

    Never raises: a damaged file is set aside as `settings.json.damaged` (so the next save
    does not silently erase what the user had) and defaults are used."""
    path = settings_path()
    try:
        raw = json.loads(read_capped(path, MAX_SETTINGS_BYTES).decode("utf-8"))
        if not isinstance(raw, dict):
            raise ValueError("not a JSON object")
    except FileNotFoundError:
        return Settings(), None
    except (OSError, ValueError) as exc:  # (UnicodeDecodeError and JSONDecodeError too)
        problem = (f"The settings file {path} could not be read ({exc}); Flegme uses its "
                   "default settings.")
        with contextlib.suppress(OSError):
            os.replace(path, path.with_name(path.name + ".damaged"))
            problem += f" The damaged file was kept as {path.name}.damaged."
        _log().warning("%s", problem)
        return Settings(), problem
    defaults = Settings()
    values: dict[str, Any] = {}
    for f in fields(Settings):
        default, given = getattr(defaults, f.name), raw.get(f.name)
        if given is None or isinstance(given, bool):
            continue
        if isinstance(given, type(default)):
            values[f.name] = given
        elif isinstance(default, float) and isinstance(given, int):
            values[f.name] = float(given)
    return _validated(Settings(**values)), None


def save_settings(settings: Settings) -> None:
    """Write the settings atomically (a crash never leaves half a file)."""
    path = settings_path()
    private_dir(path.parent, ours=True)
    # mkstemp creates the file owner-only (0600) whatever the umask.
    import tempfile

    handle, tmp = tempfile.mkstemp(dir=path.parent, prefix=".settings-", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(asdict(_validated(settings)), out, indent=2, ensure_ascii=False)
            out.flush()
            os.fsync(out.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
