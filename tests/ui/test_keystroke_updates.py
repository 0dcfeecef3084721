"""A keystroke updates only what changed: underlines that merely moved stay as Qt moved them,
the findings tree keeps its rows, counters never re-lay out the window."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from flegme.ui.main_window import MainWindow
from flegme.ui.positions import PositionMap
from tests.ui.typing_window import type_at, window_with

pytestmark = pytest.mark.gui
POST = ("We will leverage synergies to disrupt the market.\n\n"
        "They NEVER answer our emails!!! 🚲 Come to the workshop on Saturday.")


def underlines(window: MainWindow) -> list[tuple[int, int]]:
    return [(s.cursor.selectionStart(), s.cursor.selectionEnd())
            for s in window.leader.editor.extraSelections()]


def test_underlines_that_only_moved_are_not_set_again(qtbot: QtBot,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    window = window_with(qtbot, POST, [])
    editor = window.leader.editor
    calls: list[int] = []
    real = type(editor).setExtraSelections

    def counted(self: object, selections: list[object]) -> None:
        calls.append(len(selections))
        real(self, selections)  # type: ignore[arg-type]

    monkeypatch.setattr(type(editor), "setExtraSelections", counted)
    type_at(qtbot, window.leader.editor, 0, "So ")  # before every finding: they all move by 3
    assert calls == []
    positions = PositionMap(editor.toPlainText())
    assert underlines(window) == [(positions.to_qt(f.start), positions.to_qt(f.end))
                                  for f in editor.findings]
    type_at(qtbot, editor, len(editor.toPlainText()), " Let us leverage it.")  # one more
    assert calls
    assert len(editor.extraSelections()) == sum(1 for f in editor.findings if f.start < f.end)


def test_the_findings_tree_keeps_its_rows_while_findings_only_move(qtbot: QtBot) -> None:
    window = window_with(qtbot, POST + "\n\n" + "Our riders keep the city moving. " * 8, ["x"])
    panel = window.leader.panel
    items = [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())]
    first = next(g for g in items if g is not None and g.child(0) is not None
                 and "/280 on X" in g.child(0).text(0))  # type: ignore[union-attr]
    row = first.child(0)
    assert row is not None
    type_at(qtbot, window.leader.editor, 0, "So ")
    assert [panel.tree.topLevelItem(i) for i in range(panel.tree.topLevelItemCount())] == items
    assert first.child(0) is row  # the same row, now showing the moved finding
    panel.tree.setCurrentItem(row)
    selected = panel.selected_finding()
    assert selected is not None and selected in window.leader.editor.findings
    texts = [row.text(0)]
    type_at(qtbot, window.leader.editor, 0, "Well ")  # X count changes: row rewritten in place
    texts.append(row.text(0))
    assert first.child(0) is row and texts[0] != texts[1] and "/280 on X" in texts[1]


class _LayoutRequests(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self.count += 1
        return False


def test_counters_do_not_re_lay_out_the_window(qtbot: QtBot) -> None:
    window = window_with(qtbot, POST, ["x", "linkedin"])
    bar = window.leader.platforms
    report = window.scheduler.last_report
    assert report is not None and report.counts
    qtbot.wait(50)  # the window's own first layout
    spy = _LayoutRequests()
    bar.installEventFilter(spy)  # (the bar's layout would be asked to lay out again)
    for extra in (1, 2):  # 122/280 -> 123/280 -> 124/280
        counts = tuple(replace(c, used=c.used + extra) for c in report.counts)
        bar.show_counts(report.text, counts)
        QApplication.processEvents()
    x = next(c for c in report.counts if c.platform == "x")
    assert bar.counters["x"].text() == f"{x.used + 2}/280"
    assert spy.count == 0  # (crossing a limit restyles the counter: that one may re-lay out)
