"""Window figures: keystroke -> updated underlines on a 3,000-character post, cold start to a
usable window, resident memory after opening a 10,000-draft vault.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_ui.py

(Offscreen Qt; under Xvfb use `xvfb-run -a` instead of QT_QPA_PLATFORM.)
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def keystroke_ms(repeat: int = 200) -> float:
    from PySide6.QtCore import Qt
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
    times = []
    for i in range(repeat):
        start = time.perf_counter()
        QTest.keyClicks(editor, "abcdefghij"[i % 10])
        while editor._positions.text != editor.toPlainText():  # until the underlines moved
            app.processEvents()
        times.append(time.perf_counter() - start)
    QTest.keyClick(editor, Qt.Key.Key_Backspace)
    window.close()
    return statistics.median(times) * 1000


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
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FLEGME_CONFIG_DIR", tempfile.mkdtemp())
    print(f"UI benchmark, Python {sys.version.split()[0]}, "
          f"platform {os.environ['QT_QPA_PLATFORM']}")
    key, peer = keystroke_ms(), engine_only_ms()
    print(f"keystroke -> updated underlines (3,000 chars, median): {key:.2f} ms "
          f"(engine alone {peer:.2f} ms, ratio {key / peer:.1f}x)")
    cold, bare = cold_start_ms(), bare_qt_start_ms()
    print(f"cold start to a usable window, process included (median of 5): {cold:.0f} ms "
          f"(empty Qt window {bare:.0f} ms, ratio {cold / bare:.1f}x)")
    print(f"resident memory after opening a 10,000-draft vault: {rss_after_big_vault_mb():.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
