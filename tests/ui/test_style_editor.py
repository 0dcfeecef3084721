"""The comms lead's style editor: one state for form and TOML, rules picked from the
catalog, banned terms, findings on a sample, the reference at hand."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTextBrowser
from pytestqt.qtbot import QtBot

from flegme.style.loader import parse_style
from flegme.ui.style_editor import StyleEditor
from tests.ui.cells import cell

pytestmark = pytest.mark.gui
START = "schema = 1\n# our house style\n[tone]\nthreshold = 50  # agreed in March\n"


def make(qtbot: QtBot, text: str = START) -> tuple[StyleEditor, list[str]]:
    editor = StyleEditor(text, can_save=True)
    qtbot.addWidget(editor)
    saved: list[str] = []
    editor.styleSaved.connect(saved.append)
    return editor, saved


def test_save_saves_what_the_form_shows(qtbot: QtBot) -> None:
    editor, saved = make(qtbot)
    editor.tone_threshold.setValue(35)  # no "apply" step
    editor.save()
    assert len(saved) == 1 and parse_style(saved[0]).tone.threshold == 35
    assert "# agreed in March" in saved[0] and "# our house style" in saved[0]
    assert editor.raw.toPlainText() == saved[0]


def test_a_toml_edit_shows_in_the_form(qtbot: QtBot) -> None:
    editor, saved = make(qtbot)
    editor.raw.setPlainText(START.replace("50", "61"))
    qtbot.waitUntil(lambda: editor.tone_threshold.value() == 61, timeout=3000)
    editor.save()
    assert parse_style(saved[0]).tone.threshold == 61


def test_severities_come_from_the_rule_catalog(qtbot: QtBot) -> None:
    editor, saved = make(qtbot)
    table = editor.rules_table.table
    ids = [cell(table, row, 0) for row in range(table.rowCount())]
    assert "tone.absolutes" in ids and "promotion.hype" in ids
    row = ids.index("tone.absolutes")
    assert "never" in cell(table, row, 1)  # what the rule flags
    editor.rules_table.set_severity("tone.absolutes", "off")
    editor.save()
    assert parse_style(saved[0]).rules["tone.absolutes"].severity == "off"


def test_banned_terms_and_try_it(qtbot: QtBot) -> None:
    editor, saved = make(qtbot)
    editor.banned.setText("moonshot")
    editor.banned.textEdited.emit("moonshot")
    editor.sample.setPlainText("Our moonshot is here!!!")
    qtbot.waitUntil(lambda: editor.try_findings.count() > 0, timeout=3000)
    items = [editor.try_findings.item(i).text() for i in range(editor.try_findings.count())]
    assert any("moonshot" in item for item in items), items
    editor.save()
    assert parse_style(saved[0]).jargon.extra["en"]["moonshot"] == ""


def test_the_reference_opens_from_the_editor(qtbot: QtBot) -> None:
    editor, _ = make(qtbot)
    dialog = editor.show_reference()
    browser = dialog.findChild(QTextBrowser)
    assert browser is not None and "House style file" in browser.toPlainText()
    dialog.close()
