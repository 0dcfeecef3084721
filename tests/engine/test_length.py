"""Length checker: each platform counts the way it does, limits and caps become findings."""

from __future__ import annotations

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from twitter_text import parse_tweet

from flegme.engine import platform_count as pc
from flegme.engine.checks.length import LengthChecker, count_for
from flegme.engine.platform_count import count, offset_at, platform_rules
from flegme.engine.report import Severity
from flegme.engine.text import Document
from flegme.style.loader import default_style, parse_style

STYLE = default_style()


def used(text: str, platform: str) -> int:
    return count_for(text, platform, STYLE).used


def check(text: str, *platforms: str, style_text: str | None = None):  # type: ignore[no-untyped-def]
    style = parse_style(style_text) if style_text else STYLE
    return LengthChecker(style).check(Document.analyse(text, "en"), platforms)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("plain words", 11),
        ("prix : 20 €", 12),  # "€" weighs 2
        ("attendez…", 10),  # "…" weighs 2
        ("東京", 4),  # CJK weighs 2
        ("🚲", 2),
        ("👨‍👩‍👧", 2),  # a ZWJ family is one emoji
        ("🇫🇷", 2),
        ("go https://example.org/a/very/long/path/indeed", 26),  # a URL is 23
    ],
)
def test_x_weighted_length(text: str, expected: int) -> None:
    assert used(text, "x") == expected
    assert used(text, "x") == parse_tweet(text).weightedLength


_ALPHABET = st.sampled_from(
    ["a", " ", "é", "e\u0301", "€", "…", "東", "🚲", "👍🏽", "👨‍👩‍👧", "🇫🇷", "1️⃣", "’", "\n",
     "#vélo", "@anne"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_x_count_matches_twitter_text(text: str) -> None:
    assert count(text, platform_rules()["x"]) == parse_tweet(text).weightedLength


def test_mastodon_counts_urls_as_23_and_handles_without_domain() -> None:
    assert used("hi @anne@social.example.org", "mastodon") == len("hi @anne")
    assert used("see https://example.org/" + "x" * 80, "mastodon") == 4 + 23


def test_mastodon_limit_follows_the_server_setting() -> None:
    style = parse_style("schema = 1\n[platforms.mastodon]\nmax_chars = 1000\n")
    assert count_for("a" * 600, "mastodon", style).limit == 1000
    assert check("a" * 600, "mastodon").over_limit["mastodon"] is True
    result = check("a" * 600, "mastodon",
                   style_text="schema = 1\n[platforms.mastodon]\nmax_chars = 1000\n")
    assert result.over_limit["mastodon"] is False


def test_bluesky_counts_graphemes() -> None:
    assert used("👨‍👩‍👧 e\u0301", "bluesky") == 3
    assert used("abc", "bluesky") == 3


def test_threads_counts_emoji_as_utf8_bytes_and_caps_links() -> None:
    assert used("ok 🚲", "threads") == 3 + 4
    links = " ".join(f"https://ex{i}.org" for i in range(6))
    result = check(links, "threads")
    (finding,) = [f for f in result.findings if f.rule == "length.links"]
    assert finding.severity is Severity.ERROR


def test_over_limit_span_is_the_part_beyond_the_limit() -> None:
    text = "🚲" + "a" * 290
    result = check(text, "x")
    (finding,) = [f for f in result.findings if f.rule == "length.over_limit"]
    assert finding.severity is Severity.ERROR
    # 🚲 weighs 2, so 278 more "a" fit: the cut is at str offset 279.
    assert (finding.start, finding.end) == (279, len(text))
    assert result.over_limit == {"x": True}


def test_bluesky_cut_never_splits_a_grapheme() -> None:
    text = "a" * 299 + "👨‍👩‍👧" + "b"
    result = check(text, "bluesky")
    (finding,) = [f for f in result.findings if f.rule == "length.over_limit"]
    assert finding.start == 299 + len("👨‍👩‍👧")


def test_preferred_length_is_a_warning_not_an_error() -> None:
    result = check("a" * 1400, "linkedin")
    rules = {f.rule: f.severity for f in result.findings}
    assert rules["length.preferred"] is Severity.WARNING
    assert result.over_limit["linkedin"] is False


def test_linkedin_fold_and_hook() -> None:
    long_hook = "This opening sentence rambles on " * 8 + ".\nMore."
    counted = count_for(long_hook, "linkedin", STYLE)
    assert counted.fold_at == 210
    assert any(f.rule == "length.fold" for f in check(long_hook, "linkedin").findings)
    short = "Short hook.\nLine two.\nLine three.\nLine four, below the fold."
    assert count_for(short, "linkedin", STYLE).fold_at == short.index("\nLine four")
    assert not any(f.rule == "length.fold" for f in check(short, "linkedin").findings)


def test_instagram_hashtag_and_mention_caps() -> None:
    tags = " ".join(f"#tag{chr(97 + i % 26)}{i}" for i in range(31))
    result = check(tags, "instagram")
    (finding,) = [f for f in result.findings if f.rule == "length.hashtags"]
    assert finding.severity is Severity.ERROR
    mentions = " ".join(f"@user{i}" for i in range(21))
    assert any(f.rule == "length.mentions" for f in check(mentions, "instagram").findings)


def test_a_broken_hard_cap_sets_over_limit() -> None:
    # Instagram refuses a 31st hashtag as surely as a 2,201st character: the verdict says so.
    tags = " ".join(f"#tag{chr(97 + i % 26)}{i}" for i in range(31))
    assert check(tags, "instagram").over_limit["instagram"]
    assert not check(tags.rsplit(" ", 1)[0], "instagram").over_limit["instagram"]
    mentions = " ".join(f"@user{i}" for i in range(21))
    assert check(mentions, "instagram").over_limit["instagram"]
    # a house-style cap is a warning, not a platform refusal
    assert not check("Bonne journée #un #deux #trois", "x").over_limit["x"]


def test_house_hashtag_cap_is_a_warning() -> None:
    result = check("Bonne journée #un #deux #trois", "x")
    (finding,) = [f for f in result.findings if f.rule == "length.hashtags"]
    assert finding.severity is Severity.WARNING
    assert finding.start == "Bonne journée #un #deux #trois".index("#trois")


def test_unknown_platform_is_an_input_error() -> None:
    from flegme.errors import InputError

    with pytest.raises(InputError, match="myspace"):
        check("hi", "myspace")


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=400))
def test_spans_stay_inside_the_text(text: str) -> None:
    result = LengthChecker(STYLE).check(Document.analyse(text), list(platform_rules()))
    for f in result.findings:
        assert 0 <= f.start <= f.end <= len(text)


# --- counting core: equivalence with the reference implementations ---------------------

_LONG_ALPHABET = st.sampled_from(
    ["word ", "mot ", "é", "e\u0301", "€", "…", "東京", "🚲", "👍🏽", "👨‍👩‍👧", "🇫🇷", "#️⃣", "\n",
     "\n\n", "\r\n", " https://example.org/a/b ", " www.exemple.fr ", " exemple.fr/x ",
     "@anne@social.example.org ", "#vélo ", "❤️", "\u0301", "가", "\u0600"]
)
_LONG_TEXT = st.lists(_LONG_ALPHABET, min_size=0, max_size=160).map("".join)


@settings(max_examples=60, deadline=None)
@given(_LONG_TEXT)
def test_x_count_matches_twitter_text_on_long_multi_paragraph_posts(text: str) -> None:
    # Long posts are counted paragraph by paragraph (cached): the sum must equal the whole.
    assert count(text, platform_rules()["x"]) == parse_tweet(text).weightedLength


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=300), _LONG_TEXT))
def test_grapheme_count_matches_the_regex_module(text: str) -> None:
    assert count(text, platform_rules()["bluesky"]) == len(regex.findall(r"\X", text))


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(min_size=400, max_size=900), _LONG_TEXT))
def test_paragraph_split_counts_like_the_whole_text(text: str) -> None:
    for rules in platform_rules().values():
        whole = pc._count_part(text, rules.counting, rules.url_length)
        assert count(text, rules) == whole, rules.name


@settings(max_examples=200, deadline=None)
@given(st.one_of(st.text(max_size=300), _LONG_TEXT), st.integers(min_value=0, max_value=600))
def test_the_cut_fits_the_budget_and_is_as_late_as_possible(text: str, budget: int) -> None:
    for rules in platform_rules().values():
        cut = offset_at(text, rules, budget)
        assert 0 <= cut <= len(text)
        assert count(text[:cut], rules) <= budget or budget <= 0, rules.name
    bluesky = platform_rules()["bluesky"]
    cut = offset_at(text, bluesky, budget)
    bounds = [0, *(m.end() for m in regex.finditer(r"\X", text))]
    assert cut in bounds  # never inside a grapheme cluster
    if cut < len(text):
        assert count(text[:bounds[bounds.index(cut) + 1]], bluesky) > budget


def test_mastodon_counts_graphemes_and_only_links_with_a_scheme() -> None:
    assert used("👨‍👩‍👧", "mastodon") == 1  # the server counts grapheme clusters
    assert used("e\u0301", "mastodon") == 1
    assert used("voir exemple.fr/x", "mastodon") == len("voir exemple.fr/x")
    assert used("voir https://exemple.fr/" + "x" * 40, "mastodon") == 5 + 23
    assert used("cc @anne@social.example.org et @bob", "mastodon") == len("cc @anne et @bob")
    assert used("mail anne@social.example.org", "mastodon") == len("mail anne@social.example.org")


def test_threads_counts_zwj_families_and_flags_as_their_bytes() -> None:
    family = "👨‍👩‍👧"
    assert used(family, "threads") == len(family.encode("utf-8")) == 18
    assert used("東京 €", "threads") == 4  # only emoji are counted in bytes


def test_utf16_platforms_count_astral_characters_twice() -> None:
    assert used("🚲 vélo", "linkedin") == 7
    assert used("🚲", "facebook") == used("🚲", "instagram") == 2


def test_x_over_limit_message_names_count_and_excess() -> None:
    text = "東" * 150  # 300 weighted
    (finding,) = [f for f in check(text, "x").findings if f.rule == "length.over_limit"]
    assert finding.message == "300/280 on X: 20 over"
    assert (finding.start, finding.end) == (140, 150)
    assert finding.explanation


def test_over_limit_cut_in_a_later_paragraph_of_a_long_post() -> None:
    text = ("Un paragraphe de trente-deux car.\n\n" * 20)  # 35 chars each, 700 in all
    result = check(text, "mastodon")
    (finding,) = [f for f in result.findings if f.rule == "length.over_limit"]
    assert finding.start == 500 and finding.end == len(text)


def test_fold_setting_from_the_house_style() -> None:
    style = parse_style("schema = 1\n[platforms.linkedin]\nfold_chars = 50\nfold_lines = 2\n")
    text = "A hook that is quite a bit longer than fifty characters, really.\nMore."
    assert count_for(text, "linkedin", style).fold_at == 50
    assert count_for("One.\nTwo.\nThree.", "linkedin", style).fold_at == len("One.\nTwo.")
    assert count_for("Short.", "linkedin", style).fold_at is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("velo.bike", 23),  # any top-level domain X knows is linked without a scheme
        ("rdv sur velo.paris/atelier", 8 + 23),
        ("https://a.b", 11),  # no such top-level domain: not a link, counted as typed
        ("hello.world", 23),
        ("etc.The", 7),
        ("a\r\nb", 3),  # twitter-text turns CR LF into one line feed
    ],
)
def test_x_links_follow_twitter_text(text: str, expected: int) -> None:
    assert used(text, "x") == expected == parse_tweet(text).weightedLength
