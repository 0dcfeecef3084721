"""Engine speed against peers measured in the same run, on the same texts.

    .venv/bin/python benchmarks/bench_engine.py [--repeat 300]

Reports medians (ms) of: Flegme's full local check of a 3,000-character post (all checkers,
caches cleared: the cold case), a re-check after a one-character edit (the window's case), a
100 KB text (and its ratio to the 3,000-character time: growth should be linear, at most 35x);
and, on the same 3,000 characters, proselint and textstat's four usual metrics.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flegme.engine.engine import Engine
from flegme.engine.matcher import clear_caches
from flegme.style.loader import load_style

HERE = Path(__file__).resolve().parent
CORPUS_STYLE = HERE.parent.parent / "shared" / "corpus" / "house-style.toml"
SIZE = 3000


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def post(lang: str) -> str:
    text = (HERE / "data" / f"post-{lang}.txt").read_text(encoding="utf-8")
    assert len(text) >= SIZE, f"benchmark post {lang} is shorter than {SIZE} characters"
    return text[:SIZE]


def big_text(base: str, size: int = 100_000) -> str:
    """~100 KB of distinct paragraphs (numbered, so the paragraph cache cannot cheat)."""
    paragraphs = [p for p in base.split("\n\n") if p.strip()]
    out: list[str] = []
    n = 0
    while sum(len(p) + 2 for p in out) < size:
        out.append(f"{n}. {paragraphs[n % len(paragraphs)]}")
        n += 1
    return "\n\n".join(out)[:size]


def bench_flegme(engine: Engine, text: str, repeat: int) -> dict[str, float]:
    def cold() -> None:
        engine.clear_caches()
        clear_caches()
        engine.check(text, ("linkedin", "x"))

    engine.check(text, ("linkedin", "x"))
    counter = [0]

    def edit() -> None:
        counter[0] += 1
        middle = len(text) // 2
        engine.check(text[:middle] + "abcdefghij"[counter[0] % 10] + text[middle:],
                     ("linkedin", "x"))

    big = big_text(text)

    def cold_big() -> None:
        engine.clear_caches()
        clear_caches()
        engine.check(big, ("linkedin", "x"))

    return {"full check": median_ms(cold, repeat), "edit re-check": median_ms(edit, repeat),
            "100 KB": median_ms(cold_big, max(5, repeat // 30))}


def bench_proselint(text: str, repeat: int) -> float:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    return median_ms(lambda: LintFile("bench", text).lint(), repeat)


def bench_textstat(text: str, lang: str, repeat: int) -> float:
    import textstat
    from textstat.backend.counts import _count_syllables

    from flegme.engine import readability

    # textstat would download NLTK's cmudict; give it the shipped dictionary instead.
    cmu = {w: [["1"] * n] for w, n in readability.english_syllables().items()}
    _count_syllables.get_cmudict = lambda lang_: cmu if lang_.startswith("en") else None
    textstat.set_lang("en_US" if lang == "en" else "fr")
    counter = [0]

    def four() -> None:
        counter[0] += 1
        sample = f"{text} {counter[0]}"  # a new text each time: textstat caches by text
        textstat.flesch_reading_ease(sample)
        textstat.flesch_kincaid_grade(sample)
        textstat.gunning_fog(sample)
        textstat.smog_index(sample)

    return median_ms(four, repeat)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=300)
    args = parser.parse_args(argv)
    style_path = CORPUS_STYLE if CORPUS_STYLE.is_file() else None
    from flegme.style.loader import default_style

    style = load_style(style_path) if style_path else default_style()
    print(f"Engine benchmark: {SIZE:,}-character posts, {args.repeat} repetitions, "
          f"Python {sys.version.split()[0]}, style {style.source}")
    print(f"{'text':<5}{'flegme full':>12}{'edit':>8}{'100 KB':>9}{'x3k':>6}"
          f"{'proselint':>11}{'textstat4':>11}{'vs proselint':>14}")
    for lang in ("en", "fr"):
        text = post(lang)
        ours = bench_flegme(Engine(style), text, args.repeat)
        prose = bench_proselint(text, max(20, args.repeat // 10))
        stat = bench_textstat(text, lang, max(20, args.repeat // 5))
        print(f"{lang:<5}{ours['full check']:>12.3f}{ours['edit re-check']:>8.3f}"
              f"{ours['100 KB']:>9.1f}{ours['100 KB'] / ours['full check']:>6.1f}"
              f"{prose:>11.3f}{stat:>11.3f}{prose / ours['full check']:>13.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
