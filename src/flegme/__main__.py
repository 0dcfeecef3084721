"""Entry point: `flegme` opens the window; `flegme <subcommand>` runs headless."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    """Dispatch to the command line, or to the window when no subcommand is given."""
    args = sys.argv[1:] if argv is None else argv
    # `flegme check` as a process of its own (argv None: the console script): editor plug-ins
    # and hooks start one per file, so its start and its end are most of its time.
    short_run = argv is None and args[:1] == ["check"]
    if short_run:
        import gc

        gc.disable()  # it makes no garbage cycles worth a collection over its ~100k objects
    from flegme.cli import main as cli_main

    code = cli_main(args)
    if short_run:
        exit_now(code)
    return code


def exit_now(code: int) -> None:
    """End the process at once: output flushed and exit handlers run (new cache entries
    written, logs flushed), but no teardown of every module and object, which a short
    process would pay for nothing."""
    import atexit
    import os

    atexit._run_exitfuncs()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):  # a closed pipe (`| head`), a closed stream
            pass
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
