"""The cycle collector is paused during a check: safe only because a check makes no cycles."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator

import pytest

from flegme.engine.engine import Engine
from flegme.engine.gc_pause import gc_paused
from flegme.style.model import HouseStyle

# Every checker has something to say about these (our own words).
_DRAFTS = [
    "WE ARE DONE WITH YOUR LIES!!! You never answer, @rivalco. Typical.",
    "Buy now: -30% until Friday with code SPRING30, only 20 left! 🚀🚀🚀🚀 #a #b #c #d #e #f",
    "Nous allons leverager nos synergies pour impacter la roadmap du Q3 : un vrai game changer.",
    "Our Business Unit Sud restored 40 chairs this month; open books, as always. KPI up.",
    "مرحبا 👨‍👩‍👧 e\u0301\u200d\u202e mixed 🇫🇷 text\n\n" * 20,
]


@pytest.fixture
def collector_off() -> Iterator[None]:
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def _check_all(engine: Engine, suffix: str) -> None:
    for draft in [*_DRAFTS, "\n\n".join(_DRAFTS) * 30]:
        for language in ("auto", "fr", "en"):
            draft = draft + suffix
            report = engine.check(draft, ("x", "linkedin", "mastodon", "threads"), language)
            engine.merge(report, report.findings[:2], ("grammar skipped",))
            engine.check(draft[: len(draft) // 2] + "x" + draft[len(draft) // 2:], ("x",))


@pytest.mark.usefixtures("collector_off")
def test_a_check_leaves_no_cyclic_garbage(team_style: HouseStyle) -> None:
    engine = Engine(team_style)
    _check_all(engine, "")  # first checks import libraries lazily (twitter-text): cycles
    gc.collect()
    _check_all(engine, " again")  # new texts: nothing comes from the caches
    assert gc.collect() == 0  # every object the checks dropped was freed by refcounting


def test_the_collector_state_is_restored(team_style: HouseStyle) -> None:
    engine = Engine(team_style)
    assert gc.isenabled()
    engine.check(_DRAFTS[0], ("x",))
    assert gc.isenabled()
    gc.disable()
    try:
        engine.check(_DRAFTS[1], ("x",))
        assert not gc.isenabled()  # the caller had it off: it stays off
    finally:
        gc.enable()
    with gc_paused():
        with gc_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # still inside the outer pause
    assert gc.isenabled()
    with pytest.raises(RuntimeError), gc_paused():
        raise RuntimeError("boom")
    assert gc.isenabled()


def test_threads_checking_at_once_leave_the_collector_on(team_style: HouseStyle) -> None:
    engine = Engine(team_style)
    start = threading.Barrier(4)
    errors: list[BaseException] = []

    def work(draft: str) -> None:
        try:
            start.wait()
            for i in range(30):
                engine.check(f"{draft} {i}", ("x",))
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(d,)) for d in _DRAFTS[:4]]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == [] and gc.isenabled()


def test_another_thread_s_cycles_are_collected_after_a_pause() -> None:
    import gc
    import threading
    import weakref

    from flegme.engine.gc_pause import gc_paused

    class Node:
        def __init__(self) -> None:
            self.other: Node | None = None

    started, release = threading.Event(), threading.Event()

    def worker() -> None:
        with gc_paused():
            started.set()
            release.wait(10)

    was_enabled = gc.isenabled()
    gc.enable()
    thread = threading.Thread(target=worker)
    thread.start()
    assert started.wait(10)
    a, b = Node(), Node()  # the "GUI thread" makes a cycle while the worker checks
    a.other, b.other = b, a
    alive = weakref.ref(a)
    del a, b
    release.set()
    thread.join(10)
    assert gc.isenabled()  # the pause ended with the check
    gc.collect()
    assert alive() is None
    if not was_enabled:
        gc.disable()
