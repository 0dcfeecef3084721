"""The house-style form's tables: values, jargon lists and platform preferences, read from a
HouseStyle and written back into the TOML document (tomlkit, comments kept)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPlainTextEdit, QTableWidget, QTableWidgetItem, QWidget

from flegme.style.model import HouseStyle

PLATFORMS = ("linkedin", "x", "mastodon", "bluesky", "threads", "instagram", "facebook")
PREF_KEYS = ("preferred_max_chars", "max_hashtags", "max_links")
LANGS = ("fr", "en")


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

    def fill(self, style: HouseStyle) -> None:
        """Show a style's values, jargon lists and platform preferences."""
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
                                       in style.jargon.extra.get(lang, {}).items()))
        for row, name in enumerate(PLATFORMS):
            prefs = style.platforms.get(name)
            for column, key in enumerate(PREF_KEYS):
                number = getattr(prefs, key) if prefs is not None else None
                self.platforms.setItem(row, column,
                                       QTableWidgetItem("" if number is None else str(number)))

    def write(self, doc: Any) -> list[str]:
        """Put the tables into the TOML document; returns problems found (not written)."""
        import tomlkit  # (when first needed: the window starts without it)

        problems: list[str] = []
        values = tomlkit.aot()
        for row in range(self.values.rowCount()):
            name = _cell(self.values, row, 0)
            if not name:
                continue
            entry = tomlkit.table()
            entry["name"] = name
            keywords = tomlkit.table()
            for offset, lang in enumerate(LANGS):
                if _cell(self.values, row, 1 + offset):
                    entry[lang] = _cell(self.values, row, 1 + offset)
                if _words(_cell(self.values, row, 3 + offset)):
                    keywords[lang] = _words(_cell(self.values, row, 3 + offset))
            if keywords:
                entry["keywords"] = keywords
            values.append(entry)
        if "values" in doc:
            del doc["values"]
        if len(values):
            doc["values"] = values
        jargon = doc.setdefault("jargon", tomlkit.table())
        extra = tomlkit.table()
        for lang, box in self.jargon.items():
            pairs = tomlkit.inline_table()
            for line in box.toPlainText().splitlines():
                term, sep, plain = line.partition("=")
                if term.strip() and sep:
                    pairs[term.strip().strip('"')] = plain.strip().strip('"')
                elif term.strip():
                    problems.append(line.strip())
            if len(pairs):
                extra[lang] = pairs
        if "extra" in jargon:
            del jargon["extra"]
        if extra:
            jargon["extra"] = extra
        had_platforms = "platforms" in doc
        platforms = doc.setdefault("platforms", tomlkit.table(is_super_table=True))
        for row, name in enumerate(PLATFORMS):
            for column, key in enumerate(PREF_KEYS):
                text = _cell(self.platforms, row, column)
                table = platforms.get(name)
                if not text:
                    if table is not None and key in table:
                        del table[key]
                    continue
                if not text.isdigit():
                    problems.append(f"{name}: {text}")
                    continue
                if table is None:
                    table = platforms[name] = tomlkit.table()
                table[key] = int(text)
        if not had_platforms and not len(platforms):
            del doc["platforms"]
        return problems
