"""First run: create the vault (keyring or passphrase), pick a role and the UI language;
later runs: open it, asking for a passphrase or the recovery key only when needed."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from flegme import secrets
from flegme.errors import (
    FlegmeError,
    KeyringUnavailableError,
    VaultInUseError,
    VaultLockedError,
    WrongKeyError,
)
from flegme.names import LANGUAGE_NAMES, LANGUAGES, Role
from flegme.settings import Settings
from flegme.ui.dialogs import RecoveryKeyDialog
from flegme.ui.labels import role_label
from flegme.vault import Vault


class FirstRunDialog(QDialog):
    """Create a vault: where the key lives, who you are, which language."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Welcome to Flegme"))
        self.settings = settings
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr(
            "Flegme keeps your drafts in an encrypted vault on this computer.")))
        usable, why = secrets.keyring_usable()
        self.keyring_mode = QRadioButton(self.tr("Keep the key in the system keyring "
                                                 "(recommended)"))
        self.pass_mode = QRadioButton(self.tr("Protect the vault with a passphrase"))
        self.keyring_mode.setEnabled(usable)
        (self.keyring_mode if usable else self.pass_mode).setChecked(True)
        layout.addWidget(self.keyring_mode)
        if not usable:
            note = QLabel(self.tr(
                "This computer has no system keyring that Flegme can use (none is installed, "
                "or it is locked), so the vault's key cannot be kept there. Choose a "
                "passphrase instead: you will type it each time Flegme opens. Keep it safe: "
                "without it or the recovery key, the drafts cannot be read."))
            note.setObjectName("noKeyringNote")
            note.setWordWrap(True)
            note.setToolTip(why)  # the technical reason, for whoever fixes the keyring
            layout.addWidget(note)
        self.setMaximumWidth(620)
        layout.addWidget(self.pass_mode)
        form = QFormLayout()
        self.passphrase = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.again = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_label(role).capitalize(), role.value)
        self.language = QComboBox()
        for lang in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES[lang], lang)
        form.addRow(self.tr("Passphrase"), self.passphrase)
        form.addRow(self.tr("Passphrase again"), self.again)
        form.addRow(self.tr("I am the"), self.role)
        form.addRow(self.tr("Language"), self.language)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok |
                                   QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self.pass_mode.isChecked():
            if len(self.passphrase.text()) < 8:
                QMessageBox.warning(self, self.tr("Passphrase"),
                                    self.tr("Use at least 8 characters."))
                return
            if self.passphrase.text() != self.again.text():
                QMessageBox.warning(self, self.tr("Passphrase"),
                                    self.tr("The two passphrases differ."))
                return
        self.accept()

    def chosen_settings(self) -> Settings:
        """The settings picked in the dialog."""
        return self.settings.with_changes(role=self.role.currentData(),
                                          ui_language=self.language.currentData())

    def passphrase_or_none(self) -> str | None:
        """The passphrase in passphrase mode, else None (keyring mode)."""
        return self.passphrase.text() if self.pass_mode.isChecked() else None


def create_vault(path: Path, dialog: FirstRunDialog, parent: QWidget | None) -> Vault | None:
    """Create the vault chosen in the dialog and show its recovery key once."""
    try:
        vault, recovery = Vault.create(path, passphrase=dialog.passphrase_or_none())
    except FlegmeError as exc:
        QMessageBox.critical(parent, QCoreApplication.translate(
            "open_vault", "The vault could not be created"), str(exc))
        return None
    RecoveryKeyDialog(recovery, parent).exec()
    return told(vault, parent)


def open_vault(path: Path, parent: QWidget | None) -> Vault | None:
    """Open the vault, asking for what is needed; None when the user gives up."""
    cannot = QCoreApplication.translate("open_vault", "The vault could not be opened")
    try:
        return told(Vault.open(path), parent)
    except VaultInUseError as exc:
        QMessageBox.information(parent, QCoreApplication.translate("open_vault", "Vault in use"),
                                str(exc))
        return None
    except VaultLockedError as exc:
        needs_passphrase = "passphrase" in str(exc)
        message = str(exc)
    except KeyringUnavailableError as exc:
        needs_passphrase = False
        message = str(exc)
    except FlegmeError as exc:
        QMessageBox.critical(parent, cannot, str(exc))
        return None
    title = QCoreApplication.translate("open_vault", "Open the vault")
    for _attempt in range(3):
        label = (QCoreApplication.translate("open_vault", "Passphrase:") if needs_passphrase
                 else message + "\n\n" + QCoreApplication.translate(
                     "open_vault", "Recovery key (groups of letters and digits):"))
        secret, ok = QInputDialog.getText(parent, title, label,
                                          QLineEdit.EchoMode.Password if needs_passphrase
                                          else QLineEdit.EchoMode.Normal)
        if not ok:
            return None
        try:
            if needs_passphrase:
                return told(Vault.open(path, passphrase=secret), parent)
            return told(Vault.open(path, recovery_key=secret), parent)
        except WrongKeyError as exc:
            message = str(exc)
        except FlegmeError as exc:
            QMessageBox.critical(parent, cannot, str(exc))
            return None
    return None


def told(vault: Vault, parent: QWidget | None) -> Vault:
    """Show what opening found: damage (with the ways out), or an interrupted key change
    finished or undone, a keyring entry repaired."""
    if vault.damaged:
        from flegme.ui.vault_rescue import offer_rescue

        return offer_rescue(vault, parent)
    if vault.notices:
        box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate(
            "open_vault", "About your vault"), "\n\n".join(vault.notices),
            QMessageBox.StandardButton.Ok, parent)
        box.setObjectName("vaultNotices")
        box.exec()
    return vault
