"""Agreement between the two labelling passes of the real-post corpus.

The first pass is `posts.jsonl` (labelled with sources at hand); the second is
`blind/pass2.jsonl`, made by a labeller who saw only `blind/texts.jsonl` and `RULES.md`.
Posts appended after a blind pass (the newest ids) await the next one: they are left out of
the comparison and listed as pending until `blind/pass2.jsonl` labels them too.
Prints Cohen's kappa, raw agreement and the F1 of one pass against the other, per label and
language, and (with `--write`) records in `blind/agreed.json` the ids on which both passes
agree for each label: the fit script uses only those posts of the `fit` split.

    python3 corpus/real/agreement.py [--write]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
LABELS = ("impulsive", "promotional", "jargon", "disclosure_risk")


def load(path: Path) -> dict[str, dict[str, object]]:
    """Records of a JSONL file by id."""
    rows = (json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line)
    return {str(row["id"]): row for row in rows}


def pending(first: dict[str, dict[str, object]],
            second: dict[str, dict[str, object]]) -> list[str]:
    """Ids of the first pass that the blind pass has not labelled yet."""
    return sorted(set(first) - set(second))


def kappa(a: list[bool], b: list[bool]) -> float:
    """Cohen's kappa of two binary labellings (1.0 when both are constant and equal)."""
    n = len(a)
    if n == 0:
        return float("nan")
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    return 1.0 if expected == 1 else (observed - expected) / (1 - expected)


def f1(a: list[bool], b: list[bool]) -> float:
    """F1 of labelling `b` against labelling `a` (symmetric for two passes)."""
    both = sum(x and y for x, y in zip(a, b, strict=True))
    total = sum(a) + sum(b)
    return 2 * both / total if total else 1.0


def table(first: dict[str, dict[str, object]],
          second: dict[str, dict[str, object]]) -> list[str]:
    """Markdown rows: label, language, n, positives per pass, agreement, kappa, F1."""
    lines = ["| label | lang | posts | pass 1 true | pass 2 true | agreement | Cohen's κ | F1 |",
             "|---|---|---|---|---|---|---|---|"]
    for label in LABELS:
        for lang in ("en", "fr", "all"):
            ids = [i for i, row in first.items() if lang in ("all", row["lang"])]
            a = [bool(first[i][label]) for i in ids]
            b = [bool(second[i][label]) for i in ids]
            agree = sum(x == y for x, y in zip(a, b, strict=True)) / len(ids)
            lines.append(f"| {label} | {lang} | {len(ids)} | {sum(a)} | {sum(b)} | "
                         f"{agree:.2f} | {kappa(a, b):.2f} | {f1(a, b):.2f} |")
    return lines


def main(argv: list[str]) -> int:
    first = load(HERE / "posts.jsonl")
    second = load(HERE / "blind" / "pass2.jsonl")
    if not set(second) <= set(first):
        print("the blind pass labels posts that posts.jsonl does not hold", file=sys.stderr)
        return 2
    waiting = pending(first, second)
    if waiting:
        print(f"{len(waiting)} posts await the blind pass ({waiting[0]} to {waiting[-1]})",
              file=sys.stderr)
    first = {i: row for i, row in first.items() if i in second}
    print("\n".join(table(first, second)))
    if "--write" in argv:
        agreed = {label: sorted(i for i in first if bool(first[i][label]) ==
                                bool(second[i][label])) for label in LABELS}
        out = HERE / "blind" / "agreed.json"
        out.write_text(json.dumps(agreed, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
