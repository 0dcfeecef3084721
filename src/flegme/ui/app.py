"""The application: Qt setup, translations, settings, vault, main window."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from flegme.error_log import error_log_path
from flegme.errors import FlegmeError
from flegme.resources import resource_path
from flegme.secrets import warm_up_in_background
from flegme.settings import Settings, load_settings, save_settings
from flegme.ui.dialogs import install_error_hook, show_error
from flegme.vault import Vault

if TYPE_CHECKING:
    from flegme.team.session import TeamLogin
    from flegme.ui.main_window import MainWindow


def install_translator(app: QApplication, language: str) -> QTranslator | None:
    """Load resources/translations/flegme_<lang>.qm ('' = the system's language)."""
    lang = language or QLocale.system().name()[:2]
    translator = QTranslator(app)
    path = resource_path("translations", f"flegme_{lang}.qm")
    if path.is_file() and translator.load(str(path)):
        app.installTranslator(translator)
        qt_own = QTranslator(translator)  # Qt's own buttons (OK, Cancel, …); goes with ours
        if qt_own.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath
                                                          .TranslationsPath)):
            app.installTranslator(qt_own)
        return translator
    return None


def parse_args(argv: list[str]) -> argparse.Namespace:
    """Window options."""
    parser = argparse.ArgumentParser(prog="flegme gui")
    parser.add_argument("--vault", help="vault file (default: the user data folder)")
    parser.add_argument("--no-vault", action="store_true",
                        help="open without a vault (nothing is saved; for demos and tests)")
    parser.add_argument("--quit-after-ms", type=int, default=0,
                        help="close the window after this many milliseconds (smoke tests)")
    return parser.parse_args(argv)


def no_display() -> bool:
    """True on Linux/BSD when no display server is reachable and no Qt platform is forced
    (Qt would abort with a misleading message about its xcb plugin)."""
    if not sys.platform.startswith(("linux", "freebsd", "openbsd", "netbsd")):
        return False
    return not any(os.environ.get(v) for v in ("DISPLAY", "WAYLAND_DISPLAY",
                                                 "QT_QPA_PLATFORM"))


def run(argv: list[str]) -> int:
    """Start the window; returns the exit code."""
    args = parse_args(argv)
    if QApplication.instance() is None and no_display():
        print("flegme: no display was found (DISPLAY/WAYLAND_DISPLAY unset); without a screen "
              "use 'flegme check FILE'.", file=sys.stderr)
        return 2
    if not args.no_vault:
        warm_up_in_background()  # (started earlier by `flegme`: see flegme.ui_entry)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    window = open_window(app, args)
    if window is None:
        return 1
    if args.quit_after_ms:
        def _quit() -> None:
            window.close()
            app.quit()

        QTimer.singleShot(args.quit_after_ms, _quit)
    return int(app.exec())


def open_window(app: QApplication, args: argparse.Namespace) -> MainWindow | None:
    """Settings, translations, vault (first run when there is none), then the window,
    showing the most recent draft (after a crash or a kill, its last autosave)."""
    app.setApplicationName("Flegme")
    app.setOrganizationName("Flegme")
    icon = resource_path("icons", "flegme.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    settings = load_settings()
    translator = install_translator(app, settings.ui_language)
    install_error_hook(None, error_log_path())  # first run included
    vault = None if args.no_vault else _vault(args, settings)
    if vault is None and not args.no_vault:
        return None
    chosen = load_settings()
    if chosen.ui_language != settings.ui_language:  # chosen at first run: applies at once
        if translator is not None:
            for qt_own in translator.findChildren(QTranslator):
                app.removeTranslator(qt_own)
            app.removeTranslator(translator)
        install_translator(app, chosen.ui_language)
    settings = chosen
    from flegme.ui.main_window import MainWindow

    window = MainWindow(vault, settings, team=_team_login(settings), defer_checks=True)
    install_error_hook(window, error_log_path())
    window.show()
    if vault is not None:
        try:
            recent = vault.list_drafts(limit=1)
            if recent:
                window.leader.open_draft(recent[0].id, at_once=True)
        except FlegmeError as exc:  # e.g. damage beyond what the check on opening covers
            show_error(window, window.tr("The vault could not be read"), str(exc))
        if vault.damaged:
            window.statusBar().showMessage(window.tr(
                "Read-only: the vault is damaged; nothing is saved into it."))
    return window


def _team_login(settings: Settings) -> TeamLogin | None:
    """The joined team login (None when alone; a damaged team file is said, not fatal)."""
    from flegme.errors import FlegmeError
    from flegme.team.session import current_login

    try:
        return current_login(settings.role)
    except FlegmeError as exc:
        from flegme.ui.dialogs import show_error

        show_error(None, "Flegme", str(exc))
        return None


def _vault(args: argparse.Namespace, settings: Settings) -> Vault | None:
    from flegme.ui.first_run import FirstRunDialog, create_vault, open_vault

    path = Path(args.vault or settings.vault_path or Vault.default_path())
    if path.exists():
        return open_vault(path, None)
    dialog = FirstRunDialog(settings)
    if not dialog.exec():
        return None
    chosen = dialog.chosen_settings().with_changes(vault_path=str(path))
    save_settings(chosen)
    return create_vault(path, dialog, None)
