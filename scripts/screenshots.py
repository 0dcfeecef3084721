"""Screenshots of each step of the review loop, into docs/screenshots/.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py

Runs on a real X server (Xvfb) with Qt's xcb platform; the vault is a temporary one in
passphrase mode. The steps are those of the end-to-end test (tests/e2e/loop_steps.py): the
leader, the assistant and the comms lead go round the loop, and each step is photographed.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    os.environ.setdefault("FLEGME_CONFIG_DIR", tempfile.mkdtemp(prefix="flegme-shots-cfg-"))
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication, QMessageBox
    from tests.e2e import loop_steps as steps

    from flegme.ui.app import install_translator
    from flegme.ui.main_window import MainWindow
    from flegme.vault import Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translator(app, "en")
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="flegme-shots-"))
    vault, _ = Vault.create(folder / "sample.vault", passphrase="screenshots only")
    opened: list[MainWindow] = []

    def snap(name: str, window: MainWindow) -> None:
        window.raise_()
        window.runner.wait(5000)  # lists and checks load off the GUI thread
        steps.settle(40)
        path = OUT / f"{name}.png"
        boxes = [b for b in window.findChildren(QMessageBox) if b.isVisible()]
        if boxes:  # a dialog is part of the step: photograph the screen around the window
            for box in boxes:
                box.raise_()
            steps.settle(40)
            frame = window.frameGeometry()
            screen = app.primaryScreen()
            screen.grabWindow(0, frame.x(), frame.y(), frame.width(),
                              frame.height()).save(str(path))
        else:
            window.grab().save(str(path))
        print(f"wrote {path}")

    leader = steps.leader_drafts_in_anger(vault, snap)
    opened.append(leader)
    draft_id = steps.leader_rewrites_and_sends(leader, snap)
    assistant = steps.assistant_comments_and_requests_changes(vault, draft_id, snap)
    opened.append(assistant)
    steps.leader_sees_edits_replies_resends(leader, draft_id, snap)
    steps.assistant_approves(assistant, draft_id, snap)
    opened.append(steps.comms_lead_bans_a_term(vault, snap))
    steps.leader_next_check_shows_it(leader, snap)
    for window in opened:
        window.vault = None  # the same vault serves every window
        window.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
