"""Colours and underline styles by severity and category (one place for the look)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QTextCharFormat

from flegme.engine.report import Finding, Severity

SEVERITY_COLOURS = {
    Severity.ERROR: QColor("#c62828"),
    Severity.WARNING: QColor("#e08a00"),
    Severity.INFO: QColor("#1e6fd9"),
}
CATEGORY_ORDER = ("length", "tone", "promotion", "jargon", "values", "grammar")


def underline_format(finding: Finding) -> QTextCharFormat:
    """Wavy like a spell checker for grammar and spelling; a plain line for the others."""
    fmt = QTextCharFormat()
    fmt.setUnderlineColor(SEVERITY_COLOURS[finding.severity])
    if finding.category == "grammar":
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    elif finding.severity is Severity.INFO:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    else:
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    if finding.severity is Severity.ERROR:
        background = QColor(SEVERITY_COLOURS[finding.severity])
        background.setAlpha(28)
        fmt.setBackground(background)
    return fmt
