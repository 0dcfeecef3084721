"""Window cold start: a new process until the editor's first paint, with an existing vault.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_coldstart.py [--runs 15]
    dbus-run-session -- env QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python benchmarks/bench_coldstart.py --secret-service
    ... --against /tmp/flegme-main   # also another checkout's src/ (e.g. `git archive main`)

The vault holds a few drafts (the most recent is opened, as the app does). The key is in a
keyring without D-Bus (a JSON file: the "in-memory keyring" case), or with
`--secret-service` in a real gnome-keyring started in this D-Bus session. Peer in the same
run, interleaved: a process that paints a bare QPlainTextEdit holding the same 3,000-character
post (Qt's own floor); with `--against`, another Flegme tree run the same way in each round.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

_FLEGME = """
import importlib, os, sys
from flegme import ui_entry  # the window started as `flegme` starts it

def spy_on(flegme_app):
    from PySide6.QtCore import QEvent, QObject
    opened = flegme_app.open_window

    class FirstPaint(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                print("painted", flush=True)
                os._exit(0)
            return False

    def open_window(qapp, args):
        window = opened(qapp, args)
        assert window.leader.editor.toPlainText(), "the last draft was not opened"
        global spy
        spy = FirstPaint()
        window.leader.editor.viewport().installEventFilter(spy)
        return window

    flegme_app.open_window = open_window

real_import = importlib.import_module

def import_module(name, package=None):
    module = real_import(name, package)
    if name == "flegme.ui.app":
        spy_on(module)
    return module

importlib.import_module = import_module
sys.exit(ui_entry.run_window(["--vault", sys.argv[1]]))
"""

_PEER = """
import os, sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QPlainTextEdit

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            os._exit(0)
        return False

app = QApplication(sys.argv[:1])
editor = QPlainTextEdit(open(sys.argv[1], encoding="utf-8").read()[:3000])
spy = FirstPaint()
editor.viewport().installEventFilter(spy)
editor.show()
sys.exit(app.exec())
"""


def time_to_paint(code: str, args: list[str], env: dict[str, str]) -> float:
    """Seconds from process start to its "painted" line."""
    start = time.perf_counter()
    child = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE, env=env, text=True)
    assert child.stdout is not None
    line = child.stdout.readline()
    elapsed = time.perf_counter() - start
    _out, err = child.communicate(timeout=60)
    if line.strip() != "painted":
        raise RuntimeError(f"the window did not paint: {err[-2000:]}")
    return elapsed


def start_gnome_keyring(home: Path) -> dict[str, str]:
    """gnome-keyring in this D-Bus session, unlocked, with a private HOME (as the tests do)."""
    (home / ".local" / "share" / "keyrings").mkdir(parents=True)
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local" / "share")}
    out = subprocess.run(["gnome-keyring-daemon", "--replace", "--unlock",
                          "--components=secrets"], input="bench-login-password\n",
                         capture_output=True, text=True, timeout=30, check=True, env=env)
    for line in out.stdout.splitlines():
        name, _, value = line.partition("=")
        if name and value:
            env[name] = value
    return env


def make_vault(folder: Path, env: dict[str, str]) -> Path:
    """A vault with a few drafts, its key in the chosen keyring (made in a child process so
    that this one never loads the keyring)."""
    path = folder / "bench.vault"
    code = ("import sys, datetime as t; from flegme.review.identity import Identity;"
            "from flegme.vault import Vault, VaultRepository;"
            "v, _ = Vault.create(sys.argv[1]); r = VaultRepository(v);"
            "[r.create_draft(title=f'Draft {i}', body=open(sys.argv[2]).read()[:3000],"
            " language='en', platforms=['linkedin'], impulsive=False, report_json=None,"
            " author=Identity.local('leader'), at=t.datetime.now(t.UTC)) for i in range(20)];"
            "v.close()")
    subprocess.run([sys.executable, "-c", code, str(path), str(HERE / "data" / "post-en.txt")],
                   check=True, env=env)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--secret-service", action="store_true",
                        help="the key in gnome-keyring (run under dbus-run-session)")
    parser.add_argument("--against", type=Path, metavar="TREE",
                        help="another Flegme tree (a folder holding src/flegme) measured in the "
                             "same rounds, e.g. an export of main")
    args = parser.parse_args()
    # .pyc files written and used, as an installed program runs (this machine's environment
    # sets PYTHONDONTWRITEBYTECODE: every module would be compiled from source on every run)
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    folder = Path(tempfile.mkdtemp(prefix="flegme-coldstart-"))
    env = {**os.environ, "FLEGME_CONFIG_DIR": str(folder / "config"),
           "FLEGME_DATA_DIR": str(folder / "data"),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    if args.secret_service:
        env = start_gnome_keyring(folder / "home") | {k: env[k] for k in (
            "FLEGME_CONFIG_DIR", "FLEGME_DATA_DIR", "QT_QPA_PLATFORM")}
        keyring = "real Secret Service (gnome-keyring)"
    else:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(HERE),
                                                          env.get("PYTHONPATH", "")]))
        env["PYTHON_KEYRING_BACKEND"] = "bench_keyring.FileKeyring"
        env["FLEGME_BENCH_KEYRING"] = str(folder / "keyring.json")
        keyring = "keyring without D-Bus (in-memory case)"
    vault = make_vault(folder, env)
    post = str(HERE / "data" / "post-en.txt")
    runs: dict[str, tuple[str, list[str], dict[str, str]]] = {
        "flegme window": (_FLEGME, [str(vault)], env),
        "bare QPlainTextEdit": (_PEER, [post], env)}
    if args.against is not None:
        other = {**env, "PYTHONPATH": os.pathsep.join(filter(None, [
            str(args.against.resolve() / "src"), env.get("PYTHONPATH", "")]))}
        runs[f"against {args.against}"] = (_FLEGME, [str(vault)], other)
    for code, argv, run_env in runs.values():  # warm the file cache and .pyc files
        time_to_paint(code, argv, run_env)
    times: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for i in range(args.runs):  # interleaved, in a rotating order
        for name in names[i % len(names):] + names[:i % len(names)]:
            times[name].append(time_to_paint(*runs[name]))
    print(f"Cold start to the first painted editor, existing vault, {keyring}, "
          f"{args.runs} interleaved runs, platform {env['QT_QPA_PLATFORM']}")
    peer = times["bare QPlainTextEdit"]
    for name in names:
        ratio = statistics.median(a / b for a, b in zip(times[name], peer, strict=True))
        print(f"  {name}: median {statistics.median(times[name]) * 1000:.0f} ms, "
              f"{ratio:.2f}x bare Qt (median of per-run ratios)")
    if args.against is not None:
        theirs = times[names[-1]]
        ratio = statistics.median(a / b for a, b in zip(times["flegme window"], theirs,
                                                         strict=True))
        print(f"  flegme window / against: {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
