"""The comms lead's view: one house style shown as a form and as its TOML (an edit in either
shows in the other at once; Save saves what both show), validated live with the same errors
as the command line, import/export, a "try it" box and the reference."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from flegme.bounded_read import read_capped
from flegme.engine.report import Report
from flegme.errors import StyleError
from flegme.names import LANGUAGES
from flegme.resources import resources_dir
from flegme.style.loader import MAX_STYLE_BYTES
from flegme.style.model import HouseStyle
from flegme.style.writer import StyleForm, write_form
from flegme.ui.dialogs import show_error
from flegme.ui.style_form import RulesTable, StyleTables
from flegme.ui.workers import StyleCheck, StyleValidator

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


def reference_path() -> Path:
    """docs/house-style.md: in the installed package, else in the source tree."""
    shipped = resources_dir() / "docs" / "house-style.md"
    return shipped if shipped.is_file() else resources_dir().parent / "docs" / "house-style.md"


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
        self.default_lang.addItems(list(LANGUAGES))
        self.mission = {lang: QLineEdit() for lang in LANGUAGES}
        self.mission_kw = {lang: QLineEdit() for lang in LANGUAGES}
        self.vision = {lang: QLineEdit() for lang in LANGUAGES}
        self.vision_kw = {lang: QLineEdit() for lang in LANGUAGES}
        self.tone_threshold = _named(QSpinBox(), "toneThreshold", minimum=-1000, maximum=1000)
        self.cooling = QSpinBox(minimum=0, maximum=10_080)
        self.promo_threshold = QSpinBox(minimum=-1000, maximum=1000)
        self.allow = _named(QLineEdit(), "allowedTerms")
        self.banned = _named(QLineEdit(), "bannedTerms")
        self.banned.setPlaceholderText(self.tr("e.g. disruptive, game changer"))
        self.rules_table = RulesTable(self)
        form.addRow(self.tr("Organisation"), self.org_name)
        form.addRow(self.tr("Default language"), self.default_lang)
        for lang in LANGUAGES:
            form.addRow(self.tr("Mission (%1)").replace("%1", lang), self.mission[lang])
            form.addRow(self.tr("Mission keywords (%1)").replace("%1", lang),
                        self.mission_kw[lang])
        for lang in LANGUAGES:
            form.addRow(self.tr("Vision (%1)").replace("%1", lang), self.vision[lang])
            form.addRow(self.tr("Vision keywords (%1)").replace("%1", lang), self.vision_kw[lang])
        form.addRow(self.tr("Impulsivity threshold (0-100)"), self.tone_threshold)
        form.addRow(self.tr("Cooling-off (minutes)"), self.cooling)
        form.addRow(self.tr("Promotion threshold (0-100)"), self.promo_threshold)
        form.addRow(self.tr("Allowed terms (comma-separated)"), self.allow)
        form.addRow(self.tr("Banned terms, every language (comma-separated)"), self.banned)
        self.proposals = _named(QListWidget(), "proposals", maximumHeight=70)
        allow_button = QPushButton(self.tr("Allow the selected term"))
        allow_button.clicked.connect(self.accept_proposal)
        proposals_box = QHBoxLayout()
        proposals_box.addWidget(self.proposals, 1)
        proposals_box.addWidget(allow_button)
        form.addRow(self.tr("Proposed by leaders"), proposals_box)
        form.addRow(self.tr("Rule severities"), self.rules_table.table)
        self.tables = StyleTables(self)
        add_value = QPushButton(self.tr("Add a value"))
        add_value.clicked.connect(self.tables.add_value_row)
        form.addRow(self.tr("Values"), self.tables.values)
        form.addRow("", add_value)
        form.addRow(self.tr("Jargon → plain words (fr)"), self.tables.jargon["fr"])
        form.addRow(self.tr("Jargon → plain words (en)"), self.tables.jargon["en"])
        form.addRow(self.tr("Platform preferences"), self.tables.platforms)
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
        self.try_findings = _named(QListWidget(), "tryFindings")
        self.try_findings.setWordWrap(True)
        try_layout.addWidget(self.sample, 1)
        try_layout.addWidget(self.try_result)
        try_layout.addWidget(self.try_findings, 2)
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
        reference_button = QPushButton(self.tr("House-style reference…"))
        reference_button.setObjectName("styleReference")
        reference_button.clicked.connect(self.show_reference)
        for b in (self.save_button, import_button, export_button, reference_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs, 1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self._syncing = False  # while one side is written from the other
        self._problems: list[str] = []
        self.validator = StyleValidator(SOURCE, self)  # while typing: off the GUI thread
        self.validator.validated.connect(self._validated)
        self._timer = QTimer(self, singleShot=True, interval=150)  # TOML -> form
        self._timer.timeout.connect(self.validate_later)
        self._form_timer = QTimer(self, singleShot=True, interval=150)  # form -> TOML
        self._form_timer.timeout.connect(self.apply_form)
        self.raw.textChanged.connect(self._raw_changed)
        self.sample.textChanged.connect(self._timer.start)
        self._watch_form()
        self.raw.setPlainText(toml_text)
        self._toml_edited()

    # -- validation ------------------------------------------------------------------------

    def validate(self) -> HouseStyle | None:
        """Validate now (explicit actions: save, apply, import): show the error (file, line,
        key) or try the sample post; returns the style when valid."""
        return self._show(self.validator.now(self.raw.toPlainText(), self.sample.toPlainText()))

    def validate_later(self) -> None:
        """Validate in a worker (while typing): a big or hostile file never stalls the window."""
        self.validator.request(self.raw.toPlainText(), self.sample.toPlainText())

    def _validated(self, result: StyleCheck) -> None:
        self._problems = []
        if self._show(result) is not None:
            self._fill_form()

    def _show(self, result: StyleCheck) -> HouseStyle | None:
        self.house = result.style
        if result.style is None:
            self.error.setText(result.error)
            self.save_button.setEnabled(False)
            self._try_sample(None)
            return None
        if self._problems:
            self.error.setText(self.tr("Not understood, fix these lines of the form: %1")
                               .replace("%1", "; ".join(self._problems)))
        else:
            self.error.setText("")
        self.save_button.setEnabled(self.can_save and not self._problems)
        self._try_sample(result.report)
        return self.house

    def _try_sample(self, report: Report | None) -> None:
        self.try_findings.clear()
        if report is None:
            self.try_result.setText("")
            return
        v, s = report.verdicts, report.scores
        self.try_result.setText(self.tr(
            "Impulsivity %1/100, promotion %2/100, %3 finding(s); linked to: %4")
            .replace("%1", str(s.impulsivity)).replace("%2", str(s.promotion))
            .replace("%3", str(len(report.findings)))
            .replace("%4", ", ".join(v.linked_to) or "—"))
        for f in report.findings:
            excerpt = report.text[f.start:f.end]
            quote = f"“{excerpt}” — " if excerpt else ""
            self.try_findings.addItem(f"[{f.severity.value}] {quote}{f.message}  ({f.rule})")

    # -- form <-> TOML: one state --------------------------------------------------------

    def _watch_form(self) -> None:
        """Any edit in the form is written into the TOML shortly after (and before Save)."""
        edited = self._form_edited
        for line in (self.org_name, self.allow, self.banned, *self.mission.values(),
                     *self.mission_kw.values(), *self.vision.values(), *self.vision_kw.values()):
            line.textEdited.connect(edited)
        for spin in (self.tone_threshold, self.cooling, self.promo_threshold):
            spin.valueChanged.connect(edited)
        self.default_lang.currentIndexChanged.connect(edited)
        for box in self.tables.jargon.values():
            box.textChanged.connect(edited)
        self.tables.values.itemChanged.connect(edited)
        self.tables.platforms.itemChanged.connect(edited)
        self.rules_table.changed = edited

    def _form_edited(self, *_args: object) -> None:
        if not self._syncing:
            self._form_timer.start()

    def _raw_changed(self) -> None:
        if not self._syncing:
            self._form_timer.stop()  # the TOML is the newer edit
            self._timer.start()

    def _toml_edited(self) -> None:
        self._timer.stop()
        self._problems = []
        if self.validate() is not None:
            self._fill_form()

    def form_state(self) -> tuple[StyleForm, list[str]]:
        """What the form shows, and the lines it could not understand."""
        values, jargon, platforms, problems = self.tables.read()
        texts = {"mission": ({lang: w.text() for lang, w in self.mission.items()},
                             {lang: tuple(_split(w.text())) for lang, w in
                              self.mission_kw.items()}),
                 "vision": ({lang: w.text() for lang, w in self.vision.items()},
                            {lang: tuple(_split(w.text())) for lang, w in
                             self.vision_kw.items()})}
        return StyleForm(
            organisation_name=self.org_name.text(),
            default_language=self.default_lang.currentText(),
            mission=texts["mission"][0], mission_keywords=texts["mission"][1],
            vision=texts["vision"][0], vision_keywords=texts["vision"][1],
            tone_threshold=self.tone_threshold.value(),
            cooling_off_minutes=self.cooling.value(),
            promotion_threshold=self.promo_threshold.value(),
            allow=tuple(_split(self.allow.text())), banned=tuple(_split(self.banned.text())),
            jargon=jargon, rules=self.rules_table.read(), values=values,
            platforms=platforms), problems

    def _fill_form(self) -> None:
        style = self.house
        if style is None:
            return
        form = StyleForm.from_style(style)
        self._syncing = True
        try:
            self.org_name.setText(form.organisation_name)
            self.default_lang.setCurrentText(form.default_language)
            for texts, keywords, shown, shown_kw in (
                    (form.mission, form.mission_keywords, self.mission, self.mission_kw),
                    (form.vision, form.vision_keywords, self.vision, self.vision_kw)):
                for lang in LANGUAGES:
                    shown[lang].setText(texts.get(lang, ""))
                    shown_kw[lang].setText(", ".join(keywords.get(lang, ())))
            self.tone_threshold.setValue(form.tone_threshold)
            self.cooling.setValue(form.cooling_off_minutes)
            self.promo_threshold.setValue(form.promotion_threshold)
            self.allow.setText(", ".join(form.allow))
            self.banned.setText(", ".join(form.banned))
            self.rules_table.fill(form.rules)
            self.tables.fill(style, form)
        finally:
            self._syncing = False

    def apply_form(self) -> bool:
        """Write the form into the TOML, keeping the comms lead's comments; False (and the
        reason shown) when it cannot be written."""
        self._form_timer.stop()
        form, self._problems = self.form_state()
        try:
            text = write_form(self.raw.toPlainText(), form, SOURCE)
        except StyleError as exc:
            self.error.setText(str(exc))
            self.save_button.setEnabled(False)
            return False
        if text != self.raw.toPlainText():
            self._syncing = True
            try:
                self.raw.setPlainText(text)
            finally:
                self._syncing = False
        return self.validate() is not None and not self._problems

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
        """Emit the style the form and the TOML show (the main window stores it)."""
        if self._timer.isActive():  # the TOML was edited last: the form follows it
            self._toml_edited()
        elif not self.apply_form():  # what the form shows is what is saved
            return
        style = self.validate()
        if style is not None and self.can_save:
            self.styleSaved.emit(self.raw.toPlainText())

    def show_reference(self) -> QDialog:
        """The house-style reference (docs/house-style.md), beside the editor."""
        dialog = QDialog(self)
        dialog.setObjectName("styleReferenceDialog")
        dialog.setWindowTitle(self.tr("House-style reference"))
        browser = QTextBrowser()
        try:
            browser.setMarkdown(reference_path().read_text(encoding="utf-8"))
        except OSError as exc:
            browser.setPlainText(str(exc))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addWidget(browser)
        layout.addWidget(buttons)
        dialog.resize(760, 600)
        dialog.open()
        return dialog

    def import_file(self) -> None:
        """Load a TOML file into the editor."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a house style"), "",
                                              "TOML (*.toml)")
        if path:
            try:  # at most the cap: a file that never ends (/dev/zero) is refused
                text = read_capped(path, MAX_STYLE_BYTES).decode("utf-8")
            except (OSError, ValueError) as exc:  # (too large, or not UTF-8)
                show_error(self, self.tr("Cannot import"), f"{path}: {exc}")
                return
            self.raw.setPlainText(text)
            self._toml_edited()

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

