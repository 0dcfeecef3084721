"""What the generated lexicons and the spelling rules cost a full check, in one process.

    .venv/bin/python benchmarks/bench_lexicons.py [--rounds 30]

Two engines on the same 3,000-character posts, timed in turn within each round (this
machine's speed drifts, so a ratio is the median of the per-round ratios): one with the
generated lexicons (resources/lexicons/*/generated) and the masked-word rule, one with the
hand-written lexicons only and no masked-word rule (what main had). Both run the stretched-
word rule, which lives in the shared word views; its own cost is printed apart.
"""

from __future__ import annotations

import argparse
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from flegme.engine import lexicon
from flegme.engine.checks import lexical
from flegme.engine.engine import Engine
from flegme.engine.matcher import _unstretched, clear_caches
from flegme.engine.text import Document
from flegme.style.loader import default_style, load_style

HERE = Path(__file__).resolve().parent
CORPUS_STYLE = HERE.parent.parent / "shared" / "corpus" / "house-style.toml"
PLATFORMS = ("linkedin", "x")


def engine(generated: bool) -> Engine:
    """An engine built with or without the generated lexicons and the masked-word rule."""
    paths, index = lexicon._paths, lexical.LexiconIndex.__init__
    lexicon.load_lexicon.cache_clear()
    lexicon.load_kinds.cache_clear()
    if not generated:
        lexicon._paths = lambda lang, name: paths(lang, name)[:1]  # type: ignore[assignment]

        def plain(self: Any, entries: Any, language: str, *, masked: bool = False) -> None:
            index(self, entries, language, masked=False)

        lexical.LexiconIndex.__init__ = plain  # type: ignore[method-assign]
    try:
        built = Engine(load_style(CORPUS_STYLE) if CORPUS_STYLE.is_file() else default_style())
        for lang in ("en", "fr"):  # build every checker now, while the patch holds
            built.check("x", PLATFORMS, language=lang)
        return built
    finally:
        lexicon._paths = paths  # type: ignore[assignment]
        lexical.LexiconIndex.__init__ = index  # type: ignore[method-assign]
        lexicon.load_lexicon.cache_clear()
        lexicon.load_kinds.cache_clear()


def cold(e: Engine, text: str, lang: str) -> float:
    e.clear_caches()
    clear_caches()
    start = time.perf_counter()
    e.check(text, PLATFORMS, language=lang)
    return time.perf_counter() - start


def median_us(fn: Callable[[], Any], k: int = 200) -> float:
    out = []
    for _ in range(k):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return statistics.median(out) * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    args = parser.parse_args()
    with_gen, without = engine(True), engine(False)
    for lang in ("en", "fr"):
        text = (HERE / "data" / f"post-{lang}.txt").read_text(encoding="utf-8")[:3000]
        new, old, ratios = [], [], []
        for _ in range(args.rounds):
            a = statistics.median(cold(with_gen, text, lang) for _ in range(5))
            b = statistics.median(cold(without, text, lang) for _ in range(5))
            new.append(a)
            old.append(b)
            ratios.append(a / b)
        norms = [tuple(p.norms) for p in (Document.analyse(t, lang).words
                                          for t in text.split("\n\n"))
                 if hasattr(p, "norms")]
        stretch = median_us(lambda norms=norms: [_unstretched(n) for n in norms])
        print(f"{lang}: full check {statistics.median(new) * 1000:.3f} ms with the generated "
              f"lexicons, {statistics.median(old) * 1000:.3f} ms without "
              f"(ratio {statistics.median(ratios):.3f}); stretched-word rule "
              f"{stretch:.1f} us")


if __name__ == "__main__":
    main()
