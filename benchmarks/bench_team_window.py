"""Team mode in the window: from the leader's "Send to review" (local vault, background sync)
to the draft in the assistant's queue (LISTEN/NOTIFY, queue reloaded off the GUI thread), and
from the assistant's decision to the leader's feedback; two windows, one throwaway server on
loopback. The fallback poll is set far away, so each figure is the live path. Reports the
median and p95 of N rounds, and the poll interval it replaces as the peer.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_team_window.py [N]
"""

from __future__ import annotations

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main(rounds: int) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("FLEGME_CONFIG_DIR", tempfile.mkdtemp(prefix="flegme-bench-cfg-"))
    sys.path.insert(0, str(ROOT))
    import psycopg
    from PySide6.QtWidgets import QApplication
    from tests.e2e.loop_steps import settle
    from tests.pg_cluster import start_cluster
    from tests.team.conftest import make_team

    from flegme.settings import Settings
    from flegme.team.live import POLL_INTERVAL_S
    from flegme.team.session import TeamLogin, whoami
    from flegme.ui import team_mode
    from flegme.ui.main_window import MainWindow
    from flegme.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    team_mode.POLL_INTERVAL_S = 600.0

    def until(ready: object, seconds: float = 20) -> float:
        start = time.perf_counter()
        while not ready():  # type: ignore[operator]
            if time.perf_counter() - start > seconds:
                raise TimeoutError("no answer in time")
            settle(5)
        return time.perf_counter() - start

    cluster = start_cluster()
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as con:
            con.execute('CREATE DATABASE "flegme_bench_1"')
        team = make_team(cluster, "flegme_bench_1")

        def login(who: str) -> TeamLogin:
            config, password = team.config(who), team.password(who)
            return TeamLogin(config, password, whoami(config, password))

        folder = Path(tempfile.mkdtemp(prefix="flegme-bench-"))
        vault, _ = Vault.create(folder / "leader.vault", passphrase="bench only")
        leader = MainWindow(vault, Settings(), team=login("leader"))
        assistant = MainWindow(None, Settings(), team=login("assistant"))
        until(lambda: assistant.service is not None)
        assert leader.team is not None
        mode = leader.team
        until(lambda: not mode._sync_running and not mode.sync_timer.isActive())
        to_queue, to_feedback = [], []
        for n in range(rounds):
            view = leader.leader
            view.new_draft()
            view.editor.setPlainText(f"Atelier de Lyon, semaine {n} : douze vélos réparés.")
            start = time.perf_counter()
            view.send_to_review()
            leader.runner.settle()  # written by the window's queue (part of the measure)
            local_id = view.draft_id
            until(lambda: assistant.review.model.rowCount() == 1)
            to_queue.append(time.perf_counter() - start)
            summary = assistant.review.model.summary(0)
            assert summary is not None and local_id is not None
            assistant.review.open_draft(summary.id)
            start = time.perf_counter()
            assistant.review.request_changes_with("Ajoutez le lien.")
            until(lambda i=local_id: leader.leader.feedback.threads != [] and
                  leader.service is not None and
                  leader.service.get_draft(i).status.value == "changes_requested")
            to_feedback.append(time.perf_counter() - start)
            until(lambda: assistant.review.model.rowCount() == 0)
            until(lambda: not mode._sync_running and not mode.sync_timer.isActive())
        for name, values in (("send -> assistant's queue", to_queue),
                             ("request changes -> leader's feedback", to_feedback)):
            ordered = sorted(values)
            p95 = ordered[max(0, round(0.95 * len(ordered)) - 1)]
            print(f"{name}: median {statistics.median(values) * 1000:.0f} ms, "
                  f"p95 {p95 * 1000:.0f} ms (n={len(values)}; includes the leader's "
                  f"{team_mode.SYNC_DEBOUNCE_MS} ms save debounce where it applies)")
        print(f"peer: the fallback poll alone would take up to {POLL_INTERVAL_S:.0f} s "
              f"(ratio of medians: {POLL_INTERVAL_S / statistics.median(to_queue):.1f}x)")
        for window in (leader, assistant):
            window.close()
        vault.close()
    finally:
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main(int(sys.argv[1]) if len(sys.argv) > 1 else 20))
