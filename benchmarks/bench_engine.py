"""Engine speed against peers measured in the same run, on the same texts, interleaved.

    .venv/bin/python benchmarks/bench_engine.py [--rounds 60] [--breakdown]
    bash benchmarks/peers/setup.sh   # once, to add write-good (Node) to the peers

Contestants, on a 3,000-character post: Flegme's full local check (every checker, caches
cleared before the timed call: the cold case), its re-check after a one-character edit (the
window's case), a cold check of 100 KB of distinct paragraphs (growth should be linear: at most
35x the 3,000-character time), proselint, textstat's four usual metrics and, when installed,
write-good under Node. This machine's speed drifts by up to 2x over seconds, so the
contestants run in rounds, each a few times per round, in turn: a ratio is the median over
rounds of the ratio within a round, and every contestant sees the same slow and fast phases.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flegme.engine.engine import Engine
from flegme.engine.matcher import clear_caches, document_norms, document_stems
from flegme.style.loader import load_style

HERE = Path(__file__).resolve().parent
CORPUS_STYLE = HERE.parent.parent / "shared" / "corpus" / "house-style.toml"
PEERS = HERE / "peers"
SIZE = 3000
PLATFORMS = ("linkedin", "x")

# A sampler runs its contestant k times and returns the k durations in seconds.
Sampler = Callable[[int], list[float]]


def timed(fn: Callable[[], Any], setup: Callable[[], Any] | None = None) -> Sampler:
    """A sampler timing `fn` alone (`setup`, if any, runs before each call, untimed)."""

    def sample(k: int) -> list[float]:
        out = []
        for _ in range(k):
            if setup is not None:
                setup()
            start = time.perf_counter()
            fn()
            out.append(time.perf_counter() - start)
        return out

    return sample


def median_ms(fn: Callable[[], Any], repeat: int) -> float:
    """Median ms of `repeat` calls (for the stage breakdown)."""
    return statistics.median(timed(fn)(repeat)) * 1000


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


def flegme_samplers(engine: Engine, text: str) -> dict[str, Sampler]:
    """Cold full check, re-check after a one-character edit, cold 100 KB check."""

    def clear() -> None:
        engine.cache.clear()

    counter = [0]
    middle = len(text) // 2
    letters = "abcdefghijklmnopqrstuvwxyz"

    def edited() -> str:
        """The post with one letter typed: a new text every time (never a cache hit), at
        one of 400 places from the middle on."""
        counter[0] += 1
        at = middle + counter[0] // 26 % 400
        return text[:at] + letters[counter[0] % 26] + text[at:]

    pending: list[str] = []

    def before_edit() -> None:
        engine.check(text, PLATFORMS)  # the other paragraphs are known, as in the window
        pending.append(edited())

    def edit() -> None:
        engine.check(pending.pop(), PLATFORMS)

    big = big_text(text)
    return {"full": timed(lambda: engine.check(text, PLATFORMS), clear),
            "edit": timed(edit, before_edit),
            "100 KB": timed(lambda: engine.check(big, PLATFORMS), clear)}


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
    out["length"] = median_ms(lambda: engine.length.check(doc, PLATFORMS), repeat)
    return out


def proselint_sampler(text: str) -> Sampler:
    from proselint.checks import __register__
    from proselint.registry import CheckRegistry
    from proselint.tools import LintFile

    CheckRegistry().register_many(__register__)
    LintFile("bench", text).lint()
    return timed(lambda: LintFile("bench", text).lint())


def textstat_sampler(text: str, lang: str) -> Sampler:
    import textstat
    from textstat.backend.counts import _count_syllables

    from flegme.engine import readability

    # textstat would download NLTK's cmudict; give it the shipped dictionary instead.
    cmu = {w: [["1"] * n] for w, n in readability.english_syllables().items()}
    _count_syllables.get_cmudict = lambda lang_: cmu if lang_.startswith("en") else None
    counter = [0]

    def four() -> None:
        counter[0] += 1
        sample = f"{text} {counter[0]}"  # a new text each time: textstat caches by text
        textstat.flesch_reading_ease(sample)
        textstat.flesch_kincaid_grade(sample)
        textstat.gunning_fog(sample)
        textstat.smog_index(sample)

    def sample(k: int) -> list[float]:
        textstat.set_lang("en_US" if lang == "en" else "fr")  # textstat's language is global
        return timed(four)(k)

    return sample


class WriteGood:
    """write-good in a Node child process, timed inside Node (see peers/write_good_driver.js)."""

    def __init__(self, text: str) -> None:
        self._dir = tempfile.mkdtemp(prefix="flegme-bench-")
        path = Path(self._dir) / "post.txt"
        path.write_text(text, encoding="utf-8")
        self._proc = subprocess.Popen(
            ["node", str(PEERS / "write_good_driver.js"), str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    @staticmethod
    def available() -> bool:
        return shutil.which("node") is not None and (PEERS / "node_modules" / "write-good").is_dir()

    def __call__(self, k: int) -> list[float]:
        assert self._proc.stdin is not None and self._proc.stdout is not None
        self._proc.stdin.write(f"{k}\n")
        self._proc.stdin.flush()
        return [float(t) / 1000 for t in self._proc.stdout.readline().split()]

    def close(self) -> None:
        if self._proc.stdin is not None:
            self._proc.stdin.close()
        self._proc.wait(timeout=10)
        shutil.rmtree(self._dir, ignore_errors=True)


# Calls per round: quick contestants several times, the slow ones fewer.
PER_ROUND = {"full": 9, "edit": 9, "100 KB": 1, "proselint": 2, "textstat4": 5, "write-good": 5}


def run_rounds(samplers: dict[str, Sampler], rounds: int) -> dict[str, list[list[float]]]:
    """Each round runs every contestant in turn (order rotating): per contestant, a list of
    rounds, each the durations (ms) of that round's calls."""
    names = list(samplers)
    out: dict[str, list[list[float]]] = {name: [] for name in names}
    for r in range(rounds):
        shift = r % len(names)
        for name in names[shift:] + names[:shift]:
            out[name].append([t * 1000 for t in samplers[name](PER_ROUND.get(name, 3))])
    return out


def summarise(results: dict[str, list[list[float]]]) -> dict[str, float]:
    """Overall medians (ms) and, against Flegme's full check, medians of per-round ratios."""
    summary = {name: statistics.median([t for rnd in rounds for t in rnd])
               for name, rounds in results.items()}
    full = [statistics.median(rnd) for rnd in results["full"]]
    for name, rounds in results.items():
        if name != "full":
            summary[f"{name}/full"] = statistics.median(
                statistics.median(rnd) / f for rnd, f in zip(rounds, full, strict=True))
    return summary


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=60)
    parser.add_argument("--lang", choices=("en", "fr"), action="append",
                        help="texts to run (default both)")
    parser.add_argument("--no-peers", action="store_true", help="only Flegme's figures")
    parser.add_argument("--breakdown", action="store_true",
                        help="also time each stage of a cold check (tokenising, each checker)")
    args = parser.parse_args(argv)
    style_path = CORPUS_STYLE if CORPUS_STYLE.is_file() else None
    from flegme.style.loader import default_style

    style = load_style(style_path) if style_path else default_style()
    has_wg = not args.no_peers and WriteGood.available()
    print(f"Engine benchmark: {SIZE:,}-character posts, {args.rounds} interleaved rounds, "
          f"Python {sys.version.split()[0]}, style {style.source}")
    if not has_wg and not args.no_peers:
        print("(write-good not installed: `bash benchmarks/peers/setup.sh` adds it)")
    print("medians in ms; `peer/full` = how many times Flegme's full check is faster")
    for lang in args.lang or ("en", "fr"):
        text = post(lang)
        samplers = flegme_samplers(Engine(style), text)
        write_good = None
        if not args.no_peers:
            samplers["proselint"] = proselint_sampler(text)
            samplers["textstat4"] = textstat_sampler(text, lang)
            if has_wg:
                write_good = WriteGood(text)
                samplers["write-good"] = write_good
        try:
            s = summarise(run_rounds(samplers, args.rounds))
        finally:
            if write_good is not None:
                write_good.close()
        line = (f"{lang}: full {s['full']:.3f}  edit {s['edit']:.3f}  100 KB {s['100 KB']:.1f} "
                f"(x{s['100 KB/full']:.1f} the full check)")
        for peer in ("proselint", "textstat4", "write-good"):
            if peer in s:
                line += f"  |  {peer} {s[peer]:.3f} ({s[peer + '/full']:.2f}x)"
        print(line, flush=True)
    if args.breakdown:
        for lang in args.lang or ("en", "fr"):
            stages = breakdown(Engine(style), post(lang), 400)
            print(f"{lang} stages (ms): " + ", ".join(f"{k} {v:.3f}" for k, v in stages.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
