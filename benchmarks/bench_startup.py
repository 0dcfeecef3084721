"""Whole-process start-up: `flegme check FILE` against `proselint check FILE`, interleaved.

    .venv/bin/python benchmarks/bench_startup.py [--rounds 30]

A person, an editor plug-in or a pre-commit hook meets the start-up first: this times the
whole process (interpreter start, imports, house style, lexicons, the check, the output) on
the same 3,000-character post, French and English. The machine's speed drifts, so each round
runs every contestant once, in a rotating order, and a ratio is the median over rounds of
the ratio within a round (both sides see the same slow and fast phases).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SIZE = 3000
LANGUAGES = ("en", "fr")


def write_posts(folder: Path) -> dict[str, Path]:
    """The benchmark posts cut to 3,000 characters, one file per language."""
    out = {}
    for lang in LANGUAGES:
        text = (HERE / "data" / f"post-{lang}.txt").read_text(encoding="utf-8")[:SIZE]
        path = folder / f"post-{lang}.txt"
        path.write_text(text, encoding="utf-8")
        out[lang] = path
    return out


def commands(posts: dict[str, Path]) -> dict[str, list[str]]:
    """Contestant name -> the command line it runs."""
    bindir = Path(sys.executable).parent
    flegme = shutil.which("flegme", path=str(bindir)) or "flegme"
    proselint = shutil.which("proselint", path=str(bindir)) or "proselint"
    out = {}
    for lang, path in posts.items():
        out[f"flegme {lang}"] = [flegme, "check", str(path)]
        out[f"proselint {lang}"] = [proselint, "check", str(path)]
    return out


def run_once(argv: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (user + system, which waiting for a core on a shared
    machine does not inflate) of one whole process (its exit code is ignored: findings
    exit 1)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env,
                   check=False)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=30)
    parser.add_argument("--no-bytecode", action="store_true",
                        help="set PYTHONDONTWRITEBYTECODE (no .pyc written: not how an "
                             "installed program runs; for comparison only)")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="flegme-bench-startup-"))
    env = {**os.environ, "FLEGME_CONFIG_DIR": str(folder / "config")}
    if not args.no_bytecode:  # as installed: .pyc files written once and then used
        env.pop("PYTHONDONTWRITEBYTECODE", None)
    else:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    cmds = commands(write_posts(folder))
    names = list(cmds)
    for name in names:  # warm the file cache and .pyc files
        run_once(cmds[name], env)
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in names}
    for r in range(args.rounds):
        order = names[r % len(names):] + names[:r % len(names)]
        for name in order:
            times[name].append(run_once(cmds[name], env))
    print(f"Start-up benchmark, Python {sys.version.split()[0]}, {args.rounds} interleaved "
          "rounds, whole processes, 3,000-character posts, .pyc files "
          f"{'not written' if args.no_bytecode else 'written and used'}")
    for name in names:
        wall = statistics.median(t[0] for t in times[name]) * 1000
        cpu = statistics.median(t[1] for t in times[name]) * 1000
        print(f"  {name:<13} median wall {wall:6.1f} ms, CPU (user + sys) {cpu:6.1f} ms")
    for lang in LANGUAGES:
        ours, peer = times[f"flegme {lang}"], times[f"proselint {lang}"]
        wall_ratio = statistics.median(a[0] / b[0] for a, b in zip(ours, peer, strict=True))
        cpu_ratio = statistics.median(a[1] / b[1] for a, b in zip(ours, peer, strict=True))
        print(f"  {lang}: flegme check / proselint check, median of per-round ratios: "
              f"wall {wall_ratio:.2f}x, CPU {cpu_ratio:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
