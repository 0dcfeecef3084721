"""str offsets <-> Qt (UTF-16) positions, against the engine's reference table."""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from flegme.engine.text import utf16_offsets
from flegme.ui.positions import PositionMap, common_ends

TEXTS = st.text(alphabet=st.sampled_from(["a", "é", " ", "\n", "🚲", "👍", "\U0001F3FD", "中"]),
                max_size=40)


@given(TEXTS)
def test_positions_agree_with_the_utf16_table(text: str) -> None:
    table = utf16_offsets(text)
    positions = PositionMap(text)
    for offset in range(len(text) + 1):
        assert positions.to_qt(offset) == table[offset]
    for position in range(table[-1] + 1):
        assert positions.to_str(position) == bisect.bisect_right(table, position) - 1


def test_out_of_range_offsets_are_clamped() -> None:
    positions = PositionMap("🚲 ok")
    assert positions.to_qt(-3) == 0 and positions.to_qt(99) == 5
    assert positions.to_str(99) == 4


@given(TEXTS, TEXTS, TEXTS, TEXTS)
def test_common_ends_find_what_an_edit_kept(head: str, old: str, new: str, tail: str) -> None:
    before, after = head + old + tail, head + new + tail
    prefix, suffix = common_ends(before, after)
    assert before[:prefix] == after[:prefix] and prefix >= len(head)
    assert prefix + suffix <= min(len(before), len(after))
    assert before[len(before) - suffix:] == after[len(after) - suffix:]
    if prefix < min(len(before), len(after)):  # as long as they can be
        assert before[prefix] != after[prefix]
    rest = min(len(before), len(after)) - prefix
    if suffix < rest:
        assert before[len(before) - suffix - 1] != after[len(after) - suffix - 1]


def test_qt_length_counts_surrogate_pairs() -> None:
    assert PositionMap("🚲 ok").qt_length == 5 and PositionMap("").qt_length == 0
