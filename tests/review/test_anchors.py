"""Comment anchors mapped through the diff: a mapped passage always reads the same."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from flegme.review.anchors import map_span

TEXT = st.text(alphabet="ab .,é😀\n", max_size=80)


@settings(max_examples=300, deadline=None)
@given(old=TEXT, new=TEXT, data=st.data())
def test_a_mapped_passage_reads_the_same(old: str, new: str, data: st.DataObject) -> None:
    start = data.draw(st.integers(0, len(old)))
    end = data.draw(st.integers(start, len(old)))
    mapped = map_span(old, new, start, end)
    if mapped is not None:
        assert new[mapped[0]:mapped[1]] == old[start:end]


@settings(max_examples=200, deadline=None)
@given(head=st.text(alphabet="ab ,", max_size=40),
       words=st.lists(st.text(alphabet="xyz", min_size=1, max_size=4), min_size=1, max_size=3),
       tail=st.text(alphabet="cd.", max_size=40), added=st.text(alphabet="é😀", max_size=10),
       removed=st.integers(0, 5))
def test_an_untouched_passage_survives_edits_around_it(head: str, words: list[str], tail: str,
                                                       added: str, removed: int) -> None:
    # Anchors follow words: a passage is whole words (here, words seen nowhere else), and
    # the edits around it do not move text across it (a diff cannot keep both sides of a
    # move: the passage is then shown as outdated, never misplaced).
    passage = " ".join(words)
    old = head + " " + passage + " " + tail
    new = added + head[removed:] + " " + passage + " " + tail[::-1]
    start = len(head) + 1
    mapped = map_span(old, new, start, start + len(passage))
    assert mapped is not None and new[mapped[0]:mapped[1]] == passage


def test_an_edited_passage_is_outdated() -> None:
    old = "We opened in Lyon this week."
    start = old.index("Lyon")
    assert map_span(old, old.replace("Lyon", "Paris"), start, start + 4) is None
    assert map_span(old, "Hi! " + old, start, start + 4) == (start + 4, start + 8)
