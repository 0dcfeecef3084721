"""`flegme check` text output stays linear in the post's size (issue 11, item 9): line and
column come from one index of the line starts, not a recount from the start per finding."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from flegme.cli.check_cmd import render_text
from flegme.engine.line_map import LineMap
from flegme.engine.report import Finding, Report, Scores, Severity, Verdicts
from flegme.engine.text import line_column


@given(st.text(alphabet=st.sampled_from("ab\n é🚲\r"), max_size=60), st.data())
def test_line_map_agrees_with_line_column(text: str, data: st.DataObject) -> None:
    offset = data.draw(st.integers(0, len(text)))
    assert LineMap(text).line_column(offset) == line_column(text, offset)


def _report(size: int) -> Report:
    line = "Un vélo 🚲 réparé, a repaired bike, all good here ok.\n"  # 52 chars
    text = line * (size // len(line))
    findings = tuple(Finding("tone.absolutes", "tone", Severity.INFO, i, i + 3, "m")
                     for i in range(0, len(text) - 3, 100))
    return Report(text, "en", findings, Scores(), Verdicts())


def _best_time(report: Report, repeats: int = 5) -> float:
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        render_text(report, "post.txt")
        best = min(best, time.perf_counter() - start)
    return best


def test_rendering_time_grows_linearly_with_the_post() -> None:
    small, large = _report(200_000), _report(1_600_000)  # 8x the text, 8x the findings
    out = render_text(large, "post.txt").splitlines()
    last = large.findings[-1]
    expected = line_column(large.text, last.start)
    assert f"post.txt:{expected[0]}:{expected[1]}:" in "\n".join(out)
    ratio = _best_time(large) / _best_time(small)
    # Linear: about 8. Recounting lines from the start for every finding: about 50-64.
    assert ratio < 25, f"8x input took {ratio:.1f}x as long"
