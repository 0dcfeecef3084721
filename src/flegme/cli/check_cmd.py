"""`flegme check`."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add the `check` subcommand (not built yet)."""
    parser: argparse.ArgumentParser = sub.add_parser("check", help="(coming)")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    print("flegme check: not available yet")
    return 2
