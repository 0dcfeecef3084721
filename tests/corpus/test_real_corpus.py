"""corpus/real: the real-post corpus is well formed, split by author, and its blind copy in sync.

These tests check structure only (fields, types, ids, reasons, split, blind file); they never
look at what the engine says about the texts.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from flegme.engine.platform_count import platform_rules

REAL = Path(__file__).resolve().parents[2] / "corpus" / "real"
LABELS = ("impulsive", "promotional", "jargon")
REASON_KEYS = (*LABELS, "disclosure_risk")
FIELDS = ("id", "lang", "platform", "text", "impulsive", "promotional", "jargon",
          "values_linked", "over_limit", "note", "author", "org", "source_url",
          "source_title", "date", "partial", "disclosure_risk", "reasons", "split")
BOOL_FIELDS = ("impulsive", "promotional", "jargon", "over_limit", "partial",
               "disclosure_risk")
STR_FIELDS = ("id", "lang", "platform", "text", "note", "author", "org", "source_url",
              "source_title", "split")


def load_module(name: str) -> ModuleType:
    """Import one of the corpus scripts (they are plain files, not a package)."""
    spec = importlib.util.spec_from_file_location(f"real_{name}", REAL / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@pytest.fixture(scope="module")
def posts() -> list[dict[str, Any]]:
    return read_jsonl(REAL / "posts.jsonl")


def test_corpus_is_large_enough_and_bilingual(posts: list[dict[str, Any]]) -> None:
    assert len(posts) >= 150
    assert sum(p["lang"] == "fr" for p in posts) >= 50
    assert sum(p["lang"] == "en" for p in posts) >= 50


def test_fields_order_and_types(posts: list[dict[str, Any]]) -> None:
    platforms = set(platform_rules())
    for post in posts:
        assert tuple(post) == FIELDS, post.get("id")
        for key in BOOL_FIELDS:
            assert isinstance(post[key], bool), (post["id"], key)
        for key in STR_FIELDS:
            assert isinstance(post[key], str), (post["id"], key)
        for key in ("text", "author", "org", "source_title"):
            assert post[key].strip(), (post["id"], key)
        assert post["lang"] in {"en", "fr"}
        assert post["platform"] in platforms
        assert post["split"] in {"fit", "report"}
        assert post["values_linked"] is None  # no house style per author
        assert post["date"] is None or re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", post["date"])
        assert re.match(r"https?://", post["source_url"]), post["id"]
        assert isinstance(post["reasons"], dict)
        assert set(post["reasons"]) <= set(REASON_KEYS), post["id"]


def test_ids_are_unique_and_numbered_in_order(posts: list[dict[str, Any]]) -> None:
    assert [p["id"] for p in posts] == [f"real-{n:03d}" for n in range(1, len(posts) + 1)]


def test_no_text_twice(posts: list[dict[str, Any]]) -> None:
    texts = [" ".join(p["text"].split()).casefold() for p in posts]
    assert len(texts) == len(set(texts))


def test_every_true_label_has_a_reason_and_a_note(posts: list[dict[str, Any]]) -> None:
    for post in posts:
        for key in REASON_KEYS:
            if post[key]:
                reason = post["reasons"].get(key, "")
                assert isinstance(reason, str) and reason.strip(), (post["id"], key)
                assert not reason.startswith("hard negative"), (post["id"], key)
                assert f"{key}: " in post["note"], (post["id"], key)
            elif key in post["reasons"]:
                # a reason on a false label only documents a trap
                assert post["reasons"][key].startswith("hard negative"), (post["id"], key)


def test_split_is_by_author(posts: list[dict[str, Any]]) -> None:
    splits: dict[str, set[str]] = {}
    for post in posts:
        splits.setdefault(post["author"], set()).add(post["split"])
    assert all(len(s) == 1 for s in splits.values()), {a for a, s in splits.items() if len(s) > 1}
    recorded = json.loads((REAL / "split.json").read_text(encoding="utf-8"))
    fit = {a for a, s in splits.items() if s == {"fit"}}
    assert set(recorded["fit_authors"]) == fit


def test_each_split_has_positives_of_every_label_in_both_languages(
        posts: list[dict[str, Any]]) -> None:
    for split in ("fit", "report"):
        for lang in ("en", "fr"):
            part = [p for p in posts if p["split"] == split and p["lang"] == lang]
            for label in LABELS:
                assert any(p[label] for p in part), (split, lang, label)


def test_split_is_the_seeded_draw(posts: list[dict[str, Any]]) -> None:
    finalize = load_module("finalize")
    recorded = json.loads((REAL / "split.json").read_text(encoding="utf-8"))
    batches = finalize.assign_split(posts, recorded["batches"])
    assert batches == recorded["batches"]
    assert sorted({a for b in batches for a in b["fit_authors"]}) == recorded["fit_authors"]


def test_adding_authors_never_moves_an_earlier_author(posts: list[dict[str, Any]]) -> None:
    finalize = load_module("finalize")
    recorded = json.loads((REAL / "split.json").read_text(encoding="utf-8"))
    added = [{**posts[0], "author": f"Added author {i}", "text": f"added {i}"} for i in range(12)]
    batches = finalize.assign_split([*posts, *added], recorded["batches"])
    assert batches[:-1] == recorded["batches"]
    assert set(batches[-1]["authors"]) == {p["author"] for p in added}
    assert 0 < len(batches[-1]["fit_authors"]) < len(added)


def test_over_limit_is_the_platform_count(posts: list[dict[str, Any]]) -> None:
    over_limit: Callable[[str, str], bool] = load_module("finalize").over_limit
    for post in posts:
        assert post["over_limit"] == over_limit(post["text"], post["platform"]), post["id"]


def test_blind_texts_in_sync_with_posts() -> None:
    blind_lines: Callable[[Path], list[str]] = load_module("make_blind").blind_lines
    expected = blind_lines(REAL / "posts.jsonl")
    actual = (REAL / "blind" / "texts.jsonl").read_text(encoding="utf-8").splitlines()
    assert actual == expected
    for line in actual:
        assert set(json.loads(line)) == {"id", "lang", "platform", "text"}


def test_over_limit_check_can_fail() -> None:
    over_limit: Callable[[str, str], bool] = load_module("finalize").over_limit
    assert over_limit("a" * 300, "x")
    assert not over_limit("short and calm", "x")


def test_readme_counts_are_current(posts: list[dict[str, Any]]) -> None:
    tables: Callable[[list[dict[str, Any]]], str] = load_module("counts").tables
    assert tables(posts) in (REAL / "README.md").read_text(encoding="utf-8")


def test_second_pass_labels_earlier_posts_and_agreed_ids_are_current() -> None:
    """The blind pass labels every post but the newest ones appended after it (they await
    the next blind pass), and blind/agreed.json matches both passes on the posts both label."""
    agreement = load_module("agreement")
    first = agreement.load(REAL / "posts.jsonl")
    second = agreement.load(REAL / "blind" / "pass2.jsonl")
    assert set(second) <= set(first)
    ids = list(first)
    assert agreement.pending(first, second) == ids[len(second):]
    first = {i: row for i, row in first.items() if i in second}
    for row in second.values():
        for label in agreement.LABELS:
            assert isinstance(row[label], bool), (row["id"], label)
    agreed = json.loads((REAL / "blind" / "agreed.json").read_text(encoding="utf-8"))
    for label in agreement.LABELS:
        expected = sorted(i for i in first if first[i][label] == second[i][label])
        assert agreed[label] == expected, f"run corpus/real/agreement.py --write ({label})"


def test_kappa_matches_known_values() -> None:
    """Cohen's kappa: perfect agreement is 1, agreement at chance level is 0."""
    agreement = load_module("agreement")
    assert agreement.kappa([True, False, True, False], [True, False, True, False]) == 1.0
    assert agreement.kappa([True, True, False, False], [True, False, True, False]) == 0.0
    assert agreement.kappa([True, False, False, False],
                           [True, True, False, False]) == pytest.approx(0.5)
