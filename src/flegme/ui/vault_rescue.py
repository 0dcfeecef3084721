"""A damaged vault: say so in plain words and offer the two ways out (export what can still
be read, restore a backup beside it), or go on read-only. The damaged file is never written."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from flegme.errors import FlegmeError, VaultLockedError
from flegme.private_files import open_private
from flegme.settings import load_settings, save_settings
from flegme.vault import Vault, readable_drafts, render_drafts, restore_backup

translate = QCoreApplication.translate  # lupdate finds translate("context", "text") calls


def offer_rescue(vault: Vault, parent: QWidget | None) -> Vault:
    """Ask what to do with a damaged vault; returns the vault to use (the damaged one, open
    read-only, or a backup restored beside it)."""
    while True:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setObjectName("damagedVaultDialog")
        box.setWindowTitle(translate("vault_rescue", "The vault is damaged"))
        box.setText(translate(
            "vault_rescue", "Part of your vault file is damaged. Flegme opened it read-only: "
            "nothing will be written into it, so nothing more can be lost. Export the drafts "
            "that can still be read, then restore a backup."))
        box.setDetailedText("\n".join(vault.damaged))
        action = QMessageBox.ButtonRole.ActionRole
        export = box.addButton(translate("vault_rescue", "Export what can be read…"), action)
        restore = box.addButton(translate("vault_rescue", "Restore a backup…"), action)
        box.addButton(translate("vault_rescue", "Continue read-only"),
                      QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is export:
            export_readable(vault, parent)
        elif clicked is restore:
            restored = restore_beside(vault, parent)
            if restored is not None:
                return restored
        else:
            return vault


def export_readable(vault: Vault, parent: QWidget | None) -> Path | None:
    """Write every draft that can be read to a Markdown file the user picks."""
    dest, _ = QFileDialog.getSaveFileName(
        parent, translate("vault_rescue", "Export what can be read"),
        str(vault.path.with_name("flegme-drafts.md")))
    if not dest:
        return None
    drafts, unreadable = readable_drafts(vault)
    try:
        with open_private(dest, "w") as handle:  # plain text: owner-only
            handle.write(render_drafts(drafts, "md"))
    except OSError as exc:
        QMessageBox.warning(parent, translate("vault_rescue", "Not exported"), str(exc))
        return None
    message = translate("vault_rescue", "%1 draft(s) exported to %2 (not encrypted).")
    message = message.replace("%1", str(len(drafts))).replace("%2", dest)
    if unreadable:
        more = translate("vault_rescue", "%1 could not be read.")
        message += " " + more.replace("%1", str(len(unreadable)))
    QMessageBox.information(parent, translate("vault_rescue", "Exported"), message)
    return Path(dest)


def restore_beside(vault: Vault, parent: QWidget | None) -> Vault | None:
    """Restore a backup the user picks as a new vault beside the damaged one (which is left
    as it is), make it the vault Flegme opens from now on, and open it."""
    src, _ = QFileDialog.getOpenFileName(parent, translate("vault_rescue", "Choose a backup"),
                                         str(vault.path.parent))
    if not src:
        return None
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = vault.path.with_name(f"{vault.path.stem}-restored-{stamp}{vault.path.suffix}")
    secrets: dict[str, str | None] = {"passphrase": None, "recovery_key": None}
    for _attempt in range(4):
        try:
            passphrase, recovery_key = secrets["passphrase"], secrets["recovery_key"]
            if not target.exists():
                restore_backup(src, target, passphrase=passphrase, recovery_key=recovery_key)
            restored = Vault.open(target, passphrase=passphrase, recovery_key=recovery_key)
        except VaultLockedError as exc:
            if not _ask(secrets, "passphrase" in str(exc), str(exc), parent):
                return None
            continue
        except FlegmeError as exc:
            if secrets["recovery_key"] is not None or not _ask(secrets, False, str(exc), parent):
                QMessageBox.warning(parent, translate("vault_rescue", "Not restored"), str(exc))
                return None
            continue
        vault.close()
        save_settings(load_settings().with_changes(vault_path=str(target)))
        done = translate("vault_rescue", "The backup was restored to %1; Flegme uses it from "
                                         "now on. The damaged file is left as it was.")
        QMessageBox.information(parent, translate("vault_rescue", "Restored"),
                                done.replace("%1", str(target)))
        return restored
    return None


def _ask(secrets: dict[str, str | None], passphrase: bool, why: str,
         parent: QWidget | None) -> bool:
    label = (translate("vault_rescue", "Passphrase of the backup:") if passphrase else
             why + "\n\n" + translate("vault_rescue", "Recovery key of the backup:"))
    text, ok = QInputDialog.getText(parent, translate("vault_rescue", "Open the backup"), label,
                                    QLineEdit.EchoMode.Password if passphrase
                                    else QLineEdit.EchoMode.Normal)
    if not ok or not text:
        return False
    secrets["passphrase" if passphrase else "recovery_key"] = text
    return True
