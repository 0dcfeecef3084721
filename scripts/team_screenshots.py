"""Screenshots of team mode in the window, into docs/screenshots/: the Team page of the settings
dialog (connected, after a sync) and the banner shown while the server cannot be reached.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/team_screenshots.py

Starts a throwaway PostgreSQL cluster on loopback (as the tests do: tests/pg_cluster.py),
sets up a team in it, and opens the leader's window on a temporary vault.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    os.environ.setdefault("FLEGME_CONFIG_DIR", tempfile.mkdtemp(prefix="flegme-shots-cfg-"))
    sys.path.insert(0, str(ROOT))
    import psycopg
    from PySide6.QtWidgets import QApplication, QWidget
    from tests.e2e.loop_steps import settle
    from tests.pg_cluster import start_cluster
    from tests.team.conftest import make_team

    from flegme.settings import Settings
    from flegme.team.session import TeamLogin, whoami
    from flegme.team.status import State
    from flegme.ui.app import install_translator
    from flegme.ui.main_window import MainWindow
    from flegme.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translator(app, "en")
    OUT.mkdir(parents=True, exist_ok=True)

    def wait(ready: object, seconds: float = 15) -> None:
        deadline = time.monotonic() + seconds
        while not ready() and time.monotonic() < deadline:  # type: ignore[operator]
            settle(50)

    def snap(name: str, widget: QWidget) -> None:
        widget.raise_()
        settle(80)
        path = OUT / f"{name}.png"
        widget.grab().save(str(path))
        print(f"wrote {path}")

    cluster = start_cluster()
    window = None
    try:
        with psycopg.connect(cluster.url(), autocommit=True) as con:
            con.execute('CREATE DATABASE "flegme_shots_1"')
        team = make_team(cluster, "flegme_shots_1")
        config, password = team.config("leader"), team.password("leader")
        login = TeamLogin(config, password, whoami(config, password))
        folder = Path(tempfile.mkdtemp(prefix="flegme-shots-"))
        vault, _ = Vault.create(folder / "leader.vault", passphrase="screenshots only")
        window = MainWindow(vault, Settings(), team=login)
        window.resize(1280, 760)
        window.show()
        window.leader.new_draft()
        window.leader.title.setText("Atelier de Lyon")
        window.leader.editor.setPlainText(
            "Nous avons réparé douze vélos à l'atelier de Lyon cette semaine. Merci à "
            "l'équipe du samedi ! 🚲")
        window.leader.autosave()
        window.runner.settle()
        assert window.team is not None
        mode = window.team
        wait(lambda: mode.status.state is State.CONNECTED and not mode._sync_running)
        dialog = window.open_settings()
        dialog.pages.setCurrentWidget(dialog.team_page)
        dialog.resize(620, 520)
        wait(lambda: dialog.team_page.page is not None and
             dialog.team_page.page.state.text() == "connected", 5)
        snap("team-settings", dialog)
        dialog.reject()
        cluster.stop()
        wait(lambda: not window.team_banner.isHidden())
        window.leader.editor.setPlainText(
            "Nous avons réparé douze vélos à l'atelier de Lyon cette semaine. Merci à "
            "l'équipe du samedi ! 🚲 Écrit hors ligne, envoyé au retour du serveur.")
        window.leader.autosave()
        window.runner.settle()
        wait(lambda: not mode._sync_running, 10)
        snap("team-offline-banner", window)
        cluster.start()
        wait(lambda: window.team_banner.isHidden())
        window.close()
        window = None
        vault.close()
    finally:
        if window is not None:
            window.close()
        cluster.destroy()
    return 0


if __name__ == "__main__":
    sys.exit(main())
