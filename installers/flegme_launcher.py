"""Entry script for the frozen Flegme (PyInstaller): the same as the `flegme` command."""

from __future__ import annotations

import multiprocessing
import sys

if __name__ == "__main__":
    multiprocessing.freeze_support()
    from flegme.__main__ import main

    sys.exit(main())
