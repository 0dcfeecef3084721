"""Opens the window; the only place outside `flegme.ui` that imports it."""

from __future__ import annotations

import importlib
import sys


def run_window(argv: list[str]) -> int:
    """Start the Qt application and return its exit code."""
    if "--no-vault" not in argv:  # the vault's key: its backend found while Qt loads
        from flegme.secrets import warm_up_in_background

        warm_up_in_background()
    try:
        app = importlib.import_module("flegme.ui.app")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.split(".")[0] in ("PySide6", "shiboken6"):
            print("flegme: the window needs PySide6, which is not installed here; "
                  "'flegme check FILE' works without it (see 'flegme --help').",
                  file=sys.stderr)
            return 2
        raise
    code: int = app.run(argv)
    return code
