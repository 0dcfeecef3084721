"""Screenshots of the three views with a sample vault, into docs/screenshots/.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py

Runs on a real X server (Xvfb) with Qt's xcb platform; the vault is a temporary one in
passphrase mode, filled with sample drafts written for this script.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"

SAMPLES = [
    ("Atelier de quartier", "fr", ["linkedin"],
     "Ce matin, nous avons ouvert notre troisième atelier de quartier, à deux rues de la "
     "gare.\n\nTrois apprentis y réparent les vélos des voisins, avec les coûts affichés au "
     "mur : pièces, temps passé, marge. Passez nous voir, même sans vélo à réparer."),
    ("Board meeting", "en", ["linkedin", "x"],
     "I am FURIOUS after today's board meeting!!! We delivered every OKR, and they NEVER "
     "listen.\n\nGoing forward we will leverage our synergies to unlock value across the "
     "ecosystem. Sign up today and get 30% off, offer ends Friday! #growth #startup #tech "
     "#leadership #innovation #bikes"),
    ("Spring repair week", "en", ["bluesky"],
     "Spring repair week starts Monday in our four workshops. Our apprentices will show you "
     "how to look after your brakes and chain."),
]


def main() -> int:
    os.environ.setdefault("FLEGME_CONFIG_DIR", tempfile.mkdtemp(prefix="flegme-shots-cfg-"))
    from PySide6.QtWidgets import QApplication

    from flegme.settings import Settings
    from flegme.ui.app import install_translator
    from flegme.ui.main_window import MainWindow
    from flegme.vault import Role, Vault

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    install_translator(app, "en")
    OUT.mkdir(parents=True, exist_ok=True)
    folder = Path(tempfile.mkdtemp(prefix="flegme-shots-"))
    vault, _ = Vault.create(folder / "sample.vault", passphrase="screenshots only")
    ids = []
    for title, lang, platforms, body in SAMPLES:
        ids.append(vault.create_draft(title=title, body=body, language=lang,
                                      platforms=platforms, role=Role.LEADER).id)
    corpus_style = ROOT.parent / "shared" / "corpus" / "house-style.toml"
    if corpus_style.is_file():
        vault.set_house_style(corpus_style.read_text(encoding="utf-8"), role=Role.COMMS_LEAD)
    from flegme.style.loader import default_style

    vault.submit_for_review(ids[2], role=Role.LEADER, style=default_style())
    revision = vault.revisions(ids[2])[-1]
    vault.comment(ids[2], revision_id=revision.id, start=0, end=18,
                  text="Which dates exactly? Add them.", role=Role.ASSISTANT)
    okr = SAMPLES[1][3].index("OKR")
    vault.dismiss(ids[1], rule="jargon.acronym", start=okr, end=okr + 3, excerpt="OKR",
                  scope="proposed_allow", role=Role.LEADER)
    shots = [("leader", ids[1], 0), ("assistant", ids[2], 1), ("comms_lead", None, 2)]
    for role, draft_id, tab in shots:
        window = MainWindow(vault, Settings(role=role))
        window.resize(1360, 860)
        window.show()
        window.tabs.setCurrentIndex(tab)
        if role == "leader" and draft_id is not None:
            window.leader.open_draft(draft_id)
            window.leader.editor.moveCursor(window.leader.editor.textCursor().MoveOperation.End)
        if role == "assistant" and draft_id is not None:
            window.review.refresh()
            window.review.open_draft(draft_id)
        if role == "comms_lead":
            window.style_editor.sample.setPlainText(SAMPLES[1][3])
            window.style_editor.validate()
        for _ in range(20):
            app.processEvents()
        path = OUT / f"{role}.png"
        window.grab().save(str(path))
        print(f"wrote {path}")
        window.vault = None  # the same vault serves the next window
        window.close()
    vault.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
