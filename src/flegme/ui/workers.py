"""Background work: local checks (in a worker for big texts), grammar (always in a worker).
Results carry a generation number; anything older than the latest edit is dropped."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from flegme.engine.checks.grammar import GrammarResult, GrammarService
from flegme.engine.engine import Engine
from flegme.engine.report import Report

if TYPE_CHECKING:
    from concurrent.futures import Future

SYNC_LIMIT = 20_000  # characters; below this a local check takes a few ms on the GUI thread


class _Bridge(QObject):
    """Carries results from worker threads to the GUI thread (queued signal)."""

    done = Signal(int, object)


class _Job(QRunnable):
    def __init__(self, generation: int, work: Callable[[], Any], bridge: _Bridge) -> None:
        super().__init__()
        self.generation, self.work, self.bridge = generation, work, bridge

    def run(self) -> None:
        self.bridge.done.emit(self.generation, self.work())


class CheckScheduler(QObject):
    """Debounced checks of the editor's text: local first, grammar afterwards."""

    reportReady = Signal(object)  # Report (local findings)
    grammarReady = Signal(object)  # Report (local + grammar)

    def __init__(self, engine: Engine, grammar: GrammarService | None = None,
                 parent: QObject | None = None, *, local_delay_ms: int = 0,
                 grammar_delay_ms: int = 800, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self.engine = engine
        self.grammar = grammar
        self.pool = pool or QThreadPool.globalInstance()
        self.generation = 0
        self._text = ""
        self._platforms: tuple[str, ...] = ()
        self._language = "auto"
        self.last_report: Report | None = None
        self._local_timer = QTimer(self, singleShot=True, interval=local_delay_ms)
        self._local_timer.timeout.connect(self._run_local)
        self._grammar_timer = QTimer(self, singleShot=True, interval=grammar_delay_ms)
        self._grammar_timer.timeout.connect(self._run_grammar)
        self._bridge = _Bridge(self)
        self._bridge.done.connect(self._local_done)
        self._grammar_future: Future[GrammarResult] | None = None
        self._grammar_poll = QTimer(self, interval=50)
        self._grammar_poll.timeout.connect(self._poll_grammar)

    def set_engine(self, engine: Engine) -> None:
        """A new house style: re-check with it."""
        self.engine = engine
        self.request(self._text, self._platforms, self._language)

    def set_grammar(self, grammar: GrammarService | None) -> None:
        """A new grammar backend (settings changed): results of the old one are dropped."""
        self.grammar = grammar
        self._grammar_future = None
        self._grammar_poll.stop()
        self.request(self._text, self._platforms, self._language)

    def request(self, text: str, platforms: tuple[str, ...], language: str = "auto") -> None:
        """The text changed: schedule a check (older pending results become stale)."""
        self.generation += 1
        self._text, self._platforms, self._language = text, platforms, language
        self._local_timer.start()
        self._grammar_timer.stop()

    def check_now(self) -> Report:
        """Run the local check immediately (tests, first display)."""
        self._local_timer.stop()
        report = self.engine.check(self._text, self._platforms, self._language)
        self._deliver(self.generation, report)
        return report

    def _run_local(self) -> None:
        generation, text = self.generation, self._text
        platforms, language, engine = self._platforms, self._language, self.engine
        if len(text) <= SYNC_LIMIT:
            self._deliver(generation, engine.check(text, platforms, language))
        else:  # a huge paste: never stall the window
            self.pool.start(_Job(generation, lambda: engine.check(text, platforms, language),
                                 self._bridge))

    def _local_done(self, generation: int, report: object) -> None:
        if isinstance(report, Report):
            self._deliver(generation, report)

    def _deliver(self, generation: int, report: Report) -> None:
        if generation != self.generation:
            return  # stale
        self.last_report = report
        self.reportReady.emit(report)
        if self.grammar is not None and self.grammar.settings.backend != "off":
            self._grammar_timer.start()

    def _run_grammar(self) -> None:
        report = self.last_report
        if report is None or self.grammar is None:
            return
        self._grammar_generation = self.generation
        self._grammar_future = self.grammar.check_async(report.text, report.language,
                                                        self.engine.style, latest_only=True)
        self._grammar_poll.start()

    def _poll_grammar(self) -> None:
        future = self._grammar_future
        if future is None or not future.done():
            return
        self._grammar_poll.stop()
        self._grammar_future = None
        report = self.last_report
        if report is None or self._grammar_generation != self.generation:
            return  # the text changed while LanguageTool was thinking
        result = future.result()
        notes = [result.skipped] if result.skipped else []
        merged = self.engine.merge(report, result.findings, notes)
        self.last_report = merged
        self.grammarReady.emit(merged)
