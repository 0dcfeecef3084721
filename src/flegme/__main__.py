"""Entry point: `flegme` opens the window; `flegme <subcommand>` runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the command line, or to the window when no subcommand is given."""
    args = sys.argv[1:] if argv is None else argv
    from flegme.cli import main as cli_main

    return cli_main(args)


if __name__ == "__main__":
    sys.exit(main())
