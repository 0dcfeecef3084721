"""The error log: details of unexpected errors for support (owner-only; never on screen)."""

from __future__ import annotations

import traceback
from datetime import datetime
from pathlib import Path

from flegme.private_files import open_private, private_dir

LOG_NAME = "flegme-errors.log"


def error_log_path() -> Path:
    """Where unexpected errors are written (in the user config folder)."""
    from flegme.settings import config_dir

    return config_dir() / LOG_NAME


def log_error(error: BaseException, path: Path | None = None) -> Path | None:
    """Append `error` with its traceback to the log; the log's path, or None when it cannot
    be written (the caller still shows its short message)."""
    target = path or error_log_path()
    try:
        private_dir(target.parent, ours=path is None)
        with open_private(target, "a") as handle:
            handle.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            handle.write("".join(traceback.format_exception(error)))
    except OSError:
        return None
    return target
