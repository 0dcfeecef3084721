"""Background checks through the window's TaskRunner: the editor's local check (off the GUI
thread for big texts) and grammar, and the house style's validation while the comms lead types
(always off the GUI thread). A result for an older text is dropped.

The engine and the grammar service are imported only where they are built (the window builds
them after its first paint: see `MainWindow(defer_checks=True)`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from flegme.engine.report import Report
from flegme.errors import StyleError
from flegme.style.loader import parse_style
from flegme.style.model import HouseStyle
from flegme.ui.tasks import TaskRunner

if TYPE_CHECKING:
    from flegme.engine.checks.grammar import GrammarResult, GrammarService
    from flegme.engine.engine import Engine

SYNC_LIMIT = 20_000  # characters; below this a local check takes a few ms on the GUI thread
LOCAL, GRAMMAR, STYLE = "local-check", "grammar-check", "style-check"


class CheckScheduler(QObject):
    """Debounced checks of the editor's text: local first, grammar afterwards.

    Built without an engine, it is *held*: requests are remembered and nothing is checked
    until `start` hands it one (the window's first paint comes before its first check)."""

    reportReady = Signal(object)  # Report (local findings)
    grammarReady = Signal(object)  # Report (local + grammar)

    def __init__(self, engine: Engine | None, grammar: GrammarService | None = None,
                 parent: QObject | None = None, *, local_delay_ms: int = 0,
                 grammar_delay_ms: int = 800, runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.grammar = grammar
        self.runner = runner if runner is not None else TaskRunner(parent=self)
        self.generation = 0
        self._text = ""
        self._platforms: tuple[str, ...] = ()
        self._language = "auto"
        self.last_report: Report | None = None
        self._local_timer = QTimer(self, singleShot=True, interval=local_delay_ms)
        self._local_timer.timeout.connect(self._run_local)
        self._grammar_timer = QTimer(self, singleShot=True, interval=grammar_delay_ms)
        self._grammar_timer.timeout.connect(self._run_grammar)

    @property
    def started(self) -> bool:
        """False while held (no engine yet): requests wait for `start`."""
        return self.engine is not None

    def start(self, engine: Engine, grammar: GrammarService | None) -> Report:
        """Hand a held scheduler its engine and grammar service and check the latest text."""
        self.engine, self.grammar = engine, grammar
        report = self.check_now()
        assert report is not None
        return report

    def set_engine(self, engine: Engine) -> None:
        """A new house style: re-check with it."""
        self.engine = engine
        self.request(self._text, self._platforms, self._language)

    def set_grammar(self, grammar: GrammarService | None) -> None:
        """A new grammar backend (settings changed): results of the old one are dropped."""
        self.grammar = grammar
        self.runner.forget(GRAMMAR)
        self.request(self._text, self._platforms, self._language)

    def request(self, text: str, platforms: tuple[str, ...], language: str = "auto") -> None:
        """The text changed: schedule a check (older pending results become stale)."""
        self.generation += 1
        self._text, self._platforms, self._language = text, platforms, language
        if self.engine is None:
            return  # held: `start` checks the latest text
        self._local_timer.start()
        self._grammar_timer.stop()
        self.runner.forget(GRAMMAR)

    def check_now(self) -> Report | None:
        """Run the local check immediately (tests, first display); None while held."""
        if self.engine is None:
            return None
        self._local_timer.stop()
        self.runner.forget(LOCAL)
        report = self.engine.check(self._text, self._platforms, self._language)
        self._deliver(self.generation, report)
        return report

    def _run_local(self) -> None:
        generation, text = self.generation, self._text
        platforms, language, engine = self._platforms, self._language, self.engine
        if engine is None:
            return
        if len(text) <= SYNC_LIMIT:
            self.runner.forget(LOCAL)
            self._deliver(generation, engine.check(text, platforms, language))
        else:  # a huge paste: never stall the window
            self.runner.run_task(lambda: engine.check(text, platforms, language),
                                 lambda report: self._deliver(generation, report), key=LOCAL)

    def _deliver(self, generation: int, report: Report) -> None:
        if generation != self.generation:
            return  # stale
        self.last_report = report
        self.reportReady.emit(report)
        if self.grammar is not None and self.grammar.settings.backend != "off":
            self._grammar_timer.start()

    def _run_grammar(self) -> None:
        report, grammar, engine = self.last_report, self.grammar, self.engine
        if report is None or grammar is None or engine is None:
            return
        generation, style = self.generation, engine.style
        future = grammar.check_async(report.text, report.language, style, latest_only=True)
        self.runner.run_task(future.result,
                             lambda result: self._grammar_done(generation, report, result),
                             key=GRAMMAR)

    def _grammar_done(self, generation: int, report: Report, result: GrammarResult) -> None:
        if (generation != self.generation or self.last_report is not report
                or self.engine is None):
            return  # the text changed while LanguageTool was thinking
        notes = [result.skipped] if result.skipped else []
        merged = self.engine.merge(report, result.findings, notes)
        self.last_report = merged
        self.grammarReady.emit(merged)


@dataclass(frozen=True, slots=True)
class StyleCheck:
    """A house-style text validated, and the sample post checked with it when valid."""

    style: HouseStyle | None
    error: str  # "" when valid
    report: Report | None  # the sample's report (None without a sample or a valid style)


def check_style(text: str, sample: str, source: str) -> StyleCheck:
    """Validate `text` as a house style and try `sample` with it (plain Python: any thread)."""
    from flegme.engine.engine import Engine

    try:
        style = parse_style(text, source)
    except StyleError as exc:
        return StyleCheck(None, str(exc), None)
    report = Engine(style).check(sample) if sample.strip() else None
    return StyleCheck(style, "", report)


class StyleValidator(QObject):
    """Validates the style editor's text off the GUI thread; only the latest result counts."""

    validated = Signal(object)  # StyleCheck

    def __init__(self, source: str, parent: QObject | None = None,
                 runner: TaskRunner | None = None) -> None:
        super().__init__(parent)
        self.source = source
        self.runner = runner if runner is not None else TaskRunner(parent=self)

    def request(self, text: str, sample: str) -> None:
        """Validate in a worker; `validated` fires unless a newer request came meanwhile."""
        source = self.source
        self.runner.run_task(lambda: check_style(text, sample, source), self.validated.emit,
                             key=STYLE)

    def now(self, text: str, sample: str) -> StyleCheck:
        """Validate on the calling thread (an explicit action: save, apply, import); any
        pending result becomes stale."""
        self.runner.forget(STYLE)
        return check_style(text, sample, self.source)
