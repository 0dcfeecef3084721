"""The comms lead's view: a form and the raw TOML of the house style, validated live with
the same errors as the command line, import/export, and a "try it" box."""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flegme.engine.engine import Engine
from flegme.errors import StyleError
from flegme.style.loader import parse_style
from flegme.style.model import HouseStyle
from flegme.ui.dialogs import show_error
from flegme.ui.style_form import StyleTables

SOURCE = "house style (editor)"


W = TypeVar("W", bound=QWidget)


def _named(widget: W, name: str, **properties: int) -> W:
    """A widget with an object name (tests and screenshots find it by name)."""
    widget.setObjectName(name)
    for key, value in properties.items():
        getattr(widget, "set" + key[0].upper() + key[1:])(value)
    return widget


def _split(text: str) -> list[str]:
    return [w.strip() for w in text.split(",") if w.strip()]


class StyleEditor(QWidget):
    """Edit, validate, try and save the house style."""

    styleSaved = Signal(str)  # the validated TOML text
    proposalAccepted = Signal(int)  # the dismissal id of a leader's proposed term
    status = Signal(str)

    def __init__(self, toml_text: str, can_save: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.can_save = can_save
        self.house: HouseStyle | None = None
        tabs = QTabWidget()
        tabs.setObjectName("styleTabs")
        self.form = QWidget()
        form = QFormLayout(self.form)
        self.org_name = _named(QLineEdit(), "orgName")
        self.default_lang = QComboBox()
        self.default_lang.addItems(["fr", "en"])
        self.mission = {lang: QLineEdit() for lang in ("fr", "en")}
        self.mission_kw = {lang: QLineEdit() for lang in ("fr", "en")}
        self.vision = {lang: QLineEdit() for lang in ("fr", "en")}
        self.vision_kw = {lang: QLineEdit() for lang in ("fr", "en")}
        self.tone_threshold = _named(QSpinBox(), "toneThreshold", minimum=-1000, maximum=1000)
        self.cooling = QSpinBox(minimum=0, maximum=10_080)
        self.promo_threshold = QSpinBox(minimum=-1000, maximum=1000)
        self.allow = QLineEdit()
        self.rules = QPlainTextEdit()
        self.rules.setPlaceholderText("tone.absolutes = info")
        self.rules.setMaximumHeight(70)
        form.addRow(self.tr("Organisation"), self.org_name)
        form.addRow(self.tr("Default language"), self.default_lang)
        for lang in ("fr", "en"):
            form.addRow(self.tr("Mission (%1)").replace("%1", lang), self.mission[lang])
            form.addRow(self.tr("Mission keywords (%1)").replace("%1", lang),
                        self.mission_kw[lang])
        for lang in ("fr", "en"):
            form.addRow(self.tr("Vision (%1)").replace("%1", lang), self.vision[lang])
            form.addRow(self.tr("Vision keywords (%1)").replace("%1", lang), self.vision_kw[lang])
        form.addRow(self.tr("Impulsivity threshold (0-100)"), self.tone_threshold)
        form.addRow(self.tr("Cooling-off (minutes)"), self.cooling)
        form.addRow(self.tr("Promotion threshold (0-100)"), self.promo_threshold)
        form.addRow(self.tr("Allowed terms (comma-separated)"), self.allow)
        self.proposals = _named(QListWidget(), "proposals", maximumHeight=70)
        allow_button = QPushButton(self.tr("Allow the selected term"))
        allow_button.clicked.connect(self.accept_proposal)
        proposals_box = QHBoxLayout()
        proposals_box.addWidget(self.proposals, 1)
        proposals_box.addWidget(allow_button)
        form.addRow(self.tr("Proposed by leaders"), proposals_box)
        form.addRow(self.tr("Rule severities (id = error|warning|info|off)"), self.rules)
        self.tables = StyleTables(self)
        add_value = QPushButton(self.tr("Add a value"))
        add_value.clicked.connect(self.tables.add_value_row)
        form.addRow(self.tr("Values"), self.tables.values)
        form.addRow("", add_value)
        form.addRow(self.tr("Jargon → plain words (fr)"), self.tables.jargon["fr"])
        form.addRow(self.tr("Jargon → plain words (en)"), self.tables.jargon["en"])
        form.addRow(self.tr("Platform preferences"), self.tables.platforms)
        apply_button = QPushButton(self.tr("Apply the form to the TOML"))
        apply_button.setObjectName("applyForm")
        apply_button.clicked.connect(self.apply_form)
        form.addRow(apply_button)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        tabs.addTab(scroll, self.tr("Form"))
        self.raw = _named(QPlainTextEdit(), "rawToml")
        tabs.addTab(self.raw, self.tr("TOML"))
        try_box = QWidget()
        try_layout = QVBoxLayout(try_box)
        self.sample = _named(QPlainTextEdit(), "trySample")
        self.sample.setPlaceholderText(self.tr("Paste a sample post to check it with this style"))
        self.try_result = _named(QLabel(), "tryResult")
        self.try_result.setWordWrap(True)
        try_layout.addWidget(self.sample)
        try_layout.addWidget(self.try_result)
        tabs.addTab(try_box, self.tr("Try it"))
        self.error = _named(QLabel(), "styleError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save as the house style"))
        self.save_button.setObjectName("saveStyle")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(can_save)
        import_button = QPushButton(self.tr("Import…"))
        import_button.clicked.connect(self.import_file)
        export_button = QPushButton(self.tr("Export…"))
        export_button.clicked.connect(self.export_file)
        for b in (self.save_button, import_button, export_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(self.validate)
        self.raw.textChanged.connect(self._timer.start)
        self.sample.textChanged.connect(self._timer.start)
        self.raw.setPlainText(toml_text)
        self.validate()
        self._fill_form()

    # -- validation ------------------------------------------------------------------------

    def validate(self) -> HouseStyle | None:
        """Parse the TOML; show the error (file, line, key) or try the sample post."""
        try:
            self.house = parse_style(self.raw.toPlainText(), SOURCE)
        except StyleError as exc:
            self.house = None
            self.error.setText(str(exc))
            self.save_button.setEnabled(False)
            return None
        self.error.setText("")
        self.save_button.setEnabled(self.can_save)
        sample = self.sample.toPlainText()
        if sample.strip():
            report = Engine(self.house).check(sample)
            v, s = report.verdicts, report.scores
            self.try_result.setText(self.tr(
                "Impulsivity %1/100, promotion %2/100, %3 finding(s); linked to: %4")
                .replace("%1", str(s.impulsivity)).replace("%2", str(s.promotion))
                .replace("%3", str(len(report.findings)))
                .replace("%4", ", ".join(v.linked_to) or "—"))
        return self.house

    # -- form <-> TOML ---------------------------------------------------------------------

    def _doc(self) -> Any:
        import tomlkit  # (when first needed: the window starts without it)

        try:
            return tomlkit.parse(self.raw.toPlainText())
        except Exception:
            return None

    def _fill_form(self) -> None:
        style = self.house
        if style is None:
            return
        self.org_name.setText(style.organisation.name)
        self.default_lang.setCurrentText(style.organisation.default_language)
        for statement, texts, keywords in ((style.mission, self.mission, self.mission_kw),
                                           (style.vision, self.vision, self.vision_kw)):
            for lang in ("fr", "en"):
                texts[lang].setText(statement.text.get(lang, "") if statement else "")
                keywords[lang].setText(", ".join(statement.keywords.get(lang, ()))
                                       if statement else "")
        self.tone_threshold.setValue(style.tone.threshold)
        self.cooling.setValue(style.tone.cooling_off_minutes)
        self.promo_threshold.setValue(style.promotion.threshold)
        self.allow.setText(", ".join(style.jargon.allow))
        self.rules.setPlainText("\n".join(f"{k} = {v.severity}" for k, v in style.rules.items()))
        self.tables.fill(style)

    def apply_form(self) -> None:
        """Write the form into the TOML, keeping the comms lead's comments (tomlkit)."""
        import tomlkit

        doc = self._doc()
        if doc is None:
            show_error(self, self.tr("Fix the TOML first"), self.error.text())
            return
        doc.setdefault("schema", 1)
        org = doc.setdefault("organisation", tomlkit.table())
        org["name"] = self.org_name.text().strip()
        org["default_language"] = self.default_lang.currentText()
        for key, texts, keywords in (("mission", self.mission, self.mission_kw),
                                     ("vision", self.vision, self.vision_kw)):
            if not any(t.text().strip() for t in texts.values()):
                continue
            table = doc.setdefault(key, tomlkit.table())
            kw = table.setdefault("keywords", tomlkit.table())
            for lang in ("fr", "en"):
                if texts[lang].text().strip():
                    table[lang] = texts[lang].text().strip()
                words = _split(keywords[lang].text())
                if words:
                    kw[lang] = words
        tone = doc.setdefault("tone", tomlkit.table())
        tone["threshold"] = self.tone_threshold.value()
        tone["cooling_off_minutes"] = self.cooling.value()
        doc.setdefault("promotion", tomlkit.table())["threshold"] = self.promo_threshold.value()
        doc.setdefault("jargon", tomlkit.table())["allow"] = _split(self.allow.text())
        rules = tomlkit.table(is_super_table=True)
        for line in self.rules.toPlainText().splitlines():
            rule, _, severity = line.partition("=")
            if rule.strip() and severity.strip():
                entry = tomlkit.table()
                entry["severity"] = severity.strip()
                rules[rule.strip()] = entry
        if "rules" in doc:
            del doc["rules"]
        if rules:
            doc["rules"] = rules
        problems = self.tables.write(doc)
        if problems:
            show_error(self, self.tr("Some lines were not understood"), "\n".join(problems))
        self.raw.setPlainText(tomlkit.dumps(doc))
        self.validate()

    def set_proposals(self, proposals: list[tuple[int, str]]) -> None:
        """Terms leaders proposed for the allow list: (dismissal id, term)."""
        self.proposals.clear()
        for dismissal_id, term in proposals:
            item = QListWidgetItem(term)
            item.setData(Qt.ItemDataRole.UserRole, dismissal_id)
            self.proposals.addItem(item)

    def accept_proposal(self) -> None:
        """Add the selected proposed term to the allowed terms (save to make it the rule)."""
        item = self.proposals.currentItem()
        if item is None:
            return
        terms = _split(self.allow.text())
        if item.text().casefold() not in {t.casefold() for t in terms}:
            terms.append(item.text())
        self.allow.setText(", ".join(terms))
        self.apply_form()
        self.proposalAccepted.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        self.proposals.takeItem(self.proposals.row(item))

    # -- files and saving --------------------------------------------------------------------

    def save(self) -> None:
        """Emit the validated style (the main window stores it in the vault)."""
        style = self.validate()
        if style is not None and self.can_save:
            self.styleSaved.emit(self.raw.toPlainText())

    def import_file(self) -> None:
        """Load a TOML file into the editor."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a house style"), "",
                                              "TOML (*.toml)")
        if path:
            try:
                with open(path, encoding="utf-8") as handle:
                    self.raw.setPlainText(handle.read())
            except (OSError, UnicodeDecodeError) as exc:
                show_error(self, self.tr("Cannot import"), str(exc))
                return
            self.validate()
            self._fill_form()

    def export_file(self) -> None:
        """Save the TOML to a file."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the house style"),
                                              "house-style.toml", "TOML (*.toml)")
        if path:
            try:
                with open(path, "w", encoding="utf-8") as handle:
                    handle.write(self.raw.toPlainText())
            except OSError as exc:
                show_error(self, self.tr("Cannot export"), str(exc))

