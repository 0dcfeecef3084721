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
from flegme.engine.matcher import clear_caches, document_norms, document_stems
from flegme.style.loader import load_style

HERE = Path(__file__).resolve().parent
CORPUS_STYLE = HERE.parent.parent / "shared" / "corpus" / "house-style.toml"
SIZE = 3000


# Wall time by default; `--clock cpu` counts only this process's CPU time, which keeps long
# runs (the 100 KB check) honest on a machine shared with other jobs.
CLOCK: Callable[[], float] = time.perf_counter


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    clock = CLOCK
    times = []
    for _ in range(repeat):
        start = clock()
        fn()
        times.append(clock() - start)
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
            "100 KB": median_ms(cold_big, max(15, repeat // 10))}


def breakdown(engine: Engine, text: str, repeat: int) -> dict[str, float]:
    """Median ms of each stage of a cold check (for the checker owners)."""
    from flegme.engine.text import Document

    doc, docs = engine._analyse(text, "auto")
    parts = [part for _, part in docs]
    checkers = engine._set(doc.language)
    out = {"tokenise": median_ms(lambda: [Document.analyse(p.text, "fr") for p in parts],
                                 repeat)}

    def views() -> None:
        clear_caches()
        for part in parts:
            document_stems(part)
            document_norms(part)

    out["word views"] = median_ms(views, repeat)

    for checker in checkers.checkers:
        def scan_all(checker: Any = checker) -> None:
            for part in parts:
                checker.scan(part)

        scan_all()  # word views warm: each checker's own cost
        out[f"{checker.category} scan"] = median_ms(scan_all, repeat)
        scans = [checker.scan(part) for part in parts]

        def conclude(checker: Any = checker, scans: list[Any] = scans) -> None:
            checker.conclude(doc, scans)

        out[f"{checker.category} conclude"] = median_ms(conclude, repeat)
    out["length"] = median_ms(lambda: engine.length.check(doc, ("linkedin", "x")), repeat)
    return out


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
    parser.add_argument("--breakdown", action="store_true",
                        help="also time each stage of a cold check (tokenising, each checker)")
    parser.add_argument("--clock", choices=("wall", "cpu"), default="wall",
                        help="wall time, or this process's CPU time (for a busy machine)")
    args = parser.parse_args(argv)
    global CLOCK
    CLOCK = time.process_time if args.clock == "cpu" else time.perf_counter
    style_path = CORPUS_STYLE if CORPUS_STYLE.is_file() else None
    from flegme.style.loader import default_style

    style = load_style(style_path) if style_path else default_style()
    print(f"Engine benchmark: {SIZE:,}-character posts, {args.repeat} repetitions, "
          f"{args.clock} clock, Python {sys.version.split()[0]}, style {style.source}")
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
    if args.breakdown:
        for lang in ("en", "fr"):
            stages = breakdown(Engine(style), post(lang), args.repeat)
            print(f"{lang} stages (ms): " + ", ".join(f"{k} {v:.3f}" for k, v in stages.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
