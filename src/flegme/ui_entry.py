"""Opens the window; the only place outside `flegme.ui` that imports it."""

from __future__ import annotations


def run_window(argv: list[str]) -> int:
    """Start the Qt application and return its exit code."""
    from flegme.ui.app import run

    return run(argv)
