"""Colours and underline styles by severity and category (one place for the look)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QWidget

from flegme.engine.report import Severity

SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#c62828"),
    Severity.WARNING: QColor("#e08a00"),
    Severity.INFO: QColor("#1e6fd9"),
}
CATEGORY_ORDER = ("length", "tone", "promotion", "jargon", "values", "grammar")


def look_format(grammar: bool, severity: Severity) -> QTextCharFormat:
    """A finding's underline: wavy like a spell checker for grammar and spelling, a plain
    line for the others; coloured by severity."""
    fmt = QTextCharFormat()
    fmt.setUnderlineColor(SEVERITY_COLOURS[severity])
    if grammar:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    elif severity is Severity.INFO:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    if severity is Severity.ERROR:
        background = QColor(SEVERITY_COLOURS[severity])
        background.setAlpha(28)
        fmt.setBackground(background)
    return fmt


def set_style_sheet(widget: QWidget, sheet: str) -> None:
    """Set a widget's style sheet only when it changes: setting one, even the same, makes Qt
    re-polish the widget and lay out the window again (milliseconds on every keystroke)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)
