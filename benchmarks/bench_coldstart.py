"""Window cold start: a new process until the editor's first paint, with an existing vault.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_coldstart.py [--runs 15]
    dbus-run-session -- env QT_QPA_PLATFORM=offscreen \\
        .venv/bin/python benchmarks/bench_coldstart.py --secret-service

The vault holds a few drafts (the most recent is opened, as the app does). The key is in a
keyring without D-Bus (a JSON file: the "in-memory keyring" case), or with
`--secret-service` in a real gnome-keyring started in this D-Bus session. Peer in the same
run, interleaved: a process that paints an empty QPlainTextEdit (Qt's own floor).
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
import os, sys
from PySide6.QtCore import QEvent, QObject
from flegme.ui import app as flegme_app
opened = flegme_app.open_window

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            print("painted", flush=True)
            os._exit(0)
        return False

def open_window(qapp, args):
    window = opened(qapp, args)
    window.runner.settle()  # the last draft opens through the write queue
    assert window.leader.editor.toPlainText(), "the last draft was not opened"
    global spy
    spy = FirstPaint()
    window.leader.editor.viewport().installEventFilter(spy)
    return window

flegme_app.open_window = open_window
sys.exit(flegme_app.run(["--vault", sys.argv[1]]))
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
editor = QPlainTextEdit("A draft.")
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
    code = ("import sys; from flegme.vault import Role, Vault;"
            "v, _ = Vault.create(sys.argv[1]);"
            "[v.create_draft(title=f'Draft {i}', body=open(sys.argv[2]).read()[:3000],"
            " language='en', platforms=['linkedin'], role=Role.LEADER) for i in range(20)];"
            "v.close()")
    subprocess.run([sys.executable, "-c", code, str(path), str(HERE / "data" / "post-en.txt")],
                   check=True, env=env)
    return path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--secret-service", action="store_true",
                        help="the key in gnome-keyring (run under dbus-run-session)")
    args = parser.parse_args()
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
    time_to_paint(_FLEGME, [str(vault)], env)  # warm the file cache and caches
    ours: list[float] = []
    peer: list[float] = []
    for _ in range(args.runs):
        ours.append(time_to_paint(_FLEGME, [str(vault)], env))
        peer.append(time_to_paint(_PEER, [], env))
    print(f"Cold start to the first painted editor, existing vault, {keyring}, "
          f"{args.runs} interleaved runs, platform {env['QT_QPA_PLATFORM']}")
    print(f"  flegme window: median {statistics.median(ours) * 1000:.0f} ms")
    print(f"  bare QPlainTextEdit: median {statistics.median(peer) * 1000:.0f} ms")
    ratio = statistics.median(a / b for a, b in zip(ours, peer, strict=True))
    print(f"  ratio (median of per-run ratios): {ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
