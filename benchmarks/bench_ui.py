"""Window figures: keystroke -> updated underlines on a 3,000-character post, cold start to a
usable window, resident memory after opening a 10,000-draft vault.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py
    ... --keystrokes-only --rounds 6 --against /tmp/flegme-main   # + another tree's src/

(Offscreen Qt; under Xvfb use `xvfb-run -a` instead of QT_QPA_PLATFORM.)

Keystrokes are measured in child processes, interleaved round by round with a peer: a bare
QPlainTextEdit holding the same post that re-sets 50 underlines on every keystroke (what a
naive editor does), and with `--against`, another Flegme tree run the same way. CPU time
(this process's, all threads) is the figure that means something on a shared machine; wall
time is printed too.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def keystroke_times(repeat: int = 200) -> tuple[list[float], list[float]]:
    """Per keystroke in the middle of the post: (CPU seconds, wall seconds) until the
    underlines match the new text."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from flegme.settings import Settings
    from flegme.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow(None, Settings())
    window.show()
    editor = window.leader.editor
    editor.setPlainText((HERE / "data" / "post-en.txt").read_text(encoding="utf-8")[:3000])
    window.leader.platforms.set_selected(["linkedin", "x"])
    app.processEvents()
    cursor = editor.textCursor()
    cursor.setPosition(1500)
    editor.setTextCursor(cursor)
    cpu, wall = [], []
    for i in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        QTest.keyClicks(editor, "abcdefghij"[i % 10])
        while editor._positions.text != editor.toPlainText():  # until the underlines moved
            app.processEvents()
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    window.close()
    return cpu, wall


def peer_keystroke_times(repeat: int = 200) -> tuple[list[float], list[float]]:
    """The peer: a bare QPlainTextEdit with the same post, 50 underlines re-set and a
    repaint per keystroke, no checking."""
    from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QPlainTextEdit, QTextEdit

    app = QApplication.instance() or QApplication(sys.argv[:1])
    editor = QPlainTextEdit((HERE / "data" / "post-en.txt").read_text(encoding="utf-8")[:3000])
    editor.resize(620, 700)
    editor.show()
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor("#e08a00"))
    done = [0]

    def underline() -> None:
        selections = []
        for k in range(50):
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(k * 60)
            cursor.setPosition(k * 60 + 8, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor, selection.format = cursor, fmt
            selections.append(selection)
        editor.setExtraSelections(selections)
        done[0] += 1

    editor.textChanged.connect(underline)
    app.processEvents()
    cursor = editor.textCursor()
    cursor.setPosition(1500)
    editor.setTextCursor(cursor)
    cpu, wall = [], []
    for i in range(repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        before = done[0]
        QTest.keyClicks(editor, "abcdefghij"[i % 10])
        while done[0] == before:
            app.processEvents()
        app.processEvents()  # the repaint
        cpu.append(time.process_time() - start_cpu)
        wall.append(time.perf_counter() - start)
    return cpu, wall


def keystroke_rounds(rounds: int, against: Path | None) -> None:
    """Interleaved child processes: this tree, the bare-Qt peer, and `against`."""
    runs: dict[str, tuple[str, dict[str, str]]] = {
        "flegme": ("flegme", dict(os.environ)), "bare QPlainTextEdit": ("peer", dict(os.environ))}
    if against is not None:
        runs[f"against {against}"] = ("flegme", {**os.environ, "PYTHONPATH": os.pathsep.join(
            filter(None, [str(against.resolve() / "src"), os.environ.get("PYTHONPATH", "")]))})
    cpu: dict[str, list[float]] = {name: [] for name in runs}
    wall: dict[str, list[float]] = {name: [] for name in runs}
    names = list(runs)
    for r in range(rounds):
        for name in names[r % len(names):] + names[:r % len(names)]:
            kind, env = runs[name]
            out = subprocess.run([sys.executable, __file__, "--child", kind], check=True,
                                 capture_output=True, text=True, env=env)
            times = json.loads(out.stdout.strip().splitlines()[-1])
            cpu[name].append(statistics.median(times["cpu"]))
            wall[name].append(statistics.median(times["wall"]))
    print(f"keystroke -> updated underlines, 3,000 chars, LinkedIn + X, {rounds} interleaved "
          "rounds of 200 keystrokes (median of the rounds' medians):")
    for name in names:
        print(f"  {name}: CPU {statistics.median(cpu[name]) * 1000:.2f} ms, "
              f"wall {statistics.median(wall[name]) * 1000:.2f} ms")


def engine_only_ms(repeat: int = 200) -> float:
    """The peer: the engine's check of the same text after a one-letter edit, no Qt."""
    from flegme.engine.engine import Engine
    from flegme.style.loader import default_style

    engine = Engine(default_style())
    text = (HERE / "data" / "post-en.txt").read_text(encoding="utf-8")[:3000]
    times = []
    for i in range(repeat):
        text = text[:1500] + "abcdefghij"[i % 10] + text[1500:]
        start = time.perf_counter()
        engine.check(text, ("linkedin", "x"))
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def bare_qt_start_ms(runs: int = 5) -> float:
    """The peer: a process that shows an empty Qt window and quits."""
    code = ("import sys; from PySide6.QtWidgets import QApplication, QMainWindow;"
            "from PySide6.QtCore import QTimer; app = QApplication([]); w = QMainWindow();"
            "w.show(); QTimer.singleShot(1, app.quit); sys.exit(app.exec())")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def cold_start_ms(runs: int = 5) -> float:
    code = ("import time, sys; t=time.perf_counter();"
            "from flegme.ui.app import run;"
            "from PySide6.QtCore import QTimer;"
            "sys.exit(run(['--no-vault', '--quit-after-ms', '1']))")
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                       env={**os.environ, "FLEGME_CONFIG_DIR": tempfile.mkdtemp()})
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def rss_after_big_vault_mb(drafts: int = 10_000) -> float:
    folder = Path(tempfile.mkdtemp(prefix="flegme-ui-bench-"))
    sys.path.insert(0, str(HERE))
    from bench_vault import fill
    from flegme.vault import Vault

    vault, recovery = Vault.create(folder / "big.vault", passphrase="bench passphrase")
    fill(vault, drafts, random.Random(3))
    vault.close()
    code = ("import sys;"
            "from PySide6.QtWidgets import QApplication; app = QApplication([]);"
            "from flegme.vault import Vault; from flegme.settings import Settings;"
            "from flegme.ui.main_window import MainWindow;"
            f"v = Vault.open({str(folder / 'big.vault')!r}, recovery_key={recovery!r});"
            "w = MainWindow(v, Settings()); w.show(); app.processEvents();"
            "w.leader.open_draft(v.list_drafts(limit=1)[0].id); w.runner.settle();"
            "rss = [l for l in open('/proc/self/status') if l.startswith('VmRSS')][0];"
            "print(int(rss.split()[1]) / 1024); w.close()")
    out = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True,
                         text=True, env={**os.environ, "FLEGME_CONFIG_DIR": str(folder)})
    return float(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keystrokes-only", action="store_true")
    parser.add_argument("--rounds", type=int, default=5, help="keystroke rounds per tree")
    parser.add_argument("--against", type=Path, metavar="TREE",
                        help="another Flegme tree (a folder holding src/flegme), measured in "
                             "the same rounds")
    parser.add_argument("--child", choices=("flegme", "peer"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FLEGME_CONFIG_DIR", tempfile.mkdtemp())
    if args.child:
        cpu, wall = keystroke_times() if args.child == "flegme" else peer_keystroke_times()
        print(json.dumps({"cpu": cpu, "wall": wall}))
        os._exit(0)  # (no teardown: nothing to measure there)
    print(f"UI benchmark, Python {sys.version.split()[0]}, "
          f"platform {os.environ['QT_QPA_PLATFORM']}")
    keystroke_rounds(args.rounds, args.against)
    print(f"  the engine's check alone (in this process): {engine_only_ms():.2f} ms")
    if args.keystrokes_only:
        return 0
    cold, bare = cold_start_ms(), bare_qt_start_ms()
    print(f"cold start to a usable window, process included (median of 5): {cold:.0f} ms "
          f"(empty Qt window {bare:.0f} ms, ratio {cold / bare:.1f}x)")
    print(f"resident memory after opening a 10,000-draft vault: {rss_after_big_vault_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
