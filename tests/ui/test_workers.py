"""The check scheduler: grammar arrives later from its worker; stale results are dropped."""

from __future__ import annotations

from concurrent.futures import Future
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from flegme.engine.checks.grammar import GrammarResult, GrammarSettings
from flegme.engine.engine import Engine
from flegme.engine.report import Finding, Report, Severity
from flegme.style.loader import default_style
from flegme.ui import workers
from flegme.ui.workers import CheckScheduler

pytestmark = pytest.mark.gui


class FakeGrammar:
    """Answers when the test says so, like a slow LanguageTool."""

    def __init__(self) -> None:
        self.settings = GrammarSettings(backend="local")
        self.calls: list[tuple[str, Future[GrammarResult]]] = []

    def check_async(self, text: str, language: str, style: Any, **_: Any) -> Future[GrammarResult]:
        future: Future[GrammarResult] = Future()
        self.calls.append((text, future))
        return future

    def answer(self, index: int) -> None:
        text, future = self.calls[index]
        start = text.index("teh")
        future.set_result(GrammarResult((Finding("grammar.spelling", "grammar", Severity.ERROR,
                                                 start, start + 3, "Spelling", "",
                                                 ("the",)),), None))


def scheduler_with(qtbot: QtBot, grammar: FakeGrammar | None) -> tuple[CheckScheduler,
                                                                      list[Report]]:
    scheduler = CheckScheduler(Engine(default_style()), grammar,  # type: ignore[arg-type]
                               grammar_delay_ms=0)
    got: list[Report] = []
    scheduler.reportReady.connect(got.append)
    scheduler.grammarReady.connect(got.append)
    return scheduler, got


def test_grammar_arrives_after_the_local_check(qtbot: QtBot) -> None:
    grammar = FakeGrammar()
    scheduler, got = scheduler_with(qtbot, grammar)
    scheduler.request("I saw teh bikes.", ())
    qtbot.waitUntil(lambda: len(grammar.calls) == 1, timeout=3000)
    assert len(got) == 1 and not any(f.category == "grammar" for f in got[0].findings)
    grammar.answer(0)
    qtbot.waitUntil(lambda: len(got) == 2, timeout=3000)
    assert [f.rule for f in got[1].findings if f.category == "grammar"] == ["grammar.spelling"]
    assert scheduler.last_report is got[1]


def test_grammar_for_an_old_text_is_dropped(qtbot: QtBot) -> None:
    grammar = FakeGrammar()
    scheduler, got = scheduler_with(qtbot, grammar)
    scheduler.request("I saw teh bikes.", ())
    qtbot.waitUntil(lambda: len(grammar.calls) == 1, timeout=3000)
    scheduler.request("I saw teh bikes today.", ())  # typed while LanguageTool thought
    grammar.answer(0)
    qtbot.waitUntil(lambda: len(grammar.calls) == 2, timeout=3000)
    qtbot.wait(150)
    assert all(r.text == "I saw teh bikes today." or not any(f.category == "grammar"
                                                             for f in r.findings) for r in got)
    grammar.answer(1)
    qtbot.waitUntil(lambda: any(f.category == "grammar" for f in got[-1].findings), timeout=3000)
    assert got[-1].text == "I saw teh bikes today."


def test_big_texts_are_checked_in_a_worker_and_stale_results_dropped(
        qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "SYNC_LIMIT", 10)
    scheduler, got = scheduler_with(qtbot, None)
    scheduler.request("We leverage it, a long first text.", ())
    scheduler._run_local()  # the worker starts for the first text...
    scheduler.request("We leverage it again, second.", ())  # ...and the user types on
    qtbot.waitUntil(lambda: bool(got) and got[-1].text == "We leverage it again, second.",
                    timeout=5000)
    scheduler.runner.wait(5000)
    qtbot.wait(50)
    assert [r.text for r in got] == ["We leverage it again, second."]
