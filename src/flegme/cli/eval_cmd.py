"""`flegme eval`: precision, recall and F1 of each verdict on a labelled corpus."""

from __future__ import annotations

import argparse
import json
from typing import Any


def register(sub: Any) -> None:
    """Add the `eval` subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "eval", help="score the checkers on a labelled corpus",
        description="Run the engine over a JSON-lines corpus and score each verdict.")
    parser.add_argument("corpus", metavar="CORPUS.jsonl")
    parser.add_argument("--style", metavar="FILE", help="house-style TOML file")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--min-f1", type=float, default=None, metavar="X",
                        help="exit 1 when any verdict's F1 is below X")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the table (or JSON) and the misses."""
    from flegme.cli.check_cmd import load_style_arg
    from flegme.engine.evaluation import evaluate, load_corpus

    result = evaluate(load_corpus(args.corpus), load_style_arg(args.style))
    if args.format == "json":
        print(json.dumps(result.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(f"{'verdict':<15}{'precision':>10}{'recall':>8}{'F1':>7}{'accuracy':>10}"
              f"{'support':>9}")
        for s in result.scores:
            print(f"{s.verdict:<15}{s.precision:>10.2f}{s.recall:>8.2f}{s.f1:>7.2f}"
                  f"{s.accuracy:>10.2f}{s.tp + s.fn:>9}")
        print(f"\n{len(result.misses)} miss(es)")
        for m in result.misses:
            kind = "missed" if m.expected else "false alarm"
            print(f"  {m.post_id} {m.verdict}: {kind} — {m.excerpt}")
    if args.min_f1 is not None and any(s.f1 < args.min_f1 for s in result.scores):
        return 1
    return 0
