"""Both translations ship, are complete, and switch the visible strings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QApplication, QDialogButtonBox
from pytestqt.qtbot import QtBot

from flegme.resources import resource_path
from flegme.ui.app import install_translator
from flegme.ui.findings_panel import FindingsPanel

pytestmark = pytest.mark.gui


def test_french_translation_is_complete() -> None:
    root = ET.parse(resource_path("translations", "flegme_fr.ts")).getroot()
    messages = list(root.iter("message"))
    assert len(messages) > 100
    untranslated = [m.findtext("source") for m in messages
                    if not (m.findtext("translation") or "").strip()
                    or m.find("translation").get("type") == "unfinished"]  # type: ignore[union-attr]
    assert untranslated == []
    for lang in ("fr", "en"):
        assert resource_path("translations", f"flegme_{lang}.qm").is_file()


def test_french_strings_appear_in_widgets(qtbot: QtBot) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    translator = install_translator(app, "fr")
    assert translator is not None
    try:
        panel = FindingsPanel()
        qtbot.addWidget(panel)
        assert panel.dismiss_button.text() == "Ignorer pour ce brouillon"
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        qtbot.addWidget(box)
        cancel = box.button(QDialogButtonBox.StandardButton.Cancel)
        assert cancel is not None and cancel.text().replace("&", "") == "Annuler"  # Qt's own
    finally:
        for qt_own in translator.findChildren(QTranslator):
            app.removeTranslator(qt_own)
        app.removeTranslator(translator)
    panel = FindingsPanel()
    qtbot.addWidget(panel)
    assert panel.dismiss_button.text() == "Dismiss for this draft"
