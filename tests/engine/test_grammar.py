"""Grammar through the real language-tool-python client, against the loopback stand-in."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from flegme.engine.checks.grammar import GrammarService, GrammarSettings
from flegme.engine.engine import Engine
from flegme.engine.report import Severity
from flegme.style.loader import default_style, parse_style
from tests.lt_standin import StandInLanguageTool

STYLE = default_style()


@pytest.fixture
def standin() -> Iterator[StandInLanguageTool]:
    server = StandInLanguageTool()
    yield server
    server.stop()


@pytest.fixture
def service(standin: StandInLanguageTool) -> Iterator[GrammarService]:
    svc = GrammarService(GrammarSettings(backend="server", server_url=standin.url,
                                         timeout_s=2.0))
    yield svc
    svc.close()


def spans(text: str, result_findings: tuple) -> list[str]:  # type: ignore[type-arg]
    return [text[f.start:f.end] for f in result_findings]


def test_findings_with_offsets_after_and_inside_emoji(service: GrammarService) -> None:
    text = "🚲👨‍👩‍👧 I will recieve teh parts 🔧 definately."
    result = service.check(text, "en", STYLE)
    assert result.skipped is None
    assert spans(text, result.findings) == ["recieve", "teh", "definately"]
    first = result.findings[0]
    assert first.rule == "grammar.MORFOLOGIK_RULE_EN_US"
    assert first.category == "grammar" and first.severity is Severity.WARNING
    assert first.suggestions == ("receive",)
    assert first.message == "Spelling mistake"


def test_french_and_accents(service: GrammarService) -> None:
    text = "Nous allons reparrer le vélô 😀  demain."
    result = service.check(text, "fr", STYLE)
    assert spans(text, result.findings) == ["reparrer", "vélô", "  "]


def test_old_servers_plain_string_replacements(service: GrammarService,
                                                standin: StandInLanguageTool) -> None:
    standin.behaviour.mode = "old_format"
    result = service.check("Read teh note.", "en", STYLE)
    assert result.findings[0].suggestions == ("the",)
    assert result.findings[0].message == "Possible spelling mistake found."


def test_disabled_rules_and_categories_reach_the_server(service: GrammarService,
                                                        standin: StandInLanguageTool) -> None:
    style = parse_style('schema = 1\n[grammar]\ndisabled_categories = ["TYPOS"]\n'
                        'disabled_rules = ["WHITESPACE_RULE"]\n')
    result = service.check("teh  end", "en", style)
    assert result.findings == ()
    sent = standin.behaviour.requests[-1]
    assert sent["disabledCategories"] == "TYPOS" and sent["disabledRules"] == "WHITESPACE_RULE"


def test_house_dictionary_names_and_hashtags_are_never_misspelt(
        service: GrammarService) -> None:
    style = parse_style('schema = 1\n[organisation]\nname = "Flegmatix"\n')
    text = "Flegmatix says hi #teh @teh and teh end."
    result = service.check(text, "en", style)
    assert spans(text, result.findings) == ["teh"]
    assert result.findings[0].start == text.rindex("teh")
    style = parse_style('schema = 1\n[grammar]\ndictionary = ["teh"]\n')
    assert service.check("teh", "en", style).findings == ()


def test_rule_overrides_apply_to_grammar(service: GrammarService) -> None:
    style = parse_style('schema = 1\n[rules."grammar.WHITESPACE_RULE"]\nseverity = "off"\n')
    engine = Engine(style)
    text = "Read teh  note."
    report = engine.check(text, (), "en")
    result = service.check(text, "en", style)
    merged = engine.merge(report, result.findings)
    assert [f.rule for f in merged.findings if f.category == "grammar"] == [
        "grammar.MORFOLOGIK_RULE_EN_US"]


@pytest.mark.parametrize(("mode", "reason"), [("die", "cannot be reached"),
                                              ("malformed", "cannot read"),
                                              ("http500", "cannot read")])
def test_failures_become_reasons_and_later_calls_retry(
        service: GrammarService, standin: StandInLanguageTool, mode: str, reason: str) -> None:
    standin.behaviour.mode = mode
    result = service.check("teh", "en", STYLE)
    assert result.findings == () and result.skipped and reason in result.skipped
    standin.behaviour.mode = "normal"
    assert [f.rule for f in service.check("teh", "en", STYLE).findings] == [
        "grammar.MORFOLOGIK_RULE_EN_US"]


def test_timeout(standin: StandInLanguageTool) -> None:
    standin.behaviour.gate = threading.Event()  # never released during the call
    svc = GrammarService(GrammarSettings(backend="server", server_url=standin.url,
                                         timeout_s=0.5))
    result = svc.check("teh", "en", STYLE)
    assert result.skipped and "did not answer within 0.5 s" in result.skipped
    standin.behaviour.gate.set()
    svc.close()


def test_unreachable_server() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed again: nobody listens there
    svc = GrammarService(GrammarSettings(backend="server",
                                         server_url=f"http://127.0.0.1:{port}/", timeout_s=1))
    result = svc.check("teh", "en", STYLE)
    assert result.findings == () and result.skipped and "cannot be reached" in result.skipped


def test_off_and_local_without_languagetool_say_why() -> None:
    assert GrammarService(GrammarSettings()).check("teh", "en", STYLE).skipped == \
        "Grammar checking is off."
    local = GrammarService(GrammarSettings(backend="local"))
    skipped = local.check("teh", "en", STYLE).skipped
    assert skipped and ("not downloaded" in skipped or "Java" in skipped)


def test_parallel_checks_give_the_same_offsets_as_serial(service: GrammarService) -> None:
    texts = [f"{'🚲' * i} teh {'é' * i} recieve {'👨‍👩‍👧' * (i % 3)} teh" for i in range(12)]
    serial = [service.check(t, "en", STYLE).findings for t in texts]
    with ThreadPoolExecutor(max_workers=6) as pool:
        parallel = list(pool.map(lambda t: service.check(t, "en", STYLE).findings, texts))
    assert parallel == serial
    for text, found in zip(texts, serial, strict=True):
        typos = tuple(f for f in found if f.rule.startswith("grammar.MORFOLOGIK"))
        assert spans(text, typos) == ["teh", "recieve", "teh"]


def test_local_findings_do_not_wait_for_a_slow_grammar_server(
        service: GrammarService, standin: StandInLanguageTool) -> None:
    standin.behaviour.gate = threading.Event()  # the server holds every answer
    engine = Engine(STYLE)
    text = "We will leverage teh synergies!!!"
    future = service.check_async(text, "en", STYLE)
    report = engine.check(text, ("x",), "en")  # local findings, while grammar is pending
    assert any(f.category == "jargon" for f in report.findings)
    assert not future.done()
    standin.behaviour.gate.set()
    merged = engine.merge(report, future.result(timeout=5).findings)
    assert any(f.category == "grammar" for f in merged.findings)


def test_cli_grammar_server(standin: StandInLanguageTool, tmp_path: object,
                            capsys: pytest.CaptureFixture[str]) -> None:
    from pathlib import Path

    from flegme.cli import main

    post = Path(str(tmp_path)) / "p.txt"
    post.write_text("We recieve bikes.", "utf-8")
    main(["check", str(post), "--lang", "en", "--grammar", "server", "--grammar-server",
          standin.url])
    out = capsys.readouterr().out
    assert "[grammar.MORFOLOGIK_RULE_EN_US]" in out and "suggestion: receive" in out
    standin.behaviour.mode = "die"
    main(["check", str(post), "--lang", "en", "--grammar", "server", "--grammar-server",
          standin.url])
    assert "note: Grammar skipped" in capsys.readouterr().out
