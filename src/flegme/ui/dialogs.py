"""Small dialogs: errors in plain words, history with a diff, publishing, overrides."""

from __future__ import annotations

import difflib
import html
import os
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from flegme.error_log import log_error
from flegme.errors import FlegmeError
from flegme.review.models import Revision


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """A dialog a non-technical leader understands (never a traceback)."""
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    box.setObjectName("errorDialog")
    box.open()


def install_error_hook(window: QWidget | None, log_path: Path) -> None:
    """Unexpected errors become a plain-words dialog (details in a log file, never on screen);
    the window keeps running and the text stays in the editor."""
    def hook(kind: type[BaseException], value: BaseException,
             trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        log_error(value.with_traceback(trace), log_path)
        if isinstance(value, FlegmeError):
            message = str(value)
        else:
            message = QCoreApplication.translate(
                "errors", "Flegme could not finish that action. Your text is safe: it is saved "
                "as you type. The details for support are in %1.").replace("%1", str(log_path))
        show_error(window, QCoreApplication.translate("errors", "Something went wrong"), message)

    sys.excepthook = hook


def ask_text(parent: QWidget, title: str, label: str) -> str | None:
    """A one-line answer, or None when cancelled or empty."""
    text, ok = QInputDialog.getText(parent, title, label)
    return text.strip() if ok and text.strip() else None


def diff_html(old: str, new: str) -> str:
    """Word-level differences, removed in red, added in green."""
    a, b = old.split(" "), new.split(" ")
    out: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=a, b=b).get_opcodes():
        if op in ("delete", "replace"):
            out.append(f"<span style='background:#fdd;text-decoration:line-through'>"
                       f"{html.escape(' '.join(a[i1:i2]))}</span>")
        if op in ("insert", "replace"):
            out.append(f"<span style='background:#dfd'>{html.escape(' '.join(b[j1:j2]))}"
                       f"</span>")
        if op == "equal":
            out.append(html.escape(" ".join(a[i1:i2])))
    return "<div style='white-space:pre-wrap'>" + " ".join(out) + "</div>"


class HistoryDialog(QDialog):
    """Browse revisions, see what changed, restore one."""

    def __init__(self, revisions: list[Revision], parent: QWidget | None = None) -> None:
        from flegme.ui.labels import role_label

        super().__init__(parent)
        self.setWindowTitle(self.tr("Revision history"))
        self.resize(760, 480)
        self.revisions = revisions
        self.chosen: Revision | None = None
        layout = QHBoxLayout(self)
        self.list = QListWidget()
        for r in revisions:
            note = f" — {r.note}" if r.note else ""
            self.list.addItem(f"{r.number}. {r.created_at.astimezone():%d/%m %H:%M} "
                              f"({role_label(r.author_role)}){note}")
        layout.addWidget(self.list, 1)
        right = QVBoxLayout()
        self.diff = QTextBrowser()
        right.addWidget(QLabel(self.tr("Changes from the previous revision:")))
        right.addWidget(self.diff, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = buttons.addButton(self.tr("Restore this revision"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore)
        right.addWidget(buttons)
        layout.addLayout(right, 2)
        self.list.currentRowChanged.connect(self._show)
        if revisions:
            self.list.setCurrentRow(len(revisions) - 1)

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.revisions):
            return
        previous = self.revisions[row - 1].body if row > 0 else ""
        self.diff.setHtml(diff_html(previous, self.revisions[row].body))

    def _restore(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.revisions):
            self.chosen = self.revisions[row]
            self.accept()


class RecoveryKeyDialog(QDialog):
    """Shows the recovery key once, with Copy, Save as file and Print; closes only after
    'I have saved it'."""

    def __init__(self, recovery_key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your recovery key"))
        self.recovery_key = recovery_key
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "This key reopens your vault if the system keyring or your passphrase is lost. "
            "It is shown only now: copy it into your password manager, save it to a file on "
            "a USB stick, or print it, and keep it somewhere safe."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        key = QPlainTextEdit(recovery_key)
        key.setReadOnly(True)
        key.setObjectName("recoveryKey")
        key.setMaximumHeight(60)
        layout.addWidget(key)
        self.message = QLabel()
        self.message.setObjectName("recoveryMessage")
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        for label, name, slot in ((self.tr("Copy"), "copyKey", self.copy),
                                  (self.tr("Save as file…"), "saveKey", self.save_as),
                                  (self.tr("Print…"), "printKey", self.print_key)):
            button = buttons.addButton(label, QDialogButtonBox.ButtonRole.ActionRole)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, s=slot: s())
        saved = buttons.addButton(self.tr("I have saved it"),
                                  QDialogButtonBox.ButtonRole.AcceptRole)
        saved.setObjectName("savedButton")
        saved.clicked.connect(self.accept)
        layout.addWidget(buttons)
        self.setMaximumWidth(640)

    def _text(self) -> str:
        return self.tr("Flegme vault recovery key:") + "\n" + self.recovery_key + "\n"

    def copy(self) -> None:
        """The key on the clipboard."""
        QGuiApplication.clipboard().setText(self.recovery_key)
        self.message.setText(self.tr("Copied."))

    def save_as(self, path: str | None = None) -> None:
        """The key in a text file only you can read."""
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the recovery key"),
                                                  "flegme-recovery-key.txt")
            if not path:
                return
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(self._text())
        except OSError as exc:
            self.message.setText(str(exc))
            return
        self.message.setText(self.tr("Saved in %1.").replace("%1", path))

    def print_key(self) -> None:
        """Print the key (the system's print dialog)."""
        from PySide6.QtGui import QTextDocument
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        if QPrintDialog(printer, self).exec():
            document = QTextDocument(self._text())
            document.print_(printer)
            self.message.setText(self.tr("Sent to the printer."))

    def reject(self) -> None:
        """Escape does not close it: the key must be saved first."""
