"""`flegme eval`."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add the `eval` subcommand (not built yet)."""
    parser: argparse.ArgumentParser = sub.add_parser("eval", help="(coming)")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    print("flegme eval: not available yet")
    return 2
