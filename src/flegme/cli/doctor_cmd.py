"""`flegme doctor`: what this Flegme sees at run time (keyring, SQLCipher, Qt, resources).

Hidden from the help; used by the installers' smoke test to prove a frozen bundle found its
keyring backends, its SQLCipher library with FTS5, its Qt and its resources.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from typing import Any

from flegme import __version__


def register(sub: Any) -> None:
    """Add the hidden `doctor` subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "doctor", description="Report what this Flegme finds at run time.")
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    parser.add_argument("--timeout", type=float, default=5.0,
                        help="seconds to wait for the keyring (default 5)")
    parser.set_defaults(func=run)
    # argparse has no public way to hide a subcommand from the list: drop it from the help.
    actions = getattr(sub, "_choices_actions", [])
    actions[:] = [a for a in actions if getattr(a, "dest", None) != "doctor"]


def _keyring(timeout: float) -> dict[str, Any]:
    from flegme import secrets

    try:
        usable, why = secrets.keyring_answers(timeout)  # time-limited real read
        name = secrets.backend_name()
    except Exception as exc:  # the report must come out whatever broke
        return {"backend": None, "usable": False, "detail": f"{type(exc).__name__}: {exc}"}
    return {"backend": name, "usable": usable, "detail": why}


def _sqlcipher() -> dict[str, Any]:
    try:
        from flegme.vault import sqlcipher_report
    except Exception as exc:  # the report must come out whatever broke
        return {"cipher_version": "", "fts5": False, "error": f"{type(exc).__name__}: {exc}"}
    return sqlcipher_report()


def _qt() -> dict[str, Any]:
    try:
        import PySide6
        from PySide6.QtCore import QLibraryInfo, qVersion
    except Exception as exc:
        return {"version": "", "error": f"{type(exc).__name__}: {exc}"}
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    return {"version": qVersion(), "pyside": PySide6.__version__, "plugins": plugins}


def _resources() -> dict[str, Any]:
    from flegme.resources import resources_dir

    try:
        folder = resources_dir()
    except FileNotFoundError as exc:
        return {"dir": None, "error": str(exc)}
    return {
        "dir": str(folder),
        "translations": sorted(p.name for p in (folder / "translations").glob("*.qm")),
        "icon": (folder / "icons" / "flegme.svg").is_file(),
    }


def collect(timeout: float = 5.0) -> dict[str, Any]:
    """Everything the doctor reports, as a JSON-ready dict."""
    return {
        "version": __version__,
        "frozen": bool(getattr(sys, "frozen", False)),
        "python": sys.version.split()[0],
        "executable": sys.executable,
        "keyring": _keyring(timeout),
        "sqlcipher": _sqlcipher(),
        "qt": _qt(),
        "resources": _resources(),
        "java": shutil.which("java"),  # local grammar (LanguageTool) needs Java 17+
    }


def run(args: argparse.Namespace) -> int:
    """Print the report; exit 0 when SQLCipher, FTS5 and the resources are all there."""
    report = collect(args.timeout)
    healthy = bool(report["sqlcipher"]["cipher_version"] and report["sqlcipher"]["fts5"]
                   and report["resources"].get("dir"))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
    else:
        for section, value in report.items():
            if isinstance(value, dict):
                for key, item in value.items():
                    print(f"{section}.{key}: {item}")
            else:
                print(f"{section}: {value}")
    return 0 if healthy else 1
