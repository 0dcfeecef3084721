"""Measure the bundle against `flegme` from the venv, in the same run: size and start times.

Usage: python3 installers/linux/measure.py [--runs 7] [--bundle build/dist/flegme/flegme]
           [--venv-flegme .venv/bin/flegme] [--onefile build/onefile/flegme-onefile]
Times are wall-clock medians of N runs after one unmeasured warm-up run each (the page cache
is warm: a true cold start after a reboot is slower for both). "window" is
`gui --no-vault --quit-after-ms 1`: process start, window built and shown, event loop entered,
then closed and the process gone.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def run_once(cmd: list[str], env: dict[str, str]) -> float:
    """Wall time in seconds of one run of a command (which must succeed)."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):  # `check` exits 1 when it finds errors
        raise SystemExit(f"{cmd} failed: {proc.stderr[-500:]}")
    return elapsed


def interleaved(programs: dict[str, str], extra: list[str], env: dict[str, str],
                runs: int) -> dict[str, tuple[float, float]]:
    """Median and first-run time per program, runs interleaved so load hits all alike."""
    times: dict[str, list[float]] = {label: [] for label in programs}
    for _ in range(runs + 1):
        for label, exe in programs.items():
            times[label].append(run_once([exe, *extra], env))
    return {label: (statistics.median(t[1:]), t[0]) for label, t in times.items()}


def size(path: Path) -> str:
    """du -sh of a path."""
    return subprocess.run(["du", "-sh", str(path)], capture_output=True, text=True,
                          check=True).stdout.split()[0]


def main() -> int:
    """Print a Markdown table of the figures."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", default=str(ROOT / "build" / "dist" / "flegme" / "flegme"))
    parser.add_argument("--venv-flegme", default=str(Path(sys.prefix) / "bin" / "flegme"))
    parser.add_argument("--onefile", default=str(ROOT / "build" / "onefile" / "flegme-onefile"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FLEGME_CONFIG_DIR=tmp,
                   FLEGME_DATA_DIR=tmp)
        programs = {"bundle (onedir)": args.bundle}
        build_venv = ROOT / "build" / "venv" / "bin" / "flegme"
        if build_venv.is_file():
            programs["build venv (same source, unfrozen)"] = str(build_venv)
        programs["dev venv"] = args.venv_flegme
        if Path(args.onefile).is_file():
            programs["onefile"] = args.onefile
        sample = str(ROOT / "resources" / "samples" / "post-en.txt")
        columns = {"--version": ["--version"],
                   "check sample": ["check", "--grammar", "off", sample],
                   "window": ["gui", "--no-vault", "--quit-after-ms", "1"]}
        results = {name: interleaved(programs, extra, env, args.runs)
                   for name, extra in columns.items()}
        print(f"runs: {args.runs} (median), first run in brackets\n")
        print("| program | " + " | ".join(columns) + " |")
        print("| --- |" + " --- |" * len(columns))
        for label in programs:
            cells = [f"{results[c][label][0]:.2f} s ({results[c][label][1]:.2f})"
                     for c in columns]
            print(f"| {label} | " + " | ".join(cells) + " |")
    bundle_dir = Path(args.bundle).parent
    print(f"\nonedir bundle: {size(bundle_dir)} ({bundle_dir})")
    for tarball in sorted((ROOT / "build").glob("flegme-*-linux-*.tar.gz")):
        print(f"tarball: {size(tarball)} ({tarball.name})")
    if Path(args.onefile).is_file():
        print(f"onefile: {size(Path(args.onefile))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
