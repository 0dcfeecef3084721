"""Opens the window; the only place outside `flegme.ui` that imports it."""

from __future__ import annotations

import importlib
import sys


def run_window(argv: list[str]) -> int:
    """Start the Qt application and return its exit code."""
    try:
        app = importlib.import_module("flegme.ui.app")
    except ModuleNotFoundError as exc:
        if exc.name and exc.name.startswith("flegme.ui"):
            print("flegme: the desktop window is not part of this build yet; "
                  "use 'flegme check FILE' (see 'flegme --help').", file=sys.stderr)
            return 2
        raise
    code: int = app.run(argv)
    return code
