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


def timed(cmd: list[str], env: dict[str, str], runs: int) -> tuple[float, float]:
    """Median and first-run wall time in seconds of a command (which must succeed)."""
    times = []
    for _ in range(runs + 1):
        start = time.perf_counter()
        proc = subprocess.run(cmd, env=env, capture_output=True, text=True, check=False)
        times.append(time.perf_counter() - start)
        if proc.returncode not in (0, 1):  # `check` exits 1 when it finds errors
            raise SystemExit(f"{cmd} failed: {proc.stderr[-500:]}")
    return statistics.median(times[1:]), times[0]


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
        programs = {"bundle (onedir)": args.bundle, "venv": args.venv_flegme}
        if Path(args.onefile).is_file():
            programs["onefile"] = args.onefile
        print(f"runs: {args.runs} (median), first run in brackets\n")
        print("| program | --version | check sample | window |")
        print("| --- | --- | --- | --- |")
        sample = str(ROOT / "resources" / "samples" / "post-en.txt")
        for label, exe in programs.items():
            cells = []
            for extra in (["--version"], ["check", "--grammar", "off", sample],
                          ["gui", "--no-vault", "--quit-after-ms", "1"]):
                median, first = timed([exe, *extra], env, args.runs)
                cells.append(f"{median:.2f} s ({first:.2f})")
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
