"""The labelled organisations the verdict models are fitted and judged on, as feature rows.

Organisations: `dev` (the bicycle maker, shared/corpus/dev.jsonl), the five of
shared/corpus/more, and `real-fit` (the part of corpus/real/posts.jsonl whose `split` is
"fit"). The real posts whose split is "report" are never fitted on: `report_rows` gives them
for reporting only. Each post is checked with its own organisation's house style (real posts:
the default style), and its row keeps the engine's features, verdicts and the labels.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flegme.engine.engine import Engine
from flegme.engine.evaluation import Post, load_corpus
from flegme.style.loader import default_style, load_style
from flegme.style.model import HouseStyle

REPO = Path(__file__).resolve().parent.parent
MORE_ORGS = ("bank", "hospital", "hotel", "city", "app")
LABELS = ("impulsive", "promotional", "jargon")


@dataclass(frozen=True)
class Row:
    """One checked post: its organisation, labels, the engine's features and verdicts."""

    org: str
    post: Post
    features: dict[str, dict[str, float]]  # label -> feature -> value
    verdicts: dict[str, bool]  # values_linked, over_limit (not fitted)
    scores: dict[str, int]  # impulsive / promotional score shown to the user


def shared_corpus() -> Path:
    """shared/corpus: $FLEGME_SHARED_CORPUS, or the first `shared/corpus` above the repo."""
    env = os.environ.get("FLEGME_SHARED_CORPUS")
    if env:
        return Path(env)
    for parent in REPO.parents:
        candidate = parent / "shared" / "corpus"
        if (candidate / "dev.jsonl").is_file():
            return candidate
    raise SystemExit("shared/corpus not found: set FLEGME_SHARED_CORPUS")


def _rows(org: str, posts: list[Post], style: HouseStyle) -> list[Row]:
    engine = Engine(style)
    out: list[Row] = []
    for post in posts:
        report = engine.check(post.text, [post.platform], post.language)
        out.append(Row(
            org=org, post=post,
            features={k: dict(v) for k, v in report.features.items()},
            verdicts={"values_linked": report.verdicts.values_linked,
                      "over_limit": report.verdicts.over_limit.get(post.platform, False)},
            scores={"impulsive": report.scores.impulsivity,
                    "promotional": report.scores.promotion}))
    return out


def real_posts() -> list[Post]:
    """corpus/real/posts.jsonl (empty when absent)."""
    path = REPO / "corpus" / "real" / "posts.jsonl"
    return load_corpus(path) if path.is_file() else []


def fit_rows() -> list[Row]:
    """Every post one may fit on, tagged with its organisation."""
    shared = shared_corpus()
    rows = _rows("dev", load_corpus(shared / "dev.jsonl"), load_style(shared / "house-style.toml"))
    for org in MORE_ORGS:
        rows += _rows(org, load_corpus(shared / "more" / f"{org}.jsonl"),
                      load_style(shared / "more" / f"{org}.toml"))
    rows += _rows("real-fit", [p for p in real_posts() if p.split == "fit"], default_style())
    return rows


def report_rows() -> list[Row]:
    """Real posts kept for reporting only (split "report", or not yet assigned): never fitted."""
    return _rows("real-report", [p for p in real_posts() if p.split != "fit"],
                 default_style())
