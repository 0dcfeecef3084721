"""The `flegme` command line: one module per subcommand, registered explicitly here."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable

from flegme import __version__
from flegme.errors import FlegmeError

# Each subcommand module exposes `register(subparsers) -> None`; the parser it adds sets
# `func`, a callable taking the parsed namespace and returning the exit code.
Handler = Callable[[argparse.Namespace], int]


# Subcommand -> the module that registers it, in the order `flegme --help` lists them.
SUBCOMMANDS = {"check": "check_cmd", "eval": "eval_cmd", "vault": "vault_cmd",
               "gui": "gui_cmd", "doctor": "doctor_cmd"}


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand, or with `command`'s alone when it names one (a
    script calling `flegme check` once per file should not import the vault's commands)."""
    import importlib

    parser = argparse.ArgumentParser(
        prog="flegme",
        description="Keep your cool before you post. Without a subcommand, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"flegme {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    names = [command] if command in SUBCOMMANDS else list(SUBCOMMANDS)
    for name in names:
        importlib.import_module(f"flegme.cli.{SUBCOMMANDS[name]}").register(sub)
    return parser


def main(argv: list[str]) -> int:
    """Run the command line; returns the process exit code (0 ok, 1 errors found, 2 usage)."""
    if not argv or argv[0].startswith("-psn"):  # no subcommand (macOS adds -psn_...): window
        from flegme.ui_entry import run_window

        return run_window([])
    if argv[0] == "gui":  # the window parses its own options
        from flegme.ui_entry import run_window

        return run_window(argv[1:])
    parser = build_parser(argv[0])
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code or 0)
    if args.command is None:
        from flegme.ui_entry import run_window

        return run_window([])
    func: Handler = args.func
    try:
        return func(args)
    except FlegmeError as exc:
        print(f"flegme: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
