"""`flegme gui`: the window (also what `flegme` alone opens)."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add the `gui` subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser("gui", help="open the window",
                                                     add_help=False)
    parser.add_argument("rest", nargs=argparse.REMAINDER)
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Open the window with the remaining options."""
    from flegme.ui_entry import run_window

    return run_window(list(args.rest))
