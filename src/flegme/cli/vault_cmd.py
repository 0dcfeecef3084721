"""`flegme vault`."""

from __future__ import annotations

import argparse
from typing import Any


def register(sub: Any) -> None:
    """Add the `vault` subcommand (not built yet)."""
    parser: argparse.ArgumentParser = sub.add_parser("vault", help="(coming)")
    parser.set_defaults(func=_run)


def _run(args: argparse.Namespace) -> int:
    print("flegme vault: not available yet")
    return 2
