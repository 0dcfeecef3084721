"""Write what the house-style form shows back into the comms lead's TOML, in place (tomlkit):
every comment, blank line and key order the comms lead wrote survives, inside `[[values]]`
and `[rules]` too. The result is validated before it is returned. (tomlkit is imported when
first needed: the window starts without it.)"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

from flegme.errors import StyleError
from flegme.names import LANGUAGES, PLATFORMS
from flegme.style.loader import parse_style
from flegme.style.model import HouseStyle

PREF_KEYS = ("preferred_max_chars", "max_hashtags", "max_links")


def _frozen(data: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(data))


@dataclass(frozen=True, slots=True)
class ValueRow:
    """One organisation value as the form shows it."""

    name: str
    text: Mapping[str, str] = field(default_factory=lambda: _frozen({}))
    keywords: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _frozen({}))


@dataclass(frozen=True, slots=True)
class StyleForm:
    """Everything the form edits (what it shows is what is saved)."""

    organisation_name: str = ""
    default_language: str = "fr"
    mission: Mapping[str, str] = field(default_factory=lambda: _frozen({}))
    mission_keywords: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _frozen({}))
    vision: Mapping[str, str] = field(default_factory=lambda: _frozen({}))
    vision_keywords: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _frozen({}))
    tone_threshold: int = 50
    cooling_off_minutes: int = 30
    promotion_threshold: int = 50
    allow: tuple[str, ...] = ()
    banned: tuple[str, ...] = ()  # flagged in every language, no replacement offered
    jargon: Mapping[str, Mapping[str, str]] = field(default_factory=lambda: _frozen({}))
    rules: Mapping[str, str] = field(default_factory=lambda: _frozen({}))  # id -> severity
    values: tuple[ValueRow, ...] = ()
    platforms: Mapping[str, Mapping[str, int]] = field(default_factory=lambda: _frozen({}))

    @staticmethod
    def from_style(style: HouseStyle) -> StyleForm:
        """What the form shows for a loaded style."""
        banned = sorted({t for lang in LANGUAGES
                         for t, plain in style.jargon.extra.get(lang, {}).items() if not plain})
        jargon = {lang: {t: p for t, p in style.jargon.extra.get(lang, {}).items() if p}
                  for lang in LANGUAGES}
        mission, vision = style.mission, style.vision
        return StyleForm(
            organisation_name=style.organisation.name,
            default_language=style.organisation.default_language,
            mission=_frozen(dict(mission.text) if mission else {}),
            mission_keywords=_frozen(dict(mission.keywords) if mission else {}),
            vision=_frozen(dict(vision.text) if vision else {}),
            vision_keywords=_frozen(dict(vision.keywords) if vision else {}),
            tone_threshold=style.tone.threshold,
            cooling_off_minutes=style.tone.cooling_off_minutes,
            promotion_threshold=style.promotion.threshold,
            allow=tuple(style.jargon.allow), banned=tuple(banned),
            jargon=_frozen({k: _frozen(v) for k, v in jargon.items() if v}),
            rules=_frozen({k: v.severity for k, v in style.rules.items()}),
            values=tuple(ValueRow(v.name, _frozen(dict(v.text)), _frozen(dict(v.keywords)))
                         for v in style.values),
            platforms=_frozen({name: _frozen({k: getattr(p, k) for k in PREF_KEYS
                                              if getattr(p, k) is not None})
                               for name, p in style.platforms.items()}))


def _set(table: Any, key: str, value: Any) -> None:
    """Set a key only when its value changes (an unchanged line keeps its exact text)."""
    if key not in table or _plain(table[key]) != value:
        table[key] = value


def _drop(table: Any, key: str) -> None:
    if key in table:
        del table[key]


def _plain(item: Any) -> Any:
    return item.unwrap() if hasattr(item, "unwrap") else item


def _set_or_drop(table: Any, key: str, value: Any) -> None:
    if value in ("", [], {}, None):
        _drop(table, key)
    else:
        _set(table, key, value)


def _table(parent: Any, key: str) -> Any:
    import tomlkit

    if key not in parent:
        parent[key] = tomlkit.table()
    return parent[key]


def _texts(table: Any, texts: Mapping[str, str],
           keywords: Mapping[str, tuple[str, ...]]) -> None:
    for lang in LANGUAGES:
        _set_or_drop(table, lang, texts.get(lang, "").strip())
    kw = [(lang, list(keywords.get(lang, ()))) for lang in LANGUAGES]
    if any(words for _, words in kw):
        holder = _table(table, "keywords")
        for lang, words in kw:
            _set_or_drop(holder, lang, words)
    else:
        _drop(table, "keywords")


def _statement(doc: Any, key: str, texts: Mapping[str, str],
               keywords: Mapping[str, tuple[str, ...]]) -> None:
    if not any(t.strip() for t in texts.values()) and not any(keywords.values()):
        _drop(doc, key)
        return
    _texts(_table(doc, key), texts, keywords)


def _values(doc: Any, rows: tuple[ValueRow, ...]) -> None:
    import tomlkit

    wanted = [r for r in rows if r.name.strip()]
    if not wanted:
        _drop(doc, "values")
        return
    if "values" not in doc:
        doc["values"] = tomlkit.aot()
    aot = doc["values"]
    existing = {str(_plain(t.get("name", ""))).casefold(): t for t in aot}
    kept = []
    for row in wanted:
        table = existing.pop(row.name.strip().casefold(), None)
        if table is None:
            table = tomlkit.table()
            table["name"] = row.name.strip()
        _set(table, "name", row.name.strip())
        _texts(table, row.text, row.keywords)
        kept.append(table)
    # Keep the comms lead's tables (and their comments) in their order; new ones at the end.
    for index in reversed(range(len(aot))):
        if not any(aot[index] is t for t in kept):
            del aot[index]
    for table in kept:
        if not any(t is table for t in aot):
            aot.append(table)


def _jargon(doc: Any, form: StyleForm) -> None:
    jargon = _table(doc, "jargon")
    _set_or_drop(jargon, "allow", list(form.allow))
    merged = {lang: {**{t: "" for t in form.banned}, **dict(form.jargon.get(lang, {}))}
              for lang in LANGUAGES}
    if not any(merged.values()):
        _drop(jargon, "extra")
    else:
        extra = _table(jargon, "extra")
        for lang in LANGUAGES:
            if merged[lang] and lang in extra:
                _update_pairs(extra[lang], merged[lang])
            elif merged[lang]:
                extra[lang] = _inline(merged[lang])
            else:
                _drop(extra, lang)
    if not len(jargon):
        _drop(doc, "jargon")


def _update_pairs(table: Any, pairs: Mapping[str, str]) -> None:
    """Change a (dotted or inline) table's pairs in place: its comments and layout stay."""
    for key in [k for k in table if k not in pairs]:
        del table[key]
    for key, value in pairs.items():
        _set(table, key, value)


def _inline(pairs: Mapping[str, str]) -> Any:
    import tomlkit

    table = tomlkit.inline_table()
    table.update(pairs)
    return table


def _rules(doc: Any, rules: Mapping[str, str]) -> None:
    import tomlkit

    if not rules:
        _drop(doc, "rules")
        return
    if "rules" not in doc:
        doc["rules"] = tomlkit.table(is_super_table=True)
    table = doc["rules"]
    for rule_id in [k for k in table if k not in rules]:
        del table[rule_id]
    for rule_id, severity in rules.items():
        _set(_table(table, rule_id), "severity", severity)


def _platforms(doc: Any, prefs: Mapping[str, Mapping[str, int]]) -> None:
    import tomlkit

    if not any(prefs.values()):
        _drop(doc, "platforms")
        return
    if "platforms" not in doc:
        doc["platforms"] = tomlkit.table(is_super_table=True)
    table = doc["platforms"]
    for name in PLATFORMS:
        wanted = prefs.get(name, {})
        if not wanted:
            _drop(table, name)
            continue
        sub = _table(table, name)
        for key in PREF_KEYS:
            _set_or_drop(sub, key, wanted.get(key))


def write_form(toml_text: str, form: StyleForm, source: str = "house style") -> str:
    """`toml_text` with what the form changed written in (nothing else is touched: comments,
    layout and keys the form does not show stay); raises StyleError when the text is not a
    valid house style, before or after."""
    import tomlkit
    from tomlkit.exceptions import TOMLKitError

    try:
        doc = tomlkit.parse(toml_text)
    except TOMLKitError as exc:
        raise StyleError(f"the TOML does not parse ({exc}); fix it before using the form",
                         path=source) from None
    before = StyleForm.from_style(parse_style(toml_text, source))

    def changed(*names: str) -> bool:
        return any(getattr(form, n) != getattr(before, n) for n in names)

    if "schema" not in doc:
        doc["schema"] = 1
    if changed("organisation_name", "default_language"):
        org = _table(doc, "organisation")
        _set_or_drop(org, "name", form.organisation_name.strip())
        _set(org, "default_language", form.default_language)
    if changed("mission", "mission_keywords"):
        _statement(doc, "mission", form.mission, form.mission_keywords)
    if changed("vision", "vision_keywords"):
        _statement(doc, "vision", form.vision, form.vision_keywords)
    if changed("values"):
        _values(doc, form.values)
    if changed("platforms"):
        _platforms(doc, form.platforms)
    if changed("allow", "banned", "jargon"):
        _jargon(doc, form)
    if changed("tone_threshold", "cooling_off_minutes"):
        tone = _table(doc, "tone")
        _set(tone, "threshold", form.tone_threshold)
        _set(tone, "cooling_off_minutes", form.cooling_off_minutes)
    if changed("promotion_threshold"):
        _set(_table(doc, "promotion"), "threshold", form.promotion_threshold)
    if changed("rules"):
        _rules(doc, form.rules)
    text = tomlkit.dumps(doc)
    parse_style(text, source)
    return text
