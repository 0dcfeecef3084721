"""Platform selector with live counters ("247/280") and the LinkedIn fold preview."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QCheckBox, QGridLayout, QLabel, QVBoxLayout, QWidget

from flegme.names import platform_table
from flegme.ui.theme import set_style_sheet

if TYPE_CHECKING:
    from flegme.engine.report import PlatformCount


class PlatformBar(QWidget):
    """One checkbox per platform; the checked ones get a counter."""

    platformsChanged = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        row = QGridLayout()  # each box with its counter under it: narrow enough for 1366 px
        row.setVerticalSpacing(0)
        outer.addLayout(row)
        self.boxes: dict[str, QCheckBox] = {}
        self.counters: dict[str, QLabel] = {}
        for column, (name, rules) in enumerate(platform_table().items()):
            label, limit = str(rules["label"]), int(rules["max_chars"])
            box = QCheckBox(label)
            box.setObjectName(f"platform_{name}")
            box.toggled.connect(self._changed)
            counter = QLabel("")
            counter.setObjectName(f"counter_{name}")
            _fix_size(counter, limit)
            counter.hide()  # shown with its box checked: unchecked ones take no room
            row.addWidget(box, 0, column)
            row.addWidget(counter, 1, column)
            self.boxes[name] = box
            self.counters[name] = counter
        row.setColumnStretch(len(self.boxes), 1)
        self.fold_preview = QLabel()
        self.fold_preview.setObjectName("foldPreview")
        self.fold_preview.setWordWrap(True)
        self.fold_preview.setStyleSheet("QLabel { background: #f4f4f4; border: 1px solid #ddd;"
                                        " padding: 6px; color: #222; }")
        self.fold_preview.hide()
        outer.addWidget(self.fold_preview)

    def selected(self) -> list[str]:
        """The checked platforms, in the bar's order."""
        return [name for name, box in self.boxes.items() if box.isChecked()]

    def set_selected(self, platforms: list[str] | tuple[str, ...]) -> None:
        """Check exactly `platforms` (without emitting once per box)."""
        for name, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(name in platforms)
            box.blockSignals(False)
        self._changed()

    def _changed(self) -> None:
        for name, counter in self.counters.items():
            checked = self.boxes[name].isChecked()
            counter.setVisible(checked)  # (a layout change on a click, never on a keystroke)
            if not checked:
                counter.setText("")
        self.platformsChanged.emit(self.selected())

    def show_counts(self, text: str, counts: tuple[PlatformCount, ...]) -> None:
        """Update the counters of the checked platforms (a report started before a box was
        unchecked must not fill its counter again), and the LinkedIn preview at the fold."""
        for count in counts:
            label = self.counters.get(count.platform)
            if label is None or not self.boxes[count.platform].isChecked():
                continue
            over = count.used > count.limit
            used = f"{count.used}/{count.limit}"
            if label.text() != used:
                label.setText(used)
            set_style_sheet(label, "color: #c62828; font-weight: bold;" if over else
                            "color: #e08a00;" if count.preferred_max and
                            count.used > count.preferred_max else "color: #2e7d32;")
        linkedin = next((c for c in counts if c.platform == "linkedin"
                         and self.boxes[c.platform].isChecked()), None)
        if linkedin is not None and linkedin.fold_at is not None:
            shown = text[:linkedin.fold_at].rstrip()
            preview = self.tr("LinkedIn shows: %1 … see more").replace("%1", shown)
            if preview != self.fold_preview.text():
                self.fold_preview.setText(preview)
            self.fold_preview.show()
        else:
            self.fold_preview.hide()


def _fix_size(counter: QLabel, limit: int) -> None:
    """A counter as wide as its widest text (bold, a count of up to ten times the limit:
    "9999/280" on X), fixed: a label whose size can change asks the whole window to lay
    itself out again on every keystroke (word-wrapped labels included: ~6 ms), a fixed-size
    one only repaints itself. (A longer count, past ten times the limit, is cut at the
    label's edge; the finding says the figure in full.)"""
    bold = QFont(counter.font())
    bold.setBold(True)
    widest = "9" * (len(str(limit)) + 1) + "/" + "9" * len(str(limit))
    width = QFontMetrics(bold).horizontalAdvance(widest) + 8
    counter.setFixedSize(width, counter.sizeHint().height())
