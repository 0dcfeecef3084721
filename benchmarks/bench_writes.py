"""GUI-thread time per save: the leader's autosave with every vault call on the GUI thread
(before: a synchronous runner, as the window was) against the ordered write queue (after:
the save and the reads run off the GUI thread; only queuing it and showing the results stay
on it). Same vault, same texts, same run; medians and their ratio.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_writes.py [--saves N]

(Offscreen Qt; under Xvfb use `xvfb-run -a` instead of QT_QPA_PLATFORM.)
"""

from __future__ import annotations

import argparse
import functools
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
DRAFTS = 500  # a leader's vault after a few years: the drafts list refresh reads from it


def gui_ms_per_save(folder: Path, synchronous: bool, saves: int) -> list[float]:
    """GUI-thread milliseconds spent on each of `saves` autosaves of a growing post."""
    from PySide6.QtWidgets import QApplication

    from flegme.settings import Settings
    from flegme.ui import main_window, tasks
    from flegme.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    on_gui: list[float] = []  # time spent delivering results on the GUI thread
    deliver = tasks.TaskRunner._deliver

    def timed(self: tasks.TaskRunner, *args: Any) -> None:
        start = time.perf_counter()
        deliver(self, *args)
        on_gui.append(time.perf_counter() - start)

    runner_class: Callable[..., tasks.TaskRunner] = (
        functools.partial(tasks.TaskRunner, synchronous=True) if synchronous
        else tasks.TaskRunner)
    vault = Vault.open(folder / "bench.vault", passphrase="bench passphrase")
    original = main_window.TaskRunner
    tasks.TaskRunner._deliver = timed  # type: ignore[method-assign]
    main_window.TaskRunner = runner_class  # type: ignore[misc]
    try:
        window = main_window.MainWindow(vault, Settings())
        window.show()
        window.leader.new_draft()
        text = (HERE / "data" / "post-en.txt").read_text(encoding="utf-8")[:1200]
        times = []
        for i in range(saves):
            window.leader.editor.setPlainText(f"{text} (take {i})")
            window.scheduler.check_now()
            window.runner.settle()
            app.processEvents()
            on_gui.clear()
            start = time.perf_counter()
            window.leader.autosave()
            queued = time.perf_counter() - start
            if not synchronous:  # (synchronous: the deliveries ran inside the call above)
                window.runner.settle()
                queued += sum(on_gui)
            times.append(queued * 1000)
        assert window.leader.draft_id is not None
        assert len(vault.revisions(window.leader.draft_id)) == saves
        window.close()
    finally:
        tasks.TaskRunner._deliver = deliver  # type: ignore[method-assign]
        main_window.TaskRunner = original  # type: ignore[misc]
    return times


def make_vault(folder: Path) -> None:
    sys.path.insert(0, str(HERE))
    from bench_vault import fill
    from flegme.vault import Vault

    vault, _ = Vault.create(folder / "bench.vault", passphrase="bench passphrase")
    fill(vault, DRAFTS, random.Random(5))
    vault.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--saves", type=int, default=40)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FLEGME_CONFIG_DIR", tempfile.mkdtemp())
    folder = Path(tempfile.mkdtemp(prefix="flegme-writes-bench-"))
    print(f"GUI-thread time per save, Python {sys.version.split()[0]}, platform "
          f"{os.environ['QT_QPA_PLATFORM']}, {DRAFTS} drafts in the vault, {args.saves} saves "
          f"of a 1,200-character post")
    for name in ("before", "after"):
        (folder / name).mkdir()
        make_vault(folder / name)
    before = gui_ms_per_save(folder / "before", True, args.saves)
    after = gui_ms_per_save(folder / "after", False, args.saves)
    b, a = statistics.median(before), statistics.median(after)
    print(f"before (every vault call on the GUI thread): median {b:.2f} ms, "
          f"max {max(before):.2f} ms")
    print(f"after  (ordered write queue):                median {a:.2f} ms, "
          f"max {max(after):.2f} ms")
    print(f"ratio before/after: {b / a:.1f}x")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
