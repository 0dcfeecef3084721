"""The house-style form's tables: values, jargon lists, platform preferences and rule
severities, filled from a HouseStyle and read back as plain values (style/writer.py writes
them into the TOML)."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHeaderView,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from flegme.engine.rule_catalog import KNOWN_RULES, SEVERITY_CHOICES, describe
from flegme.names import LANGUAGES as LANGS
from flegme.names import PLATFORMS
from flegme.style.model import HouseStyle
from flegme.style.writer import PREF_KEYS, StyleForm, ValueRow


def _words(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text().strip() if item is not None else ""


class StyleTables:
    """Values table, jargon replacements per language, platform preferences table."""

    def __init__(self, parent: QWidget) -> None:
        headers = [QCoreApplication.translate("StyleTables", "Value"),
                   QCoreApplication.translate("StyleTables", "Text (fr)"),
                   QCoreApplication.translate("StyleTables", "Text (en)"),
                   QCoreApplication.translate("StyleTables", "Keywords (fr)"),
                   QCoreApplication.translate("StyleTables", "Keywords (en)")]
        self.values = QTableWidget(0, len(headers), parent)
        self.values.setObjectName("valuesTable")
        self.values.setHorizontalHeaderLabels(headers)
        self.values.setMinimumHeight(110)
        hint = QCoreApplication.translate("StyleTables", "one per line: term = plain word")
        self.jargon = {lang: QPlainTextEdit(parent) for lang in LANGS}
        for lang, box in self.jargon.items():
            box.setObjectName(f"jargon_{lang}")
            box.setPlaceholderText(hint)
            box.setMaximumHeight(70)
        columns = [QCoreApplication.translate("StyleTables", "Preferred length"),
                   QCoreApplication.translate("StyleTables", "Max hashtags"),
                   QCoreApplication.translate("StyleTables", "Max links")]
        self.platforms = QTableWidget(len(PLATFORMS), len(columns), parent)
        self.platforms.setObjectName("platformPrefs")
        self.platforms.setHorizontalHeaderLabels(columns)
        self.platforms.setVerticalHeaderLabels(list(PLATFORMS))
        self.platforms.setMinimumHeight(120)

    def add_value_row(self) -> None:
        """An empty row for a new value."""
        self.values.insertRow(self.values.rowCount())

    def fill(self, style: HouseStyle, form: StyleForm) -> None:
        """Show a style's values, jargon lists (banned terms aside) and platform prefs."""
        self.values.setRowCount(0)
        for value in style.values:
            row = self.values.rowCount()
            self.values.insertRow(row)
            cells = [value.name, value.text.get("fr", ""), value.text.get("en", ""),
                     ", ".join(value.keywords.get("fr", ())),
                     ", ".join(value.keywords.get("en", ()))]
            for column, text in enumerate(cells):
                self.values.setItem(row, column, QTableWidgetItem(text))
        for lang, box in self.jargon.items():
            box.setPlainText("\n".join(f"{term} = {plain}" for term, plain
                                       in form.jargon.get(lang, {}).items()))
        for row, name in enumerate(PLATFORMS):
            prefs = style.platforms.get(name)
            for column, key in enumerate(PREF_KEYS):
                number = getattr(prefs, key) if prefs is not None else None
                self.platforms.setItem(row, column,
                                       QTableWidgetItem("" if number is None else str(number)))

    def read(self) -> tuple[tuple[ValueRow, ...], dict[str, dict[str, str]],
                            dict[str, dict[str, int]], list[str]]:
        """What the tables show: values, jargon pairs, platform preferences, and the lines
        that could not be understood (left out)."""
        problems: list[str] = []
        rows = []
        for row in range(self.values.rowCount()):
            name = _cell(self.values, row, 0)
            if not name:
                continue
            rows.append(ValueRow(
                name, {lang: _cell(self.values, row, 1 + i) for i, lang in enumerate(LANGS)},
                {lang: tuple(_words(_cell(self.values, row, 3 + i)))
                 for i, lang in enumerate(LANGS)}))
        jargon: dict[str, dict[str, str]] = {}
        for lang, box in self.jargon.items():
            for line in box.toPlainText().splitlines():
                term, sep, plain = line.partition("=")
                if term.strip() and sep:
                    jargon.setdefault(lang, {})[term.strip().strip('"')] = \
                        plain.strip().strip('"')
                elif term.strip():
                    problems.append(line.strip())
        platforms: dict[str, dict[str, int]] = {}
        for row, name in enumerate(PLATFORMS):
            for column, key in enumerate(PREF_KEYS):
                text = _cell(self.platforms, row, column)
                if text and not text.isdigit():
                    problems.append(f"{name}: {text}")
                elif text:
                    platforms.setdefault(name, {})[key] = int(text)
        return tuple(rows), jargon, platforms, problems


class RulesTable:
    """Every known rule with what it flags, and its severity in this house style."""

    def __init__(self, parent: QWidget) -> None:
        self.table = QTableWidget(0, 3, parent)
        self.table.setObjectName("rulesTable")
        self.table.setHorizontalHeaderLabels([
            QCoreApplication.translate("RulesTable", "Rule"),
            QCoreApplication.translate("RulesTable", "What it flags"),
            QCoreApplication.translate("RulesTable", "Severity")])
        self.table.setMinimumHeight(160)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.Stretch)
        self.combos: dict[str, QComboBox] = {}
        self.changed: Callable[[], None] = lambda: None
        for rule_id in KNOWN_RULES:
            self._add(rule_id)
        self.table.resizeColumnToContents(0)

    def _add(self, rule_id: str) -> QComboBox:
        row = self.table.rowCount()
        self.table.insertRow(row)
        for column, text in enumerate((rule_id, describe(rule_id))):
            item = QTableWidgetItem(text)
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            self.table.setItem(row, column, item)
        combo = QComboBox()
        combo.setObjectName(f"severity:{rule_id}")
        combo.addItem(QCoreApplication.translate("RulesTable", "as shipped"), "")
        for severity in SEVERITY_CHOICES:
            combo.addItem(severity, severity)
        combo.currentIndexChanged.connect(lambda _i: self.changed())
        self.table.setCellWidget(row, 2, combo)
        self.combos[rule_id] = combo
        return combo

    def fill(self, rules: Mapping[str, str]) -> None:
        """Show a style's severities (an id the catalog lacks gets a row of its own)."""
        for rule_id in rules:
            if rule_id not in self.combos:
                self._add(rule_id)
        for rule_id, combo in self.combos.items():
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(rules.get(rule_id, ""))))
            combo.blockSignals(False)

    def set_severity(self, rule_id: str, severity: str) -> None:
        """Choose a severity ("" = as shipped), as the comms lead would."""
        combo = self.combos.get(rule_id) or self._add(rule_id)
        combo.setCurrentIndex(max(0, combo.findData(severity)))
        item = self.table.item(list(self.combos).index(rule_id), 0)
        if item is not None:
            self.table.scrollToItem(item)

    def read(self) -> dict[str, str]:
        """Rule id -> severity, for the rules changed from what ships."""
        return {rule_id: str(combo.currentData()) for rule_id, combo in self.combos.items()
                if combo.currentData()}
