"""Normalise posts.jsonl: field order, ids, mechanical over_limit, notes, and the author split.

Run from the repository root with the project's venv:

    .venv/bin/python corpus/real/finalize.py

Labels and reasons are written by hand; this script only derives what is mechanical:
`over_limit` (the platform's own count, from flegme.engine.platform_count), `note` (from
`reasons`), and `split` (a seeded random assignment of authors, batch by batch, see
`assign_split`). Posts are only ever appended: ids of earlier posts do not change.
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from pathlib import Path

from flegme.engine.platform_count import count, entities, platform_rules

HERE = Path(__file__).resolve().parent
POSTS = HERE / "posts.jsonl"
LABELS = ("impulsive", "promotional", "jargon")
REASON_KEYS = (*LABELS, "disclosure_risk")
FIELDS = ("id", "lang", "platform", "text", "impulsive", "promotional", "jargon",
          "values_linked", "over_limit", "note", "author", "org", "source_url",
          "source_title", "date", "partial", "disclosure_risk", "reasons", "split")
FIRST_SEED = 20261204  # the first seed tried; the one kept is recorded in split.json
FIT_SHARE = 0.6
MIN_POSITIVES = 2  # per label, language and split


def over_limit(text: str, platform: str) -> bool:
    """Whether `text` breaks a hard limit of `platform`, counted as the platform counts."""
    rules = platform_rules()[platform]
    if count(text, rules) > rules.max_chars:
        return True
    found = entities(text)
    caps = ((rules.max_hashtags, found.hashtags), (rules.max_links, found.links),
            (rules.max_mentions, found.mentions))
    return any(cap is not None and len(items) > cap for cap, items in caps)


def note_for(post: dict[str, object]) -> str:
    """The shared corpus's note convention, built from the per-label reasons."""
    reasons = post["reasons"]
    assert isinstance(reasons, dict)
    parts: list[str] = []
    for key in REASON_KEYS:
        reason = reasons.get(key)
        if not reason:
            continue
        if post.get(key) is True:
            parts.append(f"{key}: {reason}")
        else:
            text = str(reason).removeprefix("hard negative:").strip()
            parts.append(f"hard negative ({key}): {text}")
    if post["over_limit"]:
        parts.append(f"over_limit: over the {post['platform']} limit")
    return "; ".join(parts)


def balanced(posts: list[dict[str, object]], fit: set[str]) -> bool:
    """Near 60/40 overall and within each language; each split has 2+ positives per label
    and language."""
    share = sum(p["author"] in fit for p in posts) / len(posts)
    if not 0.55 <= share <= 0.65:
        return False
    for lang in ("en", "fr"):
        in_lang = [p for p in posts if p["lang"] == lang]
        if not 0.45 <= sum(p["author"] in fit for p in in_lang) / len(in_lang) <= 0.75:
            return False
    for in_fit in (True, False):
        part = [p for p in posts if (p["author"] in fit) is in_fit]
        for lang in ("en", "fr"):
            for label in LABELS:
                if sum(p["lang"] == lang and p[label] is True for p in part) < MIN_POSITIVES:
                    return False
    return True


def balanced_addition(posts: list[dict[str, object]], fit: set[str]) -> bool:
    """A later batch of authors: between half and 70 % of its posts in "fit" (a small batch
    cannot promise positives of every label in both splits)."""
    share = sum(p["author"] in fit for p in posts) / len(posts)
    return 0.5 <= share <= 0.7


def draw(posts: list[dict[str, object]], authors: list[str], first_seed: int,
         check: Callable[[list[dict[str, object]], set[str]], bool]) -> tuple[int, set[str]]:
    """`authors` drawn into "fit" with probability FIT_SHARE, one seed after another from
    `first_seed`; the first draw that `check` accepts is kept. The draw never looks at texts
    or difficulty, only at author names, languages and label counts."""
    mine = [p for p in posts if p["author"] in set(authors)]
    for seed in range(first_seed, first_seed + 10_000):
        rng = random.Random(seed)
        fit = {a for a in sorted(authors) if rng.random() < FIT_SHARE}
        if check(mine, fit):
            return seed, fit
    raise SystemExit("no balanced author split found")


def assign_split(posts: list[dict[str, object]],
                 batches: list[dict[str, object]] | None = None) -> list[dict[str, object]]:
    """Every batch of authors with its seed and fit authors.

    The first batch (the corpus as first built) is drawn with `balanced`; authors added
    later form a new batch each time this runs, drawn on their own with `balanced_addition`
    from a seed of their own, so adding posts never moves an earlier author between "fit"
    and "report" (the report part stays unseen).
    """
    batches = list(batches or [])
    known = {a for b in batches for a in b["authors"]}  # type: ignore[attr-defined]
    out: list[dict[str, object]] = []
    for k, batch in enumerate(batches):
        authors = sorted(batch["authors"])  # type: ignore[call-overload]
        check = balanced if k == 0 else balanced_addition
        seed, fit = draw(posts, authors, FIRST_SEED + 1000 * k, check)
        out.append({"seed": seed, "authors": authors, "fit_authors": sorted(fit)})
    new = sorted({str(p["author"]) for p in posts} - known)
    if new:
        k = len(batches)
        check = balanced if k == 0 else balanced_addition
        seed, fit = draw(posts, new, FIRST_SEED + 1000 * k, check)
        out.append({"seed": seed, "authors": new, "fit_authors": sorted(fit)})
    return out


def recorded_batches() -> list[dict[str, object]]:
    """The batches recorded in split.json (none before the first run)."""
    path = HERE / "split.json"
    if not path.is_file():
        return []
    return list(json.loads(path.read_text(encoding="utf-8"))["batches"])


def main() -> int:
    posts = [json.loads(line) for line in POSTS.read_text(encoding="utf-8").splitlines()
             if line.strip()]
    batches = assign_split(posts, recorded_batches())
    fit = {a for b in batches for a in b["fit_authors"]}  # type: ignore[attr-defined]
    out = []
    for n, post in enumerate(posts, start=1):
        post["id"] = f"real-{n:03d}"
        post["values_linked"] = None
        post["over_limit"] = over_limit(post["text"], post["platform"])
        post["split"] = "fit" if post["author"] in fit else "report"
        post["note"] = note_for(post)
        out.append(json.dumps({k: post[k] for k in FIELDS}, ensure_ascii=False))
    POSTS.write_text("\n".join(out) + "\n", encoding="utf-8")
    (HERE / "split.json").write_text(json.dumps(
        {"first_seed": FIRST_SEED, "fit_share": FIT_SHARE, "batches": batches,
         "fit_authors": sorted(fit)}, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(f"{len(posts)} posts, {len(batches)} batch(es), {len(fit)} fit authors")
    return 0


if __name__ == "__main__":
    sys.exit(main())
