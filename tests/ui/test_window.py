"""The window, driven like a person would: type, see underlines, fix, switch platforms,
walk a draft through review, edit the house style."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from flegme.names import PLATFORMS
from flegme.review.identity import Identity
from flegme.review.models import Role, Status
from flegme.review.service import ReviewService
from flegme.settings import Settings
from flegme.ui.main_window import MainWindow
from flegme.ui.positions import PositionMap
from flegme.ui.review_view import ReviewView
from flegme.vault import Vault, VaultRepository

pytestmark = pytest.mark.gui


def make_window(qtbot: QtBot, vault: Vault | None, role: str = "leader") -> MainWindow:
    window = MainWindow(vault, Settings(role=role))
    qtbot.addWidget(window)
    window.show()
    return window


def assistant_view(qtbot: QtBot, vault: Vault, window: MainWindow) -> ReviewView:
    service = ReviewService(VaultRepository(vault), Identity("Sam", Role.ASSISTANT))
    review = ReviewView(service, window.engine, window.house)
    qtbot.addWidget(review)
    return review


def type_text(qtbot: QtBot, window: MainWindow, text: str) -> None:
    editor = window.leader.editor
    editor.setFocus()
    if text.isascii():
        QTest.keyClicks(editor, text)  # real key events
    else:  # QTest cannot synthesise keys outside ASCII: insert as a paste or an IME would
        editor.moveCursor(editor.textCursor().MoveOperation.End)
        editor.insertPlainText(text)
    qtbot.waitUntil(lambda: window.scheduler.last_report is not None
                    and window.scheduler.last_report.text == editor.toPlainText(), timeout=3000)


def test_typing_underlines_findings(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault)
    type_text(qtbot, window, "We will leverage synergies. They NEVER answer!!!")
    editor = window.leader.editor
    rules = {f.rule for f in editor.findings}
    assert {"jargon.term", "tone.shouting", "tone.exclamations"} <= rules
    assert len(editor.extraSelections()) >= len(editor.findings)
    leverage = next(f for f in editor.findings if f.suggestions == ("use",))
    assert "Corporate speak" in editor.tooltip_html([leverage])
    tree = window.leader.panel.tree
    assert tree.topLevelItemCount() >= 2  # grouped by category


def test_apply_a_suggestion_is_one_undoable_edit(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault)
    type_text(qtbot, window, "🚲 We leverage our network.")
    editor = window.leader.editor
    finding = next(f for f in editor.findings if f.rule == "jargon.term")
    editor.apply_suggestion(finding, finding.suggestions[0])
    assert editor.toPlainText() == "🚲 We use our network."
    editor.undo()
    assert editor.toPlainText() == "🚲 We leverage our network."


def test_underline_positions_are_utf16_after_emoji(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault)
    text = "👨‍👩‍👧🚲 We leverage it."
    type_text(qtbot, window, text)
    editor = window.leader.editor
    finding = next(f for f in editor.findings if f.rule == "jargon.term")
    selection = next(s for s in editor.extraSelections()
                     if s.cursor.selectedText() == "leverage")
    assert selection.cursor.selectionStart() == PositionMap(text).to_qt(finding.start)
    assert selection.cursor.selectionStart() != finding.start  # emoji take 2 UTF-16 units


def test_switching_platforms_updates_counters(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault)
    type_text(qtbot, window, "Prix : 20 € pour tous.")
    bar = window.leader.platforms
    bar.boxes["x"].setChecked(True)
    qtbot.waitUntil(lambda: bar.counters["x"].text() == "23/280", timeout=3000)
    bar.boxes["bluesky"].setChecked(True)
    qtbot.waitUntil(lambda: bar.counters["bluesky"].text() == "22/300", timeout=3000)
    bar.boxes["x"].setChecked(False)
    qtbot.waitUntil(lambda: bar.counters["x"].text() == "", timeout=3000)


def test_autosave_history_and_restore(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault)
    type_text(qtbot, window, "First version.")
    window.leader.autosave()
    type_text(qtbot, window, " And more.")
    window.leader.autosave()
    window.runner.settle()
    draft_id = window.leader.draft_id
    assert draft_id is not None
    revisions = gui_vault.revisions(draft_id)
    assert [r.body for r in revisions] == ["First version.", "First version. And more."]
    assert window.leader.model.rowCount() == 1


def test_walk_a_draft_through_review(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault)
    type_text(qtbot, window, "Nous avons réparé douze vélos ce matin.")
    window.leader.send_to_review()
    window.runner.settle()
    draft_id = window.leader.draft_id
    assert draft_id is not None and gui_vault.get_draft(draft_id).status is Status.IN_REVIEW
    review = assistant_view(qtbot, gui_vault, window)
    review.refresh()
    assert review.model.rowCount() == 1
    review.open_draft(draft_id)
    cursor = review.reader.textCursor()
    cursor.setPosition(0)
    cursor.setPosition(4, cursor.MoveMode.KeepAnchor)
    review.reader.setTextCursor(cursor)
    review.comment.setText("Un chiffre ?")
    review.add_comment()
    review.request_changes_with("Précisez le quartier.")
    assert gui_vault.get_draft(draft_id).status is Status.CHANGES_REQUESTED
    leader = ReviewService(VaultRepository(gui_vault), Identity("Claire", Role.LEADER))
    leader.send_to_review(draft_id)
    review.open_draft(draft_id)
    review.approve()
    assert gui_vault.get_draft(draft_id).status is Status.APPROVED
    kinds = [e.kind for e in VaultRepository(gui_vault).review_events(draft_id)]
    assert kinds == ["comment", "request_changes", "approve"]
    assert review.events.count() == 3


def test_cooling_off_is_visible(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault)
    type_text(qtbot, window, "They NEVER answer. Pathetic idiots, we know who you are!!!")
    window.leader.autosave()
    window.runner.settle()
    assert "minute" in window.leader.gate.text()


def test_house_style_with_a_bad_value_shows_the_error(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault, role="comms_lead")
    editor = window.style_editor
    editor.raw.setPlainText("schema = 1\n[tone]\nthreshold = 400\n")
    qtbot.waitUntil(lambda: "line 3" in editor.error.text(), timeout=3000)
    assert "tone.threshold" in editor.error.text()
    assert not editor.save_button.isEnabled()
    editor.raw.setPlainText("schema = 1\n# ours\n[tone]\nthreshold = 40\n")
    qtbot.waitUntil(lambda: editor.error.text() == "", timeout=3000)
    editor.tone_threshold.setValue(35)
    editor.apply_form()
    assert "# ours" in editor.raw.toPlainText() and "threshold = 35" in editor.raw.toPlainText()
    editor.sample.setPlainText("We will leverage synergies!!!")
    qtbot.waitUntil(lambda: "Impulsivity" in editor.try_result.text(), timeout=3000)
    editor.save()
    assert window.runner.settle()  # stored through the write queue, then read again
    assert gui_vault.house_style_text() is not None
    assert window.house.tone.threshold == 35


def test_only_the_comms_lead_can_save_the_style(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault, role="leader")
    assert not window.style_editor.save_button.isEnabled()


def test_twenty_thousand_void_qt_calls_survive(qtbot: QtBot) -> None:
    """PySide6 6.12.0 on Python 3.11 aborts (none_dealloc) after a few thousand Qt calls
    returning nothing; we pin <6.12 on 3.11 and this proves the pin holds."""
    window = make_window(qtbot, None)
    for i in range(20_000):
        window.setWindowTitle(f"Flegme {i}")
    assert window.windowTitle() == "Flegme 19999"


def test_reviewer_sees_findings_but_cannot_fix_them(qtbot: QtBot, gui_vault: Vault) -> None:
    window = make_window(qtbot, gui_vault)
    type_text(qtbot, window, "We will leverage synergies at the fair.")
    window.leader.send_to_review()
    window.runner.settle()
    draft_id = window.leader.draft_id
    assert draft_id is not None
    review = assistant_view(qtbot, gui_vault, window)
    review.open_draft(draft_id)
    assert {f.rule for f in review.reader.findings} >= {"jargon.term"}
    labels = [review.panel.tree.topLevelItem(i).text(0)  # type: ignore[union-attr]
              for i in range(review.panel.tree.topLevelItemCount())]
    assert any(label.startswith("Plain words") for label in labels)
    assert review.reader.finding_actions(list(review.reader.findings), QMenu()) == []
    assert review.panel.dismiss_button.isHidden()


def test_the_window_remembers_its_geometry(qtbot: QtBot,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    first = make_window(qtbot, None)
    first.move(13, 17)
    saved = first.saveGeometry()
    first.close()
    assert QSettings("Flegme", "Flegme").value("window/geometry") == saved
    restored: list[object] = []
    def spy(_self: MainWindow, data: object) -> bool:
        restored.append(data)
        return True

    monkeypatch.setattr(MainWindow, "restoreGeometry", spy)
    make_window(qtbot, None)
    assert restored == [saved]  # (offscreen's 800x800 screen would clamp the real restore)


def test_style_form_edits_values_jargon_and_platforms(qtbot: QtBot, gui_vault: Vault) -> None:
    from PySide6.QtWidgets import QTableWidgetItem

    window = make_window(qtbot, gui_vault, role="comms_lead")
    editor = window.style_editor
    editor.raw.setPlainText("schema = 1\n# keep me\n[jargon]\nallow = []\n")
    editor.validate()
    editor._fill_form()
    tables = editor.tables
    tables.add_value_row()
    row = tables.values.rowCount() - 1
    for column, text in enumerate(["Proximité", "Être là.", "Being there.", "quartier",
                                   "neighbourhood, nearby"]):
        tables.values.setItem(row, column, QTableWidgetItem(text))
    tables.jargon["fr"].setPlainText("bikeshedder = débattre\nsynergie = collaboration")
    tables.platforms.setItem(PLATFORMS.index("linkedin"), 0, QTableWidgetItem("1200"))
    editor.apply_form()
    assert editor.error.text() == "" and "# keep me" in editor.raw.toPlainText()
    editor.save()
    assert window.runner.settle()
    style = window.house
    assert [v.name for v in style.values] == ["Proximité"]
    assert style.values[0].keywords["en"] == ("neighbourhood", "nearby")
    assert style.jargon.extra["fr"]["bikeshedder"] == "débattre"
    assert style.platforms["linkedin"].preferred_max_chars == 1200
    type_text(qtbot, window, "Nous allons bikeshedder le quartier.")
    assert any(f.suggestions == ("débattre",) for f in window.leader.editor.findings)
    tables.platforms.setItem(PLATFORMS.index("x"), 1, QTableWidgetItem("lots"))  # hashtags
    assert not editor.apply_form()
    assert "x: lots" in editor.error.text() and not editor.save_button.isEnabled()
    saved = gui_vault.house_style_text()
    editor.save()  # refused: a line the form cannot read is never silently dropped
    assert gui_vault.house_style_text() == saved


def test_the_leader_page_fits_a_1366_pixel_screen_with_every_platform_checked(
        qtbot: QtBot) -> None:
    """Counters sit under their boxes and only checked ones take room: the platform bar
    never widens the window past a laptop screen."""
    window = MainWindow(None, Settings())
    qtbot.addWidget(window)
    window.show()
    bar = window.leader.platforms
    bar.set_selected(list(bar.boxes))
    for name, counter in bar.counters.items():
        assert counter.isVisibleTo(bar), name
    assert bar.minimumSizeHint().width() < 700
    assert window.minimumSizeHint().width() <= 1366
    bar.set_selected(["x"])
    assert [n for n, c in bar.counters.items() if c.isVisibleTo(bar)] == ["x"]
