"""Mapping review comments onto an edited post: Flegme's anchors against a character-level
difflib diff (the obvious way) in the same run, interleaved.

    .venv/bin/python benchmarks/bench_anchors.py [--rounds 15]

The post is 3,000 characters of sample text; the edit inserts a sentence near the start and
cuts 50 characters near the end (two separate edits, the usual revision). Each round times
both contestants once, caches cleared; the figure is the median over rounds, and the ratio is
the median of the per-round ratios.
"""

from __future__ import annotations

import argparse
import statistics
import time
from difflib import SequenceMatcher

from flegme.resources import resource_path
from flegme.review.anchors import _equal_blocks, map_span


def char_diff_map(old: str, new: str, start: int, end: int) -> tuple[int, int] | None:
    """The peer: a character-level SequenceMatcher over the whole texts."""
    for tag, i1, i2, j1, _j2 in SequenceMatcher(None, old, new,
                                                autojunk=False).get_opcodes():
        if tag == "equal" and i1 <= start and end <= i2:
            return j1 + start - i1, j1 + end - i1
    return None


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=15)
    args = parser.parse_args()
    sample = resource_path("samples", "post-en.txt").read_text(encoding="utf-8")
    old = (sample * (3000 // len(sample) + 1))[:3000]
    new = old[:400] + " We said so in March. " + old[400:2500] + old[2550:]
    start, end = 2600, 2620
    ours, peer, ratios = [], [], []
    for _ in range(args.rounds):
        _equal_blocks.cache_clear()
        t0 = time.perf_counter()
        mine = map_span(old, new, start, end)
        t1 = time.perf_counter()
        theirs = char_diff_map(old, new, start, end)
        t2 = time.perf_counter()
        assert mine is not None and new[mine[0]:mine[1]] == old[start:end]
        assert theirs is not None
        ours.append(t1 - t0)
        peer.append(t2 - t1)
        ratios.append((t2 - t1) / (t1 - t0))
    print(f"anchors (word diff of the changed middle): median "
          f"{statistics.median(ours) * 1e3:.2f} ms")
    print(f"difflib character diff (peer):            median "
          f"{statistics.median(peer) * 1e3:.2f} ms")
    print(f"peer / anchors: median ratio {statistics.median(ratios):.0f}x "
          f"over {args.rounds} rounds")


if __name__ == "__main__":
    main()
