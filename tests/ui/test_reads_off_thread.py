"""No vault call on the GUI thread once the window is up (issue 12): changing tabs (the
style in force, the comms lead's proposals), scrolling the drafts list further, the
reviewer's replies and resolutions, storing a house style or a handled proposal. The window
runs its real thread pool and writer thread; a spy around the review service records the
thread of every call."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from flegme.review.identity import Identity
from flegme.review.models import DraftSummary, Role
from flegme.review.service import ReviewService
from flegme.settings import Settings
from flegme.style.loader import parse_style
from flegme.ui import drafts_model
from flegme.ui.drafts_model import DraftsModel
from flegme.ui.main_window import MainWindow
from flegme.ui.tasks import TaskRunner
from flegme.vault import Vault, VaultRepository
from tests.drafting import add_draft

pytestmark = pytest.mark.gui

STYLE = "schema = 1\n[tone]\nthreshold = 35\n"


class ThreadSpy:
    """Stands in for a ReviewService: forwards every call, noting its name and thread."""

    def __init__(self, inner: ReviewService) -> None:
        self._inner = inner
        self.calls: list[tuple[str, threading.Thread]] = []

    def __getattr__(self, name: str) -> Any:
        attr = getattr(self._inner, name)
        if name == "clock" or not callable(attr):  # the time of day reads no store
            return attr

        def call(*args: Any, **kwargs: Any) -> Any:
            self.calls.append((name, threading.current_thread()))
            return attr(*args, **kwargs)

        return call

    def names(self) -> set[str]:
        """The methods called so far."""
        return {name for name, _ in self.calls}

    def on_gui_thread(self) -> list[str]:
        """The calls made on the GUI (main) thread."""
        return [name for name, thread in self.calls if thread is threading.main_thread()]


def person(vault: Vault, name: str, role: Role) -> ReviewService:
    return ReviewService(VaultRepository(vault), Identity(name, role), clock=vault.clock)


def spied(qtbot: QtBot, vault: Vault, role: str) -> tuple[MainWindow, ThreadSpy]:
    """A shown window whose store calls, from now on, go through a spy (the start-up reads
    are deliberate: the first painted window shows the last draft and its style)."""
    window = MainWindow(vault, Settings(role=role))
    qtbot.addWidget(window)
    window.show()
    assert window.runner.settle()
    assert window.service is not None
    spy = ThreadSpy(window.service)
    service: Any = spy
    window.service = window.leader.service = service
    for name in ("review", "style_editor", "audit"):
        if window.page_built(name) and hasattr(window._pages[name], "service"):
            window._pages[name].service = service  # type: ignore[attr-defined]
    return window, spy


@pytest.fixture
def proposal(gui_vault: Vault) -> int:
    """A draft whose 'leverage' the leader proposed for the allow list."""
    draft = add_draft(gui_vault, title="Bikes", body="We leverage twelve bikes.",
                      language="en", role=Role.LEADER)
    person(gui_vault, "Alex", Role.LEADER).dismiss(draft.id, rule="jargon.term", start=3,
                                                   end=11, excerpt="leverage",
                                                   scope="proposed_allow")
    return draft.id


def test_changing_tabs_reads_the_style_and_the_proposals_off_the_gui_thread(
        qtbot: QtBot, gui_vault: Vault, proposal: int) -> None:
    window, spy = spied(qtbot, gui_vault, "leader")
    person(gui_vault, "Camille", Role.COMMS_LEAD).set_house_style(STYLE)  # someone else
    for index in (1, 2, 0):  # review, house style, back to the drafts
        window.tabs.setCurrentIndex(index)
    assert window.runner.settle()
    assert {"house_style", "proposed_allow_terms"} <= spy.names()
    assert spy.on_gui_thread() == []
    assert window.house.tone.threshold == 35  # the style in force is followed, as before
    assert window.leader.house is window.house and window.review.house is window.house
    assert window.style_editor.proposals.count() == 1
    assert "leverage" in window.style_editor.proposals.item(0).text()


def test_a_stale_style_read_is_dropped(qtbot: QtBot, gui_vault: Vault) -> None:
    window, _spy = spied(qtbot, gui_vault, "leader")
    release, started = threading.Event(), threading.Event()
    assert window.service is not None
    inner = window.service
    older = parse_style("schema = 1\n[tone]\nthreshold = 45\n", "older")

    class Slow:  # the first read waits; the one started after it answers first
        first = True

        def house_style(self) -> Any:
            if Slow.first:
                Slow.first = False
                started.set()
                release.wait(10)
                return older
            return inner.house_style()

    slow: Any = Slow()
    window.service = slow
    window._follow_style()
    assert started.wait(10)
    person(gui_vault, "Camille", Role.COMMS_LEAD).set_house_style(STYLE)
    window._follow_style()
    qtbot.waitUntil(lambda: window.house.tone.threshold == 35, timeout=10_000)
    release.set()
    assert window.runner.settle()
    assert window.house.tone.threshold == 35  # never the older answer, come late
    assert window.house is not older


def test_scrolling_the_drafts_list_reads_the_next_pages_off_the_gui_thread(
        qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts_model, "PAGE", 2)
    for i in range(5):
        add_draft(gui_vault, title=f"Post {i}", body=f"Body number {i}.", language="en",
                  role=Role.LEADER)
    window, spy = spied(qtbot, gui_vault, "leader")
    model = window.leader.model
    window.leader.refresh_list()
    assert window.runner.settle()
    while model.canFetchMore():
        model.fetchMore()
        assert window.runner.settle()
    assert model.rowCount() == 5
    assert [name for name, _ in spy.calls].count("list_drafts") == 3  # 0-1, 2-3, 4
    assert spy.on_gui_thread() == []


def test_a_page_read_for_an_older_list_is_dropped(qtbot: QtBot, gui_vault: Vault,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts_model, "PAGE", 2)
    rows = [add_draft(gui_vault, title=f"Post {i}", body=f"Body {i}.", language="en")
            for i in range(5)]
    summaries = {s.id: s for s in gui_vault.list_drafts()}
    runner = TaskRunner()
    model = DraftsModel(runner)
    release = threading.Event()

    def slow_page(limit: int, offset: int) -> list[DraftSummary]:
        release.wait(10)
        return [summaries[r.id] for r in rows[offset:offset + limit]]

    model.set_source(slow_page, [summaries[r.id] for r in rows[:2]])
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    found = [summaries[rows[4].id]]
    model.set_rows(found)  # e.g. a search answered meanwhile
    release.set()
    assert runner.settle()
    assert [model.summary(r) for r in range(model.rowCount())] == found


def test_the_reviewers_replies_and_resolutions_are_stored_off_the_gui_thread(
        qtbot: QtBot, gui_vault: Vault) -> None:
    leader = person(gui_vault, "Alex", Role.LEADER)
    draft = leader.create_draft(title="Bikes", body="We repaired twelve bikes.",
                                platforms=["linkedin"])
    leader.send_to_review(draft.id)
    person(gui_vault, "Sam", Role.ASSISTANT).comment(draft.id, text="Which bikes?",
                                                     start=3, end=11)
    window, spy = spied(qtbot, gui_vault, "assistant")
    review = window.review
    review.open_draft(draft.id)
    assert window.runner.settle()
    feedback = review.feedback
    feedback.list.setCurrentRow(0)
    feedback.reply.setText("The Saturday ones.")
    feedback.reply_button.click()
    assert window.runner.settle()
    assert [r.text for r in feedback.threads[0].replies] == ["The Saturday ones."]
    assert feedback.list.currentRow() == 0  # the reply's thread stays selected
    feedback.resolve_button.click()
    assert window.runner.settle()
    assert feedback.threads[0].event.resolved
    assert {"reply", "resolve", "threads"} <= spy.names()
    assert spy.on_gui_thread() == []


def test_the_comms_leads_style_and_handled_proposals_are_stored_off_the_gui_thread(
        qtbot: QtBot, gui_vault: Vault, proposal: int) -> None:
    window, spy = spied(qtbot, gui_vault, "comms_lead")
    window._load_proposals()  # (read once more, through the spy)
    assert window.runner.settle()
    editor = window.style_editor
    editor.proposals.setCurrentRow(0)
    editor.accept_proposal()
    editor.save()
    assert window.runner.settle()
    assert gui_vault.proposed_allow_terms() == []
    assert "leverage" in window.house.jargon.allow
    assert {"restore_dismissal", "set_house_style", "house_style"} <= spy.names()
    assert spy.on_gui_thread() == []


def test_nothing_reads_the_store_on_the_gui_thread_through_a_whole_session(
        qtbot: QtBot, gui_vault: Vault, proposal: int) -> None:
    window, spy = spied(qtbot, gui_vault, "leader")
    steps: list[Callable[[], object]] = [
        lambda: window.leader.open_draft(proposal),
        lambda: window.leader.editor.setPlainText("We repaired twelve bikes today."),
        window.leader.autosave,
        *[lambda i=i: window.tabs.setCurrentIndex(i) for i in range(window.tabs.count())],
        lambda: window.tabs.setCurrentIndex(0),
        window.leader.refresh_list,
        window.leader.show_history,
    ]
    for step in steps:
        step()
        assert window.runner.settle()
    assert len(spy.names()) >= 6
    assert spy.on_gui_thread() == []


@pytest.fixture(autouse=True)
def _no_history_dialog(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    from flegme.ui.dialogs import HistoryDialog

    monkeypatch.setattr(HistoryDialog, "exec", lambda _self: 0)  # (show_history's dialog)
    yield


def test_a_page_that_cannot_be_read_is_said_once_and_the_rows_shown_stay(
        qtbot: QtBot, gui_vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    from flegme.errors import VaultError

    monkeypatch.setattr(drafts_model, "PAGE", 2)
    first = [add_draft(gui_vault, title=f"Post {i}", body=f"Body {i}.", language="en")
             for i in range(2)]
    shown = [s for s in gui_vault.list_drafts() if s.id in {d.id for d in first}]
    said: list[BaseException] = []
    runner = TaskRunner()
    model = DraftsModel(runner, on_error=said.append)

    def broken(_limit: int, _offset: int) -> list[DraftSummary]:
        raise VaultError("The disk went away.")

    model.set_source(broken, shown)
    model.fetchMore()
    assert runner.settle()
    assert [str(e) for e in said] == ["The disk went away."]
    assert model.rowCount() == 2 and not model.canFetchMore()  # not asked again and again
