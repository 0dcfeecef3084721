"""Scoring the engine against a labelled corpus (JSON lines, as in shared/corpus/dev.jsonl)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from flegme.bounded_read import TooLargeError, read_capped
from flegme.engine.engine import Engine
from flegme.errors import InputError
from flegme.style.model import HouseStyle

VERDICTS = ("impulsive", "promotional", "jargon", "values_linked", "over_limit")
MAX_CORPUS_BYTES = 100_000_000  # a labelled corpus of posts; never read without bound


@dataclass(frozen=True, slots=True)
class Post:
    """One labelled post."""

    id: str
    text: str
    language: str
    platform: str
    labels: dict[str, bool]
    split: str = ""  # real posts: "fit" or "report" (by author); empty elsewhere
    author: str = ""


@dataclass(frozen=True, slots=True)
class Miss:
    """A verdict the engine got wrong on one post."""

    post_id: str
    verdict: str
    expected: bool
    got: bool
    excerpt: str


@dataclass(frozen=True, slots=True)
class VerdictScore:
    """Precision, recall and F1 of one verdict."""

    verdict: str
    tp: int
    fp: int
    fn: int
    tn: int

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def accuracy(self) -> float:
        total = self.tp + self.fp + self.fn + self.tn
        return (self.tp + self.tn) / total if total else 1.0


@dataclass(frozen=True, slots=True)
class Evaluation:
    """Scores per verdict and every miss."""

    scores: tuple[VerdictScore, ...]
    misses: tuple[Miss, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "verdicts": {s.verdict: {"precision": round(s.precision, 4),
                                     "recall": round(s.recall, 4), "f1": round(s.f1, 4),
                                     "accuracy": round(s.accuracy, 4),
                                     "tp": s.tp, "fp": s.fp, "fn": s.fn, "tn": s.tn}
                         for s in self.scores},
            "misses": [{"id": m.post_id, "verdict": m.verdict, "expected": m.expected,
                        "got": m.got, "excerpt": m.excerpt} for m in self.misses],
        }


def load_corpus(path: str | Path) -> list[Post]:
    """Read a JSON-lines corpus; a bad line is an InputError naming it."""
    posts: list[Post] = []
    try:
        lines = read_capped(path, MAX_CORPUS_BYTES).decode("utf-8").splitlines()
    except TooLargeError:
        raise InputError(f"{path}: larger than {MAX_CORPUS_BYTES // 1_000_000} MB; split the "
                         "corpus") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            posts.append(Post(id=str(raw["id"]), text=str(raw["text"]),
                              language=str(raw.get("lang", "auto")),
                              platform=str(raw["platform"]),
                              labels={v: raw[v] for v in VERDICTS
                                      if isinstance(raw.get(v), bool)},
                              split=str(raw.get("split") or ""),
                              author=str(raw.get("author") or "")))
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise InputError(f"{path}, line {number}: not a labelled post ({exc})") from None
    return posts


def evaluate(posts: Iterable[Post], style: HouseStyle,
             verdicts: Sequence[str] = VERDICTS) -> Evaluation:
    """Run the engine over `posts` and score each verdict."""
    engine = Engine(style)
    counts = {v: [0, 0, 0, 0] for v in verdicts}  # tp, fp, fn, tn
    misses: list[Miss] = []
    for post in posts:
        report = engine.check(post.text, [post.platform], post.language)
        got = {
            "impulsive": report.verdicts.impulsive,
            "promotional": report.verdicts.promotional,
            "jargon": report.verdicts.jargon,
            "values_linked": report.verdicts.values_linked,
            "over_limit": report.verdicts.over_limit.get(post.platform, False),
        }
        for verdict in verdicts:
            if verdict not in post.labels:
                continue
            expected, answer = post.labels[verdict], got[verdict]
            slot = (0 if answer else 2) if expected else (1 if answer else 3)
            counts[verdict][slot] += 1
            if expected != answer:
                misses.append(Miss(post.id, verdict, expected, answer,
                                   post.text[:80].replace("\n", " ")))
    return Evaluation(tuple(VerdictScore(v, *counts[v]) for v in verdicts), tuple(misses))
