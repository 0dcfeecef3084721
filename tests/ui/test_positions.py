"""str offsets <-> Qt (UTF-16) positions, against the engine's reference table."""

from __future__ import annotations

import bisect

from hypothesis import given
from hypothesis import strategies as st

from flegme.engine.text import utf16_offsets
from flegme.ui.positions import PositionMap

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
