"""The leader's view: drafts pane, editor with live underlines, side panel, platforms. Its
parts live beside it: saving (`leader_saving`), findings (`leader_findings`), actions and
state (`leader_actions`), the drafts list (`drafts_pane`)."""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from flegme.errors import FlegmeError
from flegme.names import DEFAULT_PLATFORMS
from flegme.review.anchors import Thread
from flegme.review.models import Dismissal, Draft
from flegme.review.service import ReviewService, auto_title
from flegme.style.model import HouseStyle
from flegme.ui.dialogs import show_error
from flegme.ui.drafts_pane import DraftsPane
from flegme.ui.editor import DraftEditor
from flegme.ui.feedback_panel import FeedbackPanel
from flegme.ui.findings_panel import FindingsPanel
from flegme.ui.leader_actions import LeaderActions
from flegme.ui.leader_findings import LeaderFindings
from flegme.ui.leader_saving import AUTOSAVE_MS, DraftRef, LeaderSaving, Snapshot
from flegme.ui.platform_bar import PlatformBar
from flegme.ui.tasks import TaskRunner
from flegme.ui.workers import CheckScheduler

__all__ = ["AUTOSAVE_MS", "LeaderView"]


class LeaderView(LeaderSaving, LeaderFindings, LeaderActions, QWidget):
    """Draft, check, save; send to review when the draft is calm."""

    status = Signal(str)

    def __init__(self, service: ReviewService | None, scheduler: CheckScheduler,
                 style: HouseStyle, parent: QWidget | None = None, *,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.scheduler = scheduler
        self.runner = runner if runner is not None else scheduler.runner
        self.house = style
        self.ref = DraftRef()
        self.save_error: str | None = None
        self._last_posted: Snapshot | None = None
        self._loading = False
        self._mark_read = False  # the open draft's feedback is read once shown
        self._dismissed: set[tuple[str, str]] = set()

        self.drafts = DraftsPane(lambda: self.service, self.runner)
        self.drafts.openRequested.connect(self.open_draft)
        self.drafts.newRequested.connect(self.new_draft)
        self.model, self.search, self.list = (self.drafts.model, self.drafts.search,
                                              self.drafts.list)

        self.title = QLineEdit(placeholderText=self.tr("Title (for you, not published)"))
        self.title.setObjectName("draftTitle")
        self.title.textEdited.connect(self._schedule_autosave)
        self.editor = DraftEditor()
        self.platforms = PlatformBar()
        self.gate = QLabel()
        self.gate.setObjectName("coolingOffLabel")
        self.gate.setWordWrap(True)
        self.state = QLabel()
        self.state.setObjectName("draftState")
        self.state.setWordWrap(True)
        actions = QHBoxLayout()
        self.review_button = QPushButton(self.tr("Send to review"))
        self.review_button.setObjectName("sendToReview")
        self.review_button.clicked.connect(self.send_to_review)
        self.take_back_button = QPushButton(self.tr("Take back to edit"))
        self.take_back_button.setObjectName("takeBack")
        self.take_back_button.clicked.connect(self.take_back)
        copy_button = QPushButton(self.tr("Copy for publishing"))
        copy_button.clicked.connect(self.copy_text)
        history_button = QPushButton(self.tr("History…"))
        history_button.clicked.connect(self.show_history)
        publish_button = QPushButton(self.tr("Mark as published…"))
        publish_button.clicked.connect(self.mark_published)
        for button in (self.review_button, self.take_back_button, copy_button, history_button,
                       publish_button):
            actions.addWidget(button)
        actions.addStretch(1)
        center = QWidget()
        center_layout = QVBoxLayout(center)
        center_layout.addWidget(self.title)
        center_layout.addWidget(self.platforms)
        center_layout.addWidget(self.editor, 1)
        center_layout.addWidget(self.state)
        center_layout.addWidget(self.gate)
        center_layout.addLayout(actions)

        self.panel = FindingsPanel()
        self.feedback = FeedbackPanel(runner=self.runner)
        self.side = QTabWidget()
        self.side.setObjectName("leaderSide")
        self.side.addTab(self.panel, self.tr("Findings"))
        self.side.addTab(self.feedback, self.tr("Feedback"))
        splitter = QSplitter()
        splitter.addWidget(self.drafts)
        splitter.addWidget(center)
        splitter.addWidget(self.side)
        splitter.setSizes([230, 620, 330])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)

        self.autosave_timer = QTimer(self, singleShot=True, interval=AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.gate_timer = QTimer(self, interval=30_000)  # the cooling-off countdown
        self.gate_timer.timeout.connect(self._show_state)
        self.gate_timer.start()
        self.editor.textChanged.connect(self._text_changed)
        self.editor.dismissRequested.connect(self.dismiss)
        self.editor.suggestionApplied.connect(lambda *_: self.status.emit(self.tr("Fixed.")))
        self.panel.findingActivated.connect(self.editor.select_finding)
        self.panel.dismissRequested.connect(self.dismiss)
        self.panel.restoreRequested.connect(self.restore_finding)
        self.platforms.platformsChanged.connect(self._platforms_changed)
        self.feedback.changed.connect(self.show_feedback)
        self.scheduler.reportReady.connect(self.show_report)
        self.scheduler.grammarReady.connect(self.show_report)
        self.refresh_list()

    # -- drafts --------------------------------------------------------------------------

    def refresh_list(self) -> None:
        """Reload the drafts list (or the search results), with who has new feedback, and
        where the open draft stands (a reviewer may have moved it meanwhile)."""
        self.drafts.current_id = self.ref.id
        self.drafts.refresh()
        if self.ref.id is not None and not self._loading:
            self._show_state()
            self.show_feedback()

    def open_draft(self, draft_id: int, *, at_once: bool = False) -> None:
        """Show a draft, its state and the reviewers' feedback (then marked read). Read
        through the write queue: after the saves queued before, never an older text.
        `at_once` reads it here instead (start-up: nothing is queued yet, and the first
        painted window already shows the draft)."""
        service = self.service
        if service is None:
            return

        def read() -> tuple[Draft, list[Dismissal]]:
            return service.get_draft(draft_id), service.dismissals(draft_id)

        if at_once and not self.runner.writes.pending:
            try:
                loaded = read()
            except FlegmeError as exc:
                self._open_failed(exc)
                return
            self._load_draft(loaded)
            return
        self.autosave()
        self.runner.post(read, self._load_draft, on_error=self._open_failed)

    def _open_failed(self, exc: BaseException) -> None:
        if not isinstance(exc, FlegmeError):
            raise exc
        show_error(self, self.tr("The draft could not be opened"), str(exc))

    def _load_draft(self, loaded: tuple[Draft, list[Dismissal]]) -> None:
        draft, dismissals = loaded
        self.autosave()  # text typed while it loaded stays in the draft it was typed in
        self._loading = True
        self.ref = DraftRef(draft.id)
        self.drafts.select(draft.id)
        self.title.setText("" if draft.title == auto_title(draft.body) else draft.title)
        self.platforms.set_selected(list(draft.platforms))
        self.editor.setPlainText(draft.body)
        self._dismissed = {(d.rule, d.excerpt.casefold()) for d in dismissals
                           if d.scope != "once" and not d.restored}
        self._last_posted = self._snapshot()  # what is stored: nothing to save yet
        self._loading = False
        self._apply_state(draft, None)
        self._recheck()
        self.scheduler.check_now()
        self._show_state()
        self._mark_read = True
        self.show_feedback()

    def new_draft(self) -> None:
        """An empty editor on the default platforms; created in the vault on first save."""
        self.autosave()
        self._loading = True
        self.ref = DraftRef()
        self.drafts.select(None)
        self.title.clear()
        self.editor.clear()
        self.platforms.set_selected(list(DEFAULT_PLATFORMS))
        self.side.setCurrentWidget(self.panel)
        self._dismissed = set()
        self._loading = False
        self.editor.setFocus()
        self._recheck()
        self._show_state()
        self.show_feedback()

    # -- feedback --------------------------------------------------------------------------

    def show_feedback(self) -> None:
        """The reviewers' comments on this draft, anchored on the current text (read off the
        GUI thread)."""
        service, ref = self.service, self.ref
        self.feedback.attach(service, ref.id, self.editor, hide_resolved_marks=True)
        if service is None or ref.id is None:
            self._feedback_shown(ref, [])
            return
        draft_id = ref.id
        self.runner.run_task(lambda: service.threads(draft_id),
                             lambda threads: self._feedback_shown(ref, threads),
                             key="leader-feedback", on_error=self._state_failed)

    def _feedback_shown(self, ref: DraftRef, threads: list[Thread]) -> None:
        if ref is not self.ref:
            return
        self.feedback.show_loaded(threads)
        open_count = sum(1 for t in threads if not t.event.resolved and t.event.kind == "comment")
        self.side.setTabText(1, self.tr("Feedback (%1)").replace("%1", str(open_count))
                             if open_count else self.tr("Feedback"))
        service = self.service
        if self._mark_read and service is not None and ref.id is not None:
            self._mark_read = False
            if threads:
                draft_id = ref.id
                self.runner.post(lambda: service.mark_read(draft_id),
                                 lambda _: self.drafts.refresh())

    # -- checking ------------------------------------------------------------------------

    def _platforms_changed(self, _platforms: object) -> None:
        self._recheck()
        if not self._loading:
            self._schedule_autosave()

    def _text_changed(self) -> None:
        self._recheck()
        if not self._loading:
            self._schedule_autosave()

    def _recheck(self) -> None:
        self.scheduler.request(self.editor.toPlainText(), tuple(self.platforms.selected()))
