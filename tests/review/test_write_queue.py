"""The write queue: writes in the order submitted, superseded autosaves never applied, errors
reported without stopping the queue, a bounded close that says what was not written."""

from __future__ import annotations

import threading
from collections.abc import Callable
from functools import partial

import pytest

from flegme.review.write_queue import WriteQueue, WriteQueueClosed


def blocked(queue: WriteQueue) -> threading.Event:
    """Hold the writer thread inside a write until the returned event is set."""
    release, started = threading.Event(), threading.Event()

    def hold() -> None:
        started.set()
        release.wait(10)

    queue.submit(hold, label="hold")
    assert started.wait(10)
    return release


def test_writes_run_in_order_on_one_thread_other_than_the_caller() -> None:
    queue = WriteQueue()
    seen: list[tuple[int, int]] = []
    def write(i: int) -> Callable[[], None]:
        return lambda: seen.append((i, threading.get_ident()))

    for i in range(50):
        queue.submit(write(i))
    assert queue.drain(10) == []
    assert [i for i, _ in seen] == list(range(50))
    assert len({t for _, t in seen}) == 1 and seen[0][1] != threading.get_ident()


def test_a_waiting_autosave_is_replaced_by_the_newer_one_of_the_same_key() -> None:
    queue = WriteQueue()
    applied: list[str] = []
    dropped: list[str] = []
    release = blocked(queue)
    for text in ("a", "ab", "abc"):
        queue.submit(partial(applied.append, text), coalesce=("autosave", 1),
                     on_dropped=partial(dropped.append, text))
    release.set()
    assert queue.drain(10) == []
    assert applied == ["abc"] and dropped == ["a", "ab"] and queue.coalesced == 2


def test_coalescing_never_moves_a_write_before_an_earlier_one() -> None:
    queue = WriteQueue()
    applied: list[str] = []
    release = blocked(queue)
    queue.submit(lambda: applied.append("save a"), coalesce=("autosave", 1))
    queue.submit(lambda: applied.append("send"))
    queue.submit(lambda: applied.append("save b"), coalesce=("autosave", 1))
    queue.submit(lambda: applied.append("other draft"), coalesce=("autosave", 2))
    release.set()
    queue.drain(10)
    assert applied == ["save a", "send", "save b", "other draft"]


def test_an_error_is_reported_and_the_next_writes_still_run() -> None:
    queue = WriteQueue()
    got: list[object] = []
    queue.submit(lambda: 1 // 0, got.append, lambda exc: got.append(type(exc)))
    queue.submit(lambda: "next", got.append)
    queue.drain(10)
    assert got == [ZeroDivisionError, "next"]


def test_drain_is_bounded_and_close_says_what_was_not_written() -> None:
    queue = WriteQueue()
    release = blocked(queue)
    dropped: list[str] = []
    queue.submit(lambda: None, label="save draft 7", on_dropped=lambda: dropped.append("7"))
    assert queue.drain(0.05) == ["hold", "save draft 7"]
    assert queue.close(0.05) == ["hold", "save draft 7"]
    assert dropped == ["7"]  # still waiting at close: said, never applied later
    with pytest.raises(WriteQueueClosed):
        queue.submit(lambda: None)
    release.set()


def test_close_waits_for_the_queued_writes() -> None:
    queue = WriteQueue()
    applied: list[int] = []
    release = blocked(queue)
    queue.submit(lambda: applied.append(1))
    threading.Timer(0.05, release.set).start()
    assert queue.close(10) == []
    assert applied == [1] and queue.pending == 0


def test_the_synchronous_queue_writes_at_once() -> None:
    queue = WriteQueue(synchronous=True)
    got: list[object] = []
    queue.submit(lambda: threading.get_ident(), got.append)
    assert got == [threading.get_ident()] and queue.pending == 0
