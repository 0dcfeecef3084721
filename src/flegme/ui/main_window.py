"""The main window: the leader's, the assistant's and the comms lead's views as tabs."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMainWindow, QTabWidget, QWidget

from flegme import __version__
from flegme.errors import FlegmeError
from flegme.resources import resource_path
from flegme.review.identity import Identity
from flegme.review.models import Dismissal, Role
from flegme.review.service import ReviewService
from flegme.settings import Settings, save_settings
from flegme.style.loader import default_style, parse_style
from flegme.style.model import HouseStyle
from flegme.ui.dialogs import show_error
from flegme.ui.labels import error_text, role_label
from flegme.ui.leader_view import LeaderView
from flegme.ui.tasks import TaskRunner
from flegme.ui.workers import CheckScheduler
from flegme.vault import Vault, VaultRepository

CLOSE_WAIT_MS = 10_000  # how long closing waits for the queued writes

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

    from flegme.engine.checks.grammar import GrammarService
    from flegme.engine.engine import Engine
    from flegme.team.session import TeamLogin
    from flegme.ui.audit_view import AuditView
    from flegme.ui.progress import LongTask
    from flegme.ui.review_view import ReviewView
    from flegme.ui.settings_dialog import SettingsDialog
    from flegme.ui.style_editor import StyleEditor
    from flegme.ui.team_mode import TeamBannerLine, TeamMode
    from flegme.ui.team_page import TeamBanner

# The pages other than the leader's, built when first shown (or first asked for):
# The leader's page is built with the window.
LAZY_PAGES = ("review", "style_editor", "audit")
CHECKS_FALLBACK_MS = 1000  # start the checks even if the window is never painted


def review_service(vault: Vault | None, settings: Settings) -> ReviewService | None:
    """The review loop over the local vault, acting as the person at this computer."""
    if vault is None:
        return None
    return ReviewService(VaultRepository(vault), Identity.local(settings.role),
                         clock=vault.clock)


def house_style(service: ReviewService | None) -> tuple[HouseStyle, str]:
    """The style in force (read from the store, else the shipped default) and its TOML."""
    try:
        text = service.house_style_text() if service is not None else None
    except FlegmeError:
        text = None  # a damaged vault: the shipped default keeps the checks running
    if text:
        try:
            return parse_style(text, "house style (vault)"), text
        except FlegmeError:
            pass  # never lock the leader out over a bad stored style: fall back, visibly
    return default_style(), resource_path("styles", "default.toml").read_text(encoding="utf-8")


class MainWindow(QMainWindow):
    """Flegme's window."""

    # in team mode only, set by flegme.ui.team_mode.install
    team_banner: TeamBanner
    team_refusals: TeamBannerLine
    team_identity: QLabel

    def __init__(self, vault: Vault | None, settings: Settings,
                 parent: QWidget | None = None, *, team: TeamLogin | None = None,
                 defer_checks: bool = False) -> None:
        """`defer_checks`: the engine is imported, built and run only after the window's
        first paint (the app's cold start); otherwise at once (tests, benchmarks)."""
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.setWindowTitle("Flegme")
        self.vault = vault
        self.settings = settings
        self.runner = TaskRunner(parent=self)
        self._warned_unsaved: list[str] = []  # what closing said could not be saved
        self.team: TeamMode | None = None
        if team is not None:  # the role comes from the login, not from the settings
            from flegme.ui.team_mode import TeamMode

            self.team = TeamMode(team, vault, self.runner, parent=self)
            self.role = team.identity.role
            service = self.team.service()  # on the server: attached once it answers
            self.service = None if self.team.on_server else service
        else:
            self.role = Role(settings.role)
            self.service = review_service(vault, settings)
        self.house, self._style_text = house_style(self.service)
        self._engine: Engine | None = None
        self._grammar: GrammarService | None = None
        self._pages: dict[str, QWidget] = {}
        self._closed = False
        self.scheduler = CheckScheduler(None, None, self, runner=self.runner)
        self.leader = LeaderView(self.service, self.scheduler, self.house, runner=self.runner)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("mainTabs")
        self.tabs.addTab(self.leader, self.tr("Drafts"))
        self._placeholders: dict[str, QWidget] = {}
        labels = {"review": self.tr("Review"), "style_editor": self.tr("House style"),
                  "audit": self.tr("Audit trail")}
        for name in LAZY_PAGES:
            if name == "audit" and self.role is not Role.COMMS_LEAD:
                continue
            placeholder = QWidget()
            placeholder.setObjectName(f"lazyPage_{name}")
            self._placeholders[name] = placeholder
            self.tabs.addTab(placeholder, labels[name])
        self.tabs.currentChanged.connect(self._tab_changed)
        if self.team is not None:
            from flegme.ui.team_mode import install

            self.setCentralWidget(install(self, self.team))
        else:
            self.setCentralWidget(self.tabs)
        self.leader.status.connect(self._show_status)
        self._actions()
        self.statusBar().showMessage(self.tr("Flegme %1 — role: %2")
                                     .replace("%1", __version__)
                                     .replace("%2", role_label(self.role)))
        self._restore_geometry()
        if self.role is Role.ASSISTANT:
            self.tabs.setCurrentWidget(self.review)
        elif self.role is Role.COMMS_LEAD:
            self.tabs.setCurrentWidget(self.style_editor)
        self._first_paint: _FirstPaint | None = None
        if defer_checks:
            # (the status bar is painted with the first frame whichever page is shown)
            self._first_paint = _FirstPaint(self.start_checks, self)
            self.statusBar().installEventFilter(self._first_paint)
            QTimer.singleShot(CHECKS_FALLBACK_MS, self, self.start_checks)
        else:
            self.start_checks()
        if self.team is not None:
            self.team.start()

    # -- built when first needed -----------------------------------------------------------

    @property
    def engine(self) -> Engine:
        """The engine for the house style in force (imported and built when first asked)."""
        if self._engine is None:
            from flegme.engine.engine import Engine

            self._engine = Engine(self.house)
        return self._engine

    @property
    def grammar(self) -> GrammarService:
        """The grammar service for the settings in force (built when first asked)."""
        if self._grammar is None:
            from flegme.engine.checks.grammar import GrammarService
            from flegme.grammar_setup import grammar_settings

            self._grammar = GrammarService(grammar_settings(self.settings))
        return self._grammar

    def start_checks(self) -> None:
        """Give the checks their engine and check the open draft (once; later calls do
        nothing). Called after the first paint when checks are deferred."""
        if self._first_paint is not None:
            self.statusBar().removeEventFilter(self._first_paint)
            self._first_paint = None
        if self.scheduler.started or self._closed:
            return
        self.scheduler.start(self.engine, self.grammar)

    @property
    def review(self) -> ReviewView:
        """The reviewer's page (built when first shown or asked for)."""
        return cast("ReviewView", self._pages.get("review") or self._build_page("review"))

    @property
    def style_editor(self) -> StyleEditor:
        """The house-style page (built when first shown or asked for)."""
        return cast("StyleEditor", self._pages.get("style_editor")
                    or self._build_page("style_editor"))

    @property
    def audit(self) -> AuditView:
        """The audit trail (the comms lead's tab; built when first shown or asked for)."""
        return cast("AuditView", self._pages.get("audit") or self._build_page("audit"))

    def page_built(self, name: str) -> bool:
        """Whether a lazy page ("review", "style_editor", "audit") exists yet."""
        return name in self._pages

    def _build_page(self, name: str) -> QWidget:
        page = self._make_page(name)
        self._pages[name] = page
        placeholder = self._placeholders.pop(name, None)
        if placeholder is not None:  # put the page where its placeholder was, same tab
            index = self.tabs.indexOf(placeholder)
            current = self.tabs.currentIndex()
            blocked = self.tabs.blockSignals(True)
            label = self.tabs.tabText(index)
            self.tabs.removeTab(index)
            self.tabs.insertTab(index, page, label)
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(blocked)
            placeholder.deleteLater()
        return page

    def _make_page(self, name: str) -> QWidget:
        if name == "review":
            from flegme.ui.review_view import ReviewView

            review = ReviewView(self.service, self.engine, self.house, self.runner)
            review.status.connect(self._show_status)
            review.changed.connect(self.leader.refresh_list)
            review.changed.connect(lambda: self._refresh_if_built("audit"))
            return review
        if name == "style_editor":
            from flegme.ui.style_editor import StyleEditor

            editor = StyleEditor(self._style_text, can_save=self.role is Role.COMMS_LEAD)
            editor.status.connect(self._show_status)
            editor.styleSaved.connect(self.save_style)
            editor.proposalAccepted.connect(self._proposal_accepted)
            self._pages[name] = editor  # (_load_proposals fills it)
            self._load_proposals()
            return editor
        from flegme.ui.audit_view import AuditView

        return AuditView(self.service, self.runner)

    def _refresh_if_built(self, name: str) -> None:
        page = self._pages.get(name)
        if page is not None:
            page.refresh()  # type: ignore[attr-defined]

    def _show_status(self, text: str) -> None:
        self.statusBar().showMessage(text, 3000)

    def _actions(self) -> None:
        shortcuts: list[tuple[str, QKeySequence | QKeySequence.StandardKey,
                              Callable[[], object]]] = [
            (self.tr("New draft"), QKeySequence.StandardKey.New, self.leader.new_draft),
            (self.tr("Save now"), QKeySequence.StandardKey.Save, self.leader.autosave),
            (self.tr("Copy the post"), QKeySequence("Ctrl+Shift+C"), self.leader.copy_text),
            (self.tr("Send to review"), QKeySequence("Ctrl+Return"), self.leader.send_to_review),
            (self.tr("Find a draft"), QKeySequence.StandardKey.Find,
             self.leader.search.setFocus),
        ]
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_actions: list[tuple[str, QKeySequence | QKeySequence.StandardKey,
                                 Callable[[], object]]] = [
                (self.tr("Settings…"), QKeySequence.StandardKey.Preferences, self.open_settings),
                (self.tr("Back up the vault…"), QKeySequence("Ctrl+Shift+B"),
                 lambda: self.backup()),  # not `checked` as the destination
                (self.tr("Quit"), QKeySequence.StandardKey.Quit, self.close)]
        for label, keys, slot in file_actions:
            action = QAction(label, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            file_menu.addAction(action)
            self.addAction(action)
        menu = self.menuBar().addMenu(self.tr("&Draft"))
        for label, keys, slot in shortcuts:
            action = QAction(label, self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            menu.addAction(action)
            self.addAction(action)

    def open_settings(self) -> SettingsDialog:
        """The settings dialog (modeless); applied and saved when the user presses OK."""
        from flegme.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self, team=self.team, runner=self.runner)
        dialog.accepted.connect(lambda: self.apply_settings(dialog.result_settings()))
        dialog.open()
        return dialog

    def apply_settings(self, settings: Settings) -> None:
        """Save new settings; the grammar backend changes at once, the rest at next start."""
        try:
            save_settings(settings)
        except (OSError, FlegmeError) as exc:
            show_error(self, self.tr("Settings not saved"), str(exc))
            return
        grammar_changed = (settings.grammar_backend, settings.grammar_server_url) != (
            self.settings.grammar_backend, self.settings.grammar_server_url)
        self.settings = settings
        if grammar_changed and self._grammar is not None:  # (else built with these settings)
            self._grammar.close()
            self._grammar = None
            self.scheduler.set_grammar(self.grammar)
        self.statusBar().showMessage(self.tr("Settings saved."), 3000)

    def backup(self, dest: str | None = None, *, synchronous: bool = False) -> LongTask | None:
        """An encrypted copy of the vault, in a worker, with Cancel (which discards it)."""
        if self.vault is None:
            return None
        if dest is None:
            dest, _ = QFileDialog.getSaveFileName(self, self.tr("Back up the vault"),
                                                  "flegme-backup.vault")
            if not dest:
                return None
        from flegme.ui.progress import LongTask

        self.leader.autosave()  # queued: the backup reads on its own connection, after it
        self.runner.drain(10_000)
        vault, target = self.vault, dest

        def work(_progress: Callable[[int, int], None], cancel: threading.Event) -> str | None:
            from flegme.vault import backup

            written = backup(vault, target)
            if cancel.is_set():
                written.unlink(missing_ok=True)
                return self.tr("The backup was cancelled.")
            return None

        task = LongTask(self, self.tr("Backing up the vault…"), work, synchronous=synchronous,
                        runner=None if synchronous else self.runner)
        task.done.connect(self._backed_up)
        if task.finished:
            self._backed_up(task.outcome)
        return task

    def _backed_up(self, outcome: object) -> None:
        if outcome:
            show_error(self, self.tr("No backup"), str(outcome))
        else:
            self.statusBar().showMessage(self.tr("Backup written."), 5000)

    def _tab_changed(self, index: int) -> None:
        shown = self.tabs.widget(index)
        for name, placeholder in list(self._placeholders.items()):
            if placeholder is shown:
                self._build_page(name)  # (a new page reads the store itself)
        self._refresh_if_built("review")
        self.leader.refresh_list()
        self.leader.show_feedback()
        self._refresh_if_built("audit")
        self._load_proposals()
        self._follow_style()

    def _load_proposals(self) -> None:
        """The terms leaders proposed for the allow list, read off the GUI thread."""
        service = self.service
        if service is not None and "style_editor" in self._pages:
            self.runner.run_task(service.proposed_allow_terms, self._show_proposals,
                                 key="proposals", on_error=self._read_failed)

    def _show_proposals(self, proposals: list[Dismissal]) -> None:
        if "style_editor" in self._pages:
            self.style_editor.set_proposals([(d.id, d.excerpt) for d in proposals])

    def _proposal_accepted(self, dismissal_id: int) -> None:
        service = self.service
        if service is not None:  # handled: no longer in the comms lead's list
            self.runner.post(lambda: service.restore_dismissal(dismissal_id),
                             on_error=lambda exc: self._write_failed(self.tr("Not saved"), exc))

    def save_style(self, toml_text: str) -> None:
        """Store a new house style (comms lead) through the write queue, then re-check
        with it."""
        service = self.service
        if service is None:
            return

        def saved(_version: object) -> None:
            self._follow_style()
            self.statusBar().showMessage(self.tr("House style saved."), 3000)

        self.runner.post(lambda: service.set_house_style(toml_text), saved,
                         on_error=lambda exc: self._write_failed(
                             self.tr("House style not saved"), exc),
                         label=self.tr("the house style"))

    def _write_failed(self, title: str, exc: BaseException) -> None:
        if not isinstance(exc, FlegmeError):
            raise exc
        show_error(self, title, error_text(exc))

    def _follow_style(self) -> None:
        """Check with the style in force in the store (someone may have changed it); read
        off the GUI thread."""
        service = self.service
        if service is not None:
            self.runner.run_task(service.house_style, self._use_style, key="house-style",
                                 on_error=self._read_failed)

    def _use_style(self, style: HouseStyle) -> None:
        if style is self.house or self._closed:
            return
        self.house = style
        self._engine = None  # built again for the new style when next needed
        self.leader.house = self.house
        if "review" in self._pages:
            self.review.house, self.review.engine = self.house, self.engine
        if self.scheduler.started:
            self.scheduler.set_engine(self.engine)

    def _read_failed(self, exc: BaseException) -> None:
        """A background read of the store failed: in team mode the banner says the server
        went away; otherwise the error hook says it, as for any error in a slot."""
        if isinstance(exc, FlegmeError) and self.team is not None:
            self.team.went_away(exc)
            return
        raise exc

    def _restore_geometry(self) -> None:
        stored = QSettings("Flegme", "Flegme").value("window/geometry")
        if stored is not None:
            self.restoreGeometry(stored)
        else:
            self.resize(1280, 800)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Save the draft and wait for the queued writes (bounded: if some could not be
        written, say which and keep the window open once); remember the geometry, stop
        LanguageTool, close the vault."""
        self.leader.autosave()
        left = [label for label in self.runner.drain(CLOSE_WAIT_MS) if label]
        unsaved = left or ([self.leader.save_error] if self.leader.save_error else [])
        if unsaved and unsaved != self._warned_unsaved:  # said once; closing again closes
            self._warned_unsaved = unsaved
            event.ignore()
            show_error(self, self.tr("Not everything was saved"), self.tr(
                "Flegme could not save: %1. Your text is still in the editor: copy it "
                "somewhere safe, or wait and close again. Closing again closes without it.")
                .replace("%1", "; ".join(unsaved)))
            return
        QSettings("Flegme", "Flegme").setValue("window/geometry", self.saveGeometry())
        if self._grammar is not None:
            self._grammar.close()
        if self.team is not None:  # the listener stops; a sync in flight finishes
            self.team.stop()
        self.runner.wait(10_000)  # no task may outlive the vault it reads
        self.runner.writes.close(0 if left else CLOSE_WAIT_MS / 1000)
        self.leader.gate_timer.stop()
        self.leader.autosave_timer.stop()
        self._closed = True
        self.service = self.leader.service = None  # closed: detached
        for page in self._pages.values():
            page.service = None  # type: ignore[attr-defined]
        if self.vault is not None and not self.runner.writes.pending:
            self.vault.close()  # (a write still running keeps it: the process ends soon)
            self.vault = None
        super().closeEvent(event)


class _FirstPaint(QObject):
    """Calls `then` once, just after the watched widget's first paint (on the next turn of
    the event loop, so the painted frame reaches the screen first)."""

    def __init__(self, then: Callable[[], None], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._then = then
        self._seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let the paint through; schedule `then` after it."""
        if event.type() == QEvent.Type.Paint and not self._seen:
            self._seen = True
            QTimer.singleShot(0, self, self._then)
        return False
