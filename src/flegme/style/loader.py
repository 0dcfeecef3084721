"""Load and validate a house-style TOML file (schema 1) into `HouseStyle`.

Every problem names the file, the line and the key; unknown keys are errors, never ignored.
Schema 1 accepts no regular expressions, so a house style cannot make the engine hang.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any

from flegme.bounded_read import TooLargeError, read_capped
from flegme.errors import StyleError
from flegme.resources import resource_path
from flegme.style.depth import check_depth
from flegme.style.keylines import key_line_finder
from flegme.style.model import (
    LANGS,
    PLATFORMS,
    GrammarStyle,
    HouseStyle,
    JargonStyle,
    Organisation,
    PlatformPrefs,
    PromotionStyle,
    RuleOverride,
    Statement,
    ToneStyle,
    WorkflowStyle,
)
from flegme.style.rule_ids import unknown_rule_problem
from flegme.style.validate import Problems, Reader

MAX_STYLE_BYTES = 1_000_000  # a real house style is a few KB; refuse megabytes of TOML
SEVERITIES = ("error", "warning", "info", "off")


def parse_style(text: str, source: str = "<house style>", *, cached: bool = False) -> HouseStyle:
    """Parse and validate house-style TOML text; raises `StyleError` naming line and key.
    `cached`: keep the parsed text in the user cache folder (for shipped files only)."""
    if len(text) > MAX_STYLE_BYTES:
        raise StyleError(
            f"the file is too large ({len(text):,} characters; a house style is at most "
            f"{MAX_STYLE_BYTES:,})", path=source)
    check_depth(text, source)  # tomllib is quadratic in key depth: refuse before parsing
    try:
        if cached:
            from flegme.toml_cache import parse_toml

            data = parse_toml(text)
        else:
            import tomllib

            data = tomllib.loads(text)
    except ValueError as exc:  # tomllib.TOMLDecodeError (tomllib is imported only to parse)
        line = _decode_error_line(str(exc))
        raise StyleError(f"not valid TOML: {exc}", path=source, line=line) from None
    except RecursionError:
        raise StyleError("not valid TOML: brackets are nested too deeply", path=source,
                         line=1) from None
    problems = Problems(source, key_line_finder(text))
    style = _build(Reader(data, "", problems), source)
    problems.raise_if_any()
    return style


def load_style(path: str | os.PathLike[str], *, cached: bool = False) -> HouseStyle:
    """Read and validate a house-style file (`cached`: a shipped file, whose parsed form may
    be kept in the user cache folder; an organisation's own style is never copied there)."""
    name = str(path)
    try:
        raw = read_capped(path, MAX_STYLE_BYTES)
    except TooLargeError:
        raise StyleError(f"the file is too large (more than {MAX_STYLE_BYTES:,} bytes; a house "
                         "style is a few KB)", path=name) from None
    except FileNotFoundError:
        raise StyleError("no such file", path=name) from None
    except IsADirectoryError:
        raise StyleError("this is a folder, not a house-style file", path=name) from None
    except OSError as exc:
        raise StyleError(f"cannot be read: {exc.strerror or exc}", path=name) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise StyleError("not UTF-8 text (save the file as UTF-8)", path=name,
                         line=line) from None
    return parse_style(text.removeprefix("\ufeff"), name, cached=cached)


@cache
def default_style() -> HouseStyle:
    """The neutral style shipped in resources/styles/default.toml."""
    return load_style(resource_path("styles", "default.toml"), cached=True)


def _decode_error_line(message: str) -> int | None:
    marker = "(at line "
    if marker in message:
        tail = message.split(marker, 1)[1]
        digits = tail.split(",", 1)[0].strip(")")
        if digits.isdigit():
            return int(digits)
    return None


def _build(root: Reader, source: str) -> HouseStyle:
    root.allow_keys({"schema", "organisation", "mission", "vision", "values", "platforms",
                     "jargon", "tone", "promotion", "rules", "workflow", "grammar"})
    schema = root.integer("schema", required=True, low=1, high=1)
    return HouseStyle(
        schema=schema or 1,
        organisation=_organisation(root.table("organisation")),
        mission=_statement(root.table("mission"), "mission", named=False),
        vision=_statement(root.table("vision"), "vision", named=False),
        values=tuple(
            s for i, v in enumerate(root.table_array("values"))
            if (s := _statement(v, f"value {i + 1}", named=True)) is not None
        ),
        platforms=_platforms(root.table("platforms")),
        jargon=_jargon(root.table("jargon")),
        tone=_tone(root.table("tone")),
        promotion=_promotion(root.table("promotion")),
        workflow=_workflow(root.table("workflow")),
        grammar=_grammar(root.table("grammar")),
        rules=_rules(root.table("rules")),
        source=source,
    )


def _organisation(r: Reader | None) -> Organisation:
    if r is None:
        return Organisation()
    r.allow_keys({"name", "handles", "languages", "default_language"})
    languages = r.string_list("languages", choices=LANGS) or ("fr", "en")
    default = r.string("default_language", choices=LANGS) or languages[0]
    return Organisation(name=r.string("name") or "", handles=r.string_list("handles") or (),
                        languages=languages, default_language=default)


def _statement(r: Reader | None, name: str, *, named: bool) -> Statement | None:
    if r is None:
        return None
    r.allow_keys({"name", "fr", "en", "keywords"} if named else {"fr", "en", "keywords"})
    if named:
        name = r.string("name", required=True) or name
    texts = {lang: t for lang in LANGS if (t := r.string(lang))}
    keywords: dict[str, tuple[str, ...]] = {}
    kw = r.table("keywords")
    if kw is not None:
        kw.allow_keys(set(LANGS))
        for lang in LANGS:
            words = kw.string_list(lang)
            if words:
                keywords[lang] = words
    return Statement(name=name, text=MappingProxyType(texts),
                     keywords=MappingProxyType(keywords))


def _platforms(r: Reader | None) -> Mapping[str, PlatformPrefs]:
    if r is None:
        return MappingProxyType({})
    r.allow_keys(set(PLATFORMS), what="platform")
    prefs: dict[str, PlatformPrefs] = {}
    for name in PLATFORMS:
        p = r.table(name)
        if p is None:
            continue
        p.allow_keys({"preferred_max_chars", "max_hashtags", "max_links", "max_chars",
                      "fold_chars", "fold_lines"})
        prefs[name] = PlatformPrefs(
            preferred_max_chars=p.integer("preferred_max_chars", low=1, high=100_000),
            max_hashtags=p.integer("max_hashtags", low=0, high=1000),
            max_links=p.integer("max_links", low=0, high=1000),
            max_chars=p.integer("max_chars", low=1, high=1_000_000),
            fold_chars=p.integer("fold_chars", low=1, high=100_000),
            fold_lines=p.integer("fold_lines", low=1, high=1000),
        )
    return MappingProxyType(prefs)


def _per_language_map(r: Reader | None) -> Mapping[str, Mapping[str, str]]:
    if r is None:
        return MappingProxyType({})
    r.allow_keys(set(LANGS))
    out: dict[str, Mapping[str, str]] = {}
    for lang in LANGS:
        table = r.string_map(lang)
        if table:
            out[lang] = MappingProxyType(table)
    return MappingProxyType(out)


def _per_language_list(r: Reader | None) -> Mapping[str, tuple[str, ...]]:
    if r is None:
        return MappingProxyType({})
    r.allow_keys(set(LANGS))
    return MappingProxyType({lang: words for lang in LANGS if (words := r.string_list(lang))})


def _jargon(r: Reader | None) -> JargonStyle:
    if r is None:
        return JargonStyle()
    r.allow_keys({"extra", "allow", "max_sentence_words"})
    return JargonStyle(extra=_per_language_map(r.table("extra")),
                       allow=r.string_list("allow") or (),
                       max_sentence_words=r.integer("max_sentence_words", low=5, high=500))


def _tone(r: Reader | None) -> ToneStyle:
    if r is None:
        return ToneStyle()
    r.allow_keys({"threshold", "cooling_off_minutes"})
    threshold = r.integer("threshold", low=0, high=100)
    cooling = r.integer("cooling_off_minutes", low=0, high=10_080)
    return ToneStyle(threshold=50 if threshold is None else threshold,
                     cooling_off_minutes=30 if cooling is None else cooling)


def _promotion(r: Reader | None) -> PromotionStyle:
    if r is None:
        return PromotionStyle()
    r.allow_keys({"threshold", "extra_terms"})
    threshold = r.integer("threshold", low=0, high=100)
    return PromotionStyle(threshold=50 if threshold is None else threshold,
                          extra_terms=_per_language_list(r.table("extra_terms")))


def _workflow(r: Reader | None) -> WorkflowStyle:
    if r is None:
        return WorkflowStyle()
    r.allow_keys({"self_approval"})
    return WorkflowStyle(self_approval=bool(r.boolean("self_approval")))


def _grammar(r: Reader | None) -> GrammarStyle:
    if r is None:
        return GrammarStyle()
    r.allow_keys({"disabled_categories", "disabled_rules", "dictionary"})
    return GrammarStyle(disabled_categories=r.string_list("disabled_categories") or (),
                        disabled_rules=r.string_list("disabled_rules") or (),
                        dictionary=r.string_list("dictionary") or ())


def _rules(r: Reader | None) -> Mapping[str, RuleOverride]:
    if r is None:
        return MappingProxyType({})
    out: dict[str, RuleOverride] = {}
    for rule_id in r.names():
        sub = r.table(rule_id)
        if sub is None:
            continue
        if not _looks_like_rule_id(rule_id):
            r.problem(rule_id, "a rule id is dotted, like \"tone.absolutes\"")
            continue
        unknown = unknown_rule_problem(rule_id)
        if unknown is not None:
            r.problem(rule_id, unknown)
            continue
        sub.allow_keys({"severity"})
        severity = sub.string("severity", required=True, choices=SEVERITIES)
        if severity:
            out[rule_id] = RuleOverride(severity=severity)
    return MappingProxyType(out)


def _looks_like_rule_id(rule_id: str) -> bool:
    parts = rule_id.split(".")
    return len(parts) >= 2 and all(p and all(c.isalnum() or c in "_-" for c in p)
                                   for p in parts)


def as_plain(data: Any) -> Any:
    """A TOML value made of plain dicts/lists (used by tests and the GUI's raw tab)."""
    if isinstance(data, Mapping):
        return {k: as_plain(v) for k, v in data.items()}
    if isinstance(data, list | tuple):
        return [as_plain(v) for v in data]
    return data
