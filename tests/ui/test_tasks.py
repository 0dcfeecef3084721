"""run_task: results on the GUI thread, stale generations dropped, a synchronous runner."""

from __future__ import annotations

import threading

import pytest
from pytestqt.qtbot import QtBot

from flegme.ui.tasks import TaskRunner

pytestmark = pytest.mark.gui


def test_results_arrive_on_the_gui_thread(qtbot: QtBot) -> None:
    runner = TaskRunner()
    got: list[tuple[int, bool]] = []
    gui = threading.get_ident()
    runner.run_task(lambda: threading.get_ident() != gui,
                    lambda off: got.append((1, off and threading.get_ident() == gui)))
    qtbot.waitUntil(lambda: bool(got), timeout=3000)
    assert got == [(1, True)]


def test_a_newer_task_of_the_same_key_makes_the_older_stale(qtbot: QtBot) -> None:
    runner = TaskRunner()
    release = threading.Event()
    got: list[str] = []

    def old() -> str:
        release.wait(5)
        return "old"

    runner.run_task(old, got.append, key="check")
    runner.run_task(lambda: "new", got.append, key="check")
    runner.run_task(lambda: "other key", got.append, key="list")
    qtbot.waitUntil(lambda: len(got) == 2, timeout=3000)
    release.set()
    runner.wait()
    qtbot.wait(50)
    assert sorted(got) == ["new", "other key"]


def test_errors_go_to_on_error_and_the_synchronous_runner_needs_no_thread() -> None:
    runner = TaskRunner(synchronous=True)
    got: list[object] = []
    runner.run_task(lambda: 1 // 0, got.append, on_error=lambda e: got.append(type(e)))
    runner.run_task(lambda: threading.get_ident(), got.append)
    assert got == [ZeroDivisionError, threading.get_ident()]
