"""The side panel: findings grouped by category, the scores as gauges, the values links."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from flegme.engine.report import Finding, Report
from flegme.ui.theme import CATEGORY_ORDER, SEVERITY_COLOURS, set_style_sheet
from flegme.ui.tree_state import capture, restore

ROLE_FINDING = Qt.ItemDataRole.UserRole
ROLE_KEY = Qt.ItemDataRole.UserRole + 1  # what names a row across rebuilds


class FindingsPanel(QWidget):
    """What is wrong, grouped; click a finding to see it in the text."""

    findingActivated = Signal(object)  # Finding
    dismissRequested = Signal(object, str)  # Finding, scope
    restoreRequested = Signal(object)  # Finding

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        self._labels = {
            "length": self.tr("Length"), "jargon": self.tr("Plain words"),
            "tone": self.tr("Composure"), "values": self.tr("Mission and values"),
            "promotion": self.tr("Lead, don't sell"), "grammar": self.tr("Grammar and spelling"),
        }
        self._dismissed_group: QTreeWidgetItem | None = None
        self._rows: list[Finding] = []  # row data are indices into this list
        self._shown_rows: object = None  # what the tree shows, to skip rebuilding it
        layout = QVBoxLayout(self)
        self.impulsivity = self._gauge(layout, self.tr("Impulsivity"))
        self.promotion = self._gauge(layout, self.tr("Promotion"))
        self.values_label = QLabel()
        self.values_label.setWordWrap(True)
        self.values_label.setObjectName("valuesLabel")
        layout.addWidget(self.values_label)
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setObjectName("findingsTree")
        self.tree.setWordWrap(True)  # full messages, never cut
        self.tree.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.tree.setUniformRowHeights(False)
        self.tree.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tree.header().setStretchLastSection(True)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.tree.itemActivated.connect(self._activated)
        self.tree.itemClicked.connect(self._clicked)
        self.tree.currentItemChanged.connect(lambda item, _old: self._show_detail(item))
        layout.addWidget(self.tree, 1)
        self.detail = QLabel()
        self.detail.setObjectName("findingDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.RichText)
        self.detail.setMinimumHeight(80)  # reserved: the panel does not jump as you select
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.detail)
        self.once_button = QPushButton(self.tr("Dismiss once"))
        self.once_button.clicked.connect(lambda: self._dismiss("once"))
        layout.addWidget(self.once_button)
        self.dismiss_button = QPushButton(self.tr("Dismiss for this draft"))
        self.dismiss_button.clicked.connect(lambda: self._dismiss("draft"))
        self.propose_button = QPushButton(self.tr("Propose as an allowed term"))
        self.propose_button.clicked.connect(lambda: self._dismiss("proposed_allow"))
        layout.addWidget(self.dismiss_button)
        layout.addWidget(self.propose_button)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setObjectName("notesLabel")
        layout.addWidget(self.notes)

    def _gauge(self, layout: QVBoxLayout, title: str) -> QProgressBar:
        layout.addWidget(QLabel(title))
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setFormat("%v/100")
        layout.addWidget(bar)
        return bar

    def show_report(self, report: Report, dismissed: list[Finding] | None = None,
                    threshold_tone: int = 50, threshold_promotion: int = 50) -> None:
        """Fill the panel from a report; dismissed findings stay listed, collapsed.

        Typing usually only moves the findings: then the tree is kept as it is (rebuilding
        it re-lays out the window on every keystroke) and its rows just point at the moved
        findings."""
        self.impulsivity.setValue(report.scores.impulsivity)
        self.promotion.setValue(report.scores.promotion)
        for bar, value, limit in ((self.impulsivity, report.scores.impulsivity, threshold_tone),
                                  (self.promotion, report.scores.promotion,
                                   threshold_promotion)):
            colour = "#c62828" if value >= limit else "#2e7d32"
            set_style_sheet(bar, f"QProgressBar::chunk {{ background: {colour}; }}")
        v = report.verdicts
        if v.values_linked:
            values = self.tr("Linked to: %1").replace("%1", ", ".join(v.linked_to))
        elif v.could_link_to:
            values = self.tr("Not linked to the mission or values. It could "
                             "link to: %1").replace("%1", ", ".join(v.could_link_to))
        else:
            values = ""
        _set_text(self.values_label, values)
        _set_text(self.notes, "\n".join(report.notes))
        dismissed = dismissed or []
        rows = (tuple((f.category, f.rule, f.message, _excerpt(report.text, f), f.severity,
                       f.explanation) for f in report.findings),
                tuple(f.message for f in dismissed), bool(report.text.strip()))
        self._rows = [*report.findings, *dismissed]  # what each row's index points at
        before, self._shown_rows = self._shown_rows, rows
        if rows == before:
            return
        if isinstance(before, tuple) and _shape(before) == _shape(rows):
            self._update_rows(before[0], rows[0])  # e.g. "281/280 on X" -> "282/280"
        else:
            self._fill_tree(report, dismissed)

    def _update_rows(self, before: tuple[tuple[Any, ...], ...],
                     after: tuple[tuple[Any, ...], ...]) -> None:
        """Rewrite the rows that changed, in place (same groups, same number of rows)."""
        changed = {i: (old, row) for i, (old, row) in enumerate(zip(before, after, strict=True))
                   if old != row}
        for g in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(g)
            if group is None or group is self._dismissed_group:
                continue
            for c in range(group.childCount()):
                item = group.child(c)
                index = item.data(0, ROLE_FINDING) if item is not None else None
                pair = changed.get(index) if isinstance(index, int) else None
                if item is not None and pair is not None:
                    _update_item(item, *pair)
        current = self.tree.currentItem()
        if current is not None and current.data(0, ROLE_FINDING) in changed:
            self._show_detail(current)  # the selected finding's text changed too

    def _fill_tree(self, report: Report, dismissed: list[Finding]) -> None:
        """Rebuild the tree; the scroll position, the groups opened or closed and the
        selected finding stay as they were."""
        state = capture(self.tree, _key)
        self.tree.clear()
        self._build(report, dismissed)
        restore(self.tree, state, _key)
        self._show_detail(self.tree.currentItem())

    def _build(self, report: Report, dismissed: list[Finding]) -> None:
        groups: dict[str, QTreeWidgetItem] = {}
        for index, finding in enumerate(report.findings):
            group = groups.get(finding.category)
            if group is None:
                group = QTreeWidgetItem([self._labels.get(finding.category, finding.category)])
                group.setData(0, ROLE_KEY, ("group", finding.category))
                groups[finding.category] = group
            item = QTreeWidgetItem([f"{finding.message} — “{_excerpt(report.text, finding)}”"])
            item.setData(0, ROLE_FINDING, index)
            item.setData(0, ROLE_KEY, _row_key(finding.rule, _excerpt(report.text, finding)))
            item.setForeground(0, SEVERITY_COLOURS[finding.severity])
            item.setToolTip(0, finding.explanation)
            group.addChild(item)
        for category in sorted(groups, key=lambda c: CATEGORY_ORDER.index(c)
                               if c in CATEGORY_ORDER else 99):
            group = groups[category]
            group.setText(0, f"{group.text(0)} ({group.childCount()})")
            self.tree.addTopLevelItem(group)
            group.setExpanded(True)
        if not groups and report.text.strip():
            self.tree.addTopLevelItem(QTreeWidgetItem([self.tr("Nothing to flag.")]))
        if dismissed:
            hidden = QTreeWidgetItem([self.tr("Dismissed (%1)").replace("%1",
                                                                         str(len(dismissed)))])
            hidden.setData(0, ROLE_KEY, ("group", "dismissed"))
            for index, finding in enumerate(dismissed, len(report.findings)):
                item = QTreeWidgetItem([finding.message])
                item.setData(0, ROLE_FINDING, index)
                item.setToolTip(0, self.tr("Double-click to restore"))
                hidden.addChild(item)
            self.tree.addTopLevelItem(hidden)
            hidden.setExpanded(False)
            self._dismissed_group = hidden
        else:
            self._dismissed_group = None

    def finding_of(self, item: QTreeWidgetItem | None) -> Finding | None:
        """The finding a row shows, at its place in the current text."""
        index = item.data(0, ROLE_FINDING) if item is not None else None
        return self._rows[index] if isinstance(index, int) and index < len(self._rows) else None

    def _show_detail(self, item: QTreeWidgetItem | None) -> None:
        """The selected finding in full: what, why, and the fix."""
        finding = self.finding_of(item)
        if finding is None:
            _set_text(self.detail, "")
            return
        parts = [f"<b>{html.escape(finding.message)}</b>"]
        if finding.explanation:
            parts.append(html.escape(self.tr("Why: %1").replace("%1", finding.explanation)))
        if finding.suggestions:
            parts.append(html.escape(self.tr("Fix: %1").replace(
                "%1", " / ".join(f"“{s}”" for s in finding.suggestions))))
        _set_text(self.detail, "<br>".join(parts))

    def selected_finding(self) -> Finding | None:
        """The finding selected in the tree, if any."""
        return self.finding_of(self.tree.currentItem())

    def _clicked(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        """One click shows a live finding in the text; dismissed ones need a double-click."""
        finding = self.finding_of(item)
        if finding is not None and item.parent() is not self._dismissed_group:
            self.findingActivated.emit(finding)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        finding = self.finding_of(item)
        if finding is None:
            return
        if item.parent() is not None and item.parent() is self._dismissed_group:
            self.restoreRequested.emit(finding)
        else:
            self.findingActivated.emit(finding)

    def _dismiss(self, scope: str) -> None:
        finding = self.selected_finding()
        item = self.tree.currentItem()
        if finding is not None and item is not None and item.parent() is not self._dismissed_group:
            self.dismissRequested.emit(finding, scope)


def _update_item(item: QTreeWidgetItem, before: tuple[Any, ...], after: tuple[Any, ...]) -> None:
    """Set only what changed in a row (each set makes the tree lay out and repaint it), its
    name across rebuilds included."""
    _category, rule, message, excerpt, severity, explanation = after
    if (before[2], before[3]) != (message, excerpt):
        item.setText(0, f"{message} — “{excerpt}”")
    if (before[1], before[3]) != (rule, excerpt):
        item.setData(0, ROLE_KEY, _row_key(rule, excerpt))
    if before[4] != severity:
        item.setForeground(0, SEVERITY_COLOURS[severity])
    if before[5] != explanation:
        item.setToolTip(0, explanation)


def _row_key(rule: str, excerpt: str) -> tuple[str, str]:
    """A finding row's name across rebuilds: its rule and its words, case aside."""
    return rule, excerpt.casefold()


def _key(item: QTreeWidgetItem) -> Any:
    """A row's name across rebuilds: its group, or its rule and words (a finding that moves
    as the text is edited around it keeps its name)."""
    return item.data(0, ROLE_KEY) or item.text(0)


def _shape(rows: tuple[Any, ...]) -> tuple[Any, ...]:
    """What decides the tree's groups and rows: each row's category, the dismissed ones."""
    findings, dismissed, nonempty = rows
    return tuple(row[0] for row in findings), dismissed, nonempty


def _set_text(label: QLabel, text: str) -> None:
    if label.text() != text:
        label.setText(text)


def _excerpt(text: str, finding: Finding) -> str:
    piece = text[finding.start:finding.end].replace("\n", " ")
    return piece if len(piece) <= 30 else piece[:27] + "…"
