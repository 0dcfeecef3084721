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
               "team": "team_cmd", "gui": "gui_cmd", "doctor": "doctor_cmd"}


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
        return fail(str(exc))
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # output piped into `head` and the like
        sys.stderr.close()
        return 0
    except OSError as exc:  # a full disk, no permission, a folder in the way, ...
        return fail(os_message(exc))
    except MemoryError:
        return fail("not enough memory to finish; nothing more was written.")
    except Exception as exc:  # a bug or a damaged file: details in the log, one line here
        return fail(unexpected_message(exc))


def fail(message: str) -> int:
    """Print one line `flegme: message` on standard error; exit code 2 (the README keeps 1
    for error-level findings)."""
    line = " ".join(message.split())
    if sys.stderr is not None:
        print(f"flegme: {line}", file=sys.stderr)
    return 2


def os_message(exc: OSError) -> str:
    """An operating-system failure in plain words, naming the file."""
    where = f"{exc.filename}: " if exc.filename else ""
    return f"{where}{exc.strerror or exc}; the action stopped there."


def unexpected_message(exc: Exception) -> str:
    """A short message for an error Flegme did not foresee; the traceback goes to the log."""
    from flegme.error_log import log_error

    if type(exc).__module__.startswith("sqlcipher3"):  # (sqlcipher3 is imported lazily)
        what = (f"the vault file could not be read or written ({exc}); it may be damaged: "
                "restore a backup with 'flegme vault restore'")
    else:
        what = f"unexpected error ({type(exc).__name__}: {exc})"
    log = log_error(exc)
    return f"{what}. Details: {log}" if log else what
