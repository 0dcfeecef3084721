"""Engine speed of two checkouts in the same run: each checkout's engine in its own process,
the two taking turns round after round, so both see the same slow and fast phases of a shared
machine; times are the thread's CPU time (time.thread_time), which waiting for a core does not
inflate. Reports medians of the full (cold) check and of the re-check after one keystroke.

    .venv/bin/python benchmarks/compare_trees.py /work/main [--rounds 40]
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
WORKER = r"""
import json, sys, time
from flegme.engine.engine import Engine
from flegme.engine.matcher import clear_caches
from flegme.style.loader import default_style
texts = {lang: open(path, encoding="utf-8").read() for lang, path in json.loads(sys.argv[1])}
engine = Engine(default_style())
for text in texts.values():
    engine.check(text, ["linkedin", "x"])
for line in sys.stdin:
    out = {}
    for lang, text in texts.items():
        full, edit = [], []
        for i in range(3):
            engine.clear_caches(); clear_caches()
            t = time.thread_time(); engine.check(text, ["linkedin", "x"])
            full.append(time.thread_time() - t)
            cut = len(text) // 2 + i
            edited = text[:cut] + "e" + text[cut:]
            engine.check(text, ["linkedin", "x"])
            t = time.thread_time(); engine.check(edited, ["linkedin", "x"])
            edit.append(time.thread_time() - t)
        out[lang] = [min(full), min(edit)]
    print(json.dumps(out), flush=True)
"""


def main() -> int:
    """Alternate rounds between this checkout and `other`; print the medians."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("other", type=Path, help="the other checkout (with its own .venv)")
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    texts = json.dumps([(lang, str(HERE / "data" / f"post-{lang}.txt")) for lang in ("en", "fr")])
    trees = {"this": HERE.parent, "other": args.other.resolve()}
    procs = {name: subprocess.Popen([str(tree / ".venv" / "bin" / "python"), "-c", WORKER, texts],
                                    stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
                                    cwd=tree)
             for name, tree in trees.items()}
    results: dict[str, list[dict[str, list[float]]]] = {name: [] for name in trees}
    for _ in range(args.rounds):
        for name, proc in procs.items():
            assert proc.stdin is not None and proc.stdout is not None
            proc.stdin.write("go\n")
            proc.stdin.flush()
            results[name].append(json.loads(proc.stdout.readline()))
    for proc in procs.values():
        assert proc.stdin is not None
        proc.stdin.close()
        proc.wait()
    print(f"{args.rounds} interleaved rounds; medians in ms (this = {trees['this']}, "
          f"other = {trees['other']})")
    for lang in ("en", "fr"):
        for i, what in enumerate(("full", "edit")):
            this = statistics.median(r[lang][i] for r in results["this"]) * 1000
            other = statistics.median(r[lang][i] for r in results["other"]) * 1000
            print(f"{lang} {what}: this {this:.3f}  other {other:.3f}  ratio {this / other:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
