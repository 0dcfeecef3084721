"""The house style's last word: severity overrides, `off`, and the allow list."""

from __future__ import annotations

from flegme.engine.report import Finding, Severity
from flegme.engine.rules import StyleRules, apply_style
from flegme.engine.text import Document
from flegme.style.loader import parse_style


def finding(rule: str, start: int, end: int, severity: Severity = Severity.WARNING) -> Finding:
    return Finding(rule, rule.split(".")[0], severity, start, end, "msg")


def span_of(text: str, part: str) -> tuple[int, int]:
    start = text.index(part)
    return start, start + len(part)


def test_rule_override_rerates_and_off_drops() -> None:
    style = parse_style('schema = 1\n[rules."tone.shouting"]\nseverity = "error"\n'
                        '[rules."jargon.term"]\nseverity = "off"\n')
    out = apply_style([finding("tone.shouting", 0, 4), finding("jargon.term", 5, 9),
                       finding("promotion.hype", 10, 12)], "LOUD word and more", style)
    assert [(f.rule, f.severity) for f in out] == [("tone.shouting", Severity.ERROR),
                                                   ("promotion.hype", Severity.WARNING)]


def test_an_override_touches_its_rule_not_its_siblings() -> None:
    style = parse_style('schema = 1\n[rules."tone.threat"]\nseverity = "error"\n')
    out = apply_style([finding("tone.shouting", 0, 1), finding("tone.threat", 0, 1),
                       finding("tone.threats", 0, 1)], "x", style)
    assert [f.severity for f in out] == [Severity.WARNING, Severity.ERROR, Severity.WARNING]


def test_allowed_phrase_silences_findings_inside_it_only() -> None:
    style = parse_style('schema = 1\n[jargon]\nallow = ["Business Unit Sud"]\n')
    text = "La business unit sud recrute ; chaque business unit aussi."
    inside = span_of(text, "business unit")
    outside_start = text.index("business unit", inside[1])
    out = apply_style([finding("jargon.anglicism", *inside),
                       finding("jargon.anglicism", outside_start, outside_start + 13)],
                      text, style)
    assert [f.start for f in out] == [outside_start]


def test_allow_list_folds_case_and_accents() -> None:
    style = parse_style('schema = 1\n[jargon]\nallow = ["Équipe Élan"]\n')
    text = "Merci à l'EQUIPE ELAN pour ce lancement."
    out = apply_style([finding("jargon.term", *span_of(text, "ELAN"))], text, style)
    assert out == ()


def test_allow_list_matches_whole_words_only() -> None:
    style = parse_style('schema = 1\n[jargon]\nallow = ["CSR"]\n')
    text = "Our CSRD report and our CSR team."
    csrd = finding("jargon.acronym", *span_of(text, "CSRD"))
    csr = finding("jargon.acronym", *span_of(text, "CSR team")[:1], text.index("CSR team") + 3)
    assert apply_style([csrd, csr], text, style) == (csrd,)


def test_a_finding_wider_than_the_allowed_phrase_stays() -> None:
    style = parse_style('schema = 1\n[jargon]\nallow = ["Business Unit Sud"]\n')
    text = "Bravo à la Business Unit Sud, vraiment."
    sentence = finding("jargon.long_sentence", 0, len(text))
    assert apply_style([sentence], text, style) == (sentence,)


def test_allowed_spans_are_found_per_document() -> None:
    rules = StyleRules(parse_style('schema = 1\n[jargon]\nallow = ["open books", "KPI"]\n'))
    doc = Document.analyse("Open-books policy: our KPI, open   books.", "en")
    assert [doc.text[s:e] for s, e in rules.allowed_spans(doc)] == ["Open-books", "KPI",
                                                                      "open   books"]
    assert StyleRules(parse_style("schema = 1\n")).allowed_spans(doc) == []


def test_many_allowed_names_silence_exactly_the_findings_inside_them() -> None:
    # 300 occurrences of the allowed name and 600 findings: inside one name, straddling a
    # name's end, or between names (the lookup is a binary search, not a scan per finding).
    style = parse_style('schema = 1\n[jargon]\nallow = ["Business Unit Sud", "KPI"]\n')
    text = " ".join(["La Business Unit Sud et nos KPI, puis la business unit."] * 300)
    names = [i for i in range(len(text)) if text.startswith("Business Unit Sud", i)]
    inside = [finding("jargon.anglicism", i, i + 13) for i in names]
    straddling = [finding("jargon.term", i + 9, i + 20) for i in names]
    between = [finding("jargon.anglicism", i, i + 13) for i in range(len(text))
               if text.startswith("business unit.", i)]
    out = apply_style([*inside, *straddling, *between], text, style)
    assert len(names) == 300 and len(between) == 300
    assert set(out) == {*straddling, *between}
