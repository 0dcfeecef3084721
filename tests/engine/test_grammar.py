"""Grammar through the real language-tool-python client, against the loopback stand-in."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor

import pytest

from flegme.engine.checks.grammar import GrammarResult, GrammarService, GrammarSettings
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


def test_emoji_inside_the_span(service: GrammarService) -> None:
    text = "👨‍👩‍👧 Ride a b👍ke 🚲 today."
    result = service.check(text, "en", STYLE)
    assert spans(text, result.findings) == ["b👍ke"]
    assert result.findings[0].suggestions == ("bike",)


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
                                              ("die_midway", "cannot be reached"),
                                              ("malformed", "cannot read"),
                                              ("wrong_shape", "cannot read"),
                                              ("http500", "answered with an error")])
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
    standin.behaviour.gate = None
    assert svc.check("teh", "en", STYLE).findings  # the next call tries again
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


def test_parallel_checks_give_the_same_results_as_serial(
        service: GrammarService, standin: StandInLanguageTool) -> None:
    # Different languages and house styles per call: without the per-client lock, one call's
    # language or disabled rules leak into another's request.
    quiet = parse_style('schema = 1\n[grammar]\ndisabled_rules = ["WHITESPACE_RULE"]\n')
    jobs = [(f"{'🚲' * i} teh  {'é' * i} recieve {'👨‍👩‍👧' * (i % 3)} teh",
             "en" if i % 2 else "fr", quiet if i % 3 else STYLE) for i in range(24)]

    def run(job: tuple[str, str, object]) -> tuple:  # type: ignore[type-arg]
        text, lang, style = job
        return service.check(text, lang, style).findings  # type: ignore[arg-type]

    serial = [run(job) for job in jobs]
    standin.behaviour.delay_s = 0.01  # each answer takes a moment: calls would overlap
    with ThreadPoolExecutor(max_workers=8) as pool:
        parallel = list(pool.map(run, jobs))
    assert parallel == serial
    assert standin.behaviour.most_in_flight == 1  # one request at a time through the client
    for (text, lang, style), found in zip(jobs, serial, strict=True):
        typos = [f for f in found if f.rule.startswith("grammar.MORFOLOGIK")]
        assert spans(text, tuple(typos)) == ["teh", "recieve", "teh"]
        assert {f.rule.rsplit("_", 1)[-1] for f in typos} == {"US" if lang == "en" else "FR"}
        assert any(f.rule == "grammar.WHITESPACE_RULE" for f in found) == (style is STYLE)


def test_local_findings_do_not_wait_for_a_slow_grammar_server(
        service: GrammarService, standin: StandInLanguageTool) -> None:
    standin.behaviour.gate = threading.Event()  # the server holds every answer
    engine = Engine(STYLE)
    text = "We will leverage teh synergies!!!"
    future = service.check_async(text, "en", STYLE)
    assert standin.behaviour.entered.wait(10)  # the grammar request is at the server
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


def test_links_handles_and_hashtags_are_never_misspelt(service: GrammarService) -> None:
    text = "See https://teh.example.com/teh and @teh_team, then teh end."
    result = service.check(text, "en", STYLE)
    assert [f.start for f in result.findings] == [text.rindex("teh")]


def test_auto_language_is_sent_as_auto(service: GrammarService,
                                       standin: StandInLanguageTool) -> None:
    assert service.check("Read teh note.", "auto", STYLE).skipped is None
    assert standin.behaviour.requests[-1]["language"] == "auto"


def test_an_unknown_language_is_a_reason(service: GrammarService) -> None:
    skipped = service.check("Lies teh Notiz.", "de-DE", STYLE).skipped
    assert skipped and "does not check 'de-DE'" in skipped


def test_api_key_from_the_keyring_is_sent(standin: StandInLanguageTool,
                                          memory_keyring: object) -> None:
    from flegme import secrets
    from flegme.grammar_setup import api_key_name, grammar_settings
    from flegme.settings import Settings

    secrets.set_secret(api_key_name(standin.url), "k-123")
    svc = GrammarService(grammar_settings(Settings(), "server", standin.url))
    assert svc.check("teh", "en", STYLE).findings
    assert standin.behaviour.requests[-1]["apiKey"] == "k-123"
    svc.close()


def test_the_api_key_is_asked_for_once_when_the_client_starts(
        standin: StandInLanguageTool) -> None:
    asked: list[int] = []

    def key() -> str:
        asked.append(1)
        return "k-9"

    svc = GrammarService(GrammarSettings(backend="server", server_url=standin.url,
                                         api_key=key))
    assert asked == []  # not at construction (the window builds one at start-up)
    svc.check("teh", "en", STYLE)
    svc.check("teh two", "en", STYLE)
    assert asked == [1] and standin.behaviour.requests[-1]["apiKey"] == "k-9"
    svc.close()


def test_close_during_a_request_reports_a_reason_and_the_service_reopens(
        service: GrammarService, standin: StandInLanguageTool) -> None:
    standin.behaviour.gate = threading.Event()
    future = service.check_async("teh", "en", STYLE)
    assert standin.behaviour.entered.wait(10)
    service.close()  # the app quits while LanguageTool is busy: close() does not wait
    standin.behaviour.gate.set()
    assert isinstance(future.result(timeout=10).findings, tuple)  # never an exception
    standin.behaviour.gate = None
    assert service.check("teh", "en", STYLE).findings  # usable again afterwards


def test_at_exit_every_service_is_closed(standin: StandInLanguageTool) -> None:
    from flegme.engine.checks import grammar

    svc = GrammarService(GrammarSettings(backend="server", server_url=standin.url))
    svc.check_async("teh", "en", STYLE).result(timeout=10)
    assert svc._client is not None and svc._worker is not None
    grammar._close_all()
    assert svc._client is None and svc._worker is None


def test_grammar_options_for_the_cli() -> None:
    from flegme.errors import InputError
    from flegme.grammar_setup import backend_for_cli, grammar_settings
    from flegme.settings import Settings

    settings = Settings()
    assert backend_for_cli(settings, None, None) == "off"  # settings say off
    assert backend_for_cli(settings, "off", None) == "off"
    with pytest.raises(InputError, match="--grammar-server"):
        backend_for_cli(settings, "server", None)
    assert backend_for_cli(settings, "server", "http://127.0.0.1:9/") == "server"
    assert backend_for_cli(settings.with_changes(grammar_backend="server",
                                                 grammar_server_url="http://h/"),
                           None, None) == "server"
    chosen = grammar_settings(settings, "server", "http://127.0.0.1:9/")
    assert (chosen.backend, chosen.server_url) == ("server", "http://127.0.0.1:9/")
    assert grammar_settings(settings, "local").backend == "local"


def test_overtaken_and_stopped_requests_are_answered_not_run(
        service: GrammarService, standin: StandInLanguageTool) -> None:
    standin.behaviour.gate = threading.Event()
    first = service.check_async("teh one", "en", STYLE, latest_only=True)
    assert standin.behaviour.entered.wait(10)  # the first is at the server
    middle = service.check_async("teh two", "en", STYLE, latest_only=True)
    last = service.check_async("teh three", "en", STYLE, latest_only=True)
    standin.behaviour.gate.set()
    assert first.result(timeout=10).findings and last.result(timeout=10).findings
    assert middle.result(timeout=10).skipped == "A newer version of the text is being checked."
    assert [r["text"] for r in standin.behaviour.requests] == ["teh one", "teh three"]
    standin.behaviour.gate = threading.Event()
    standin.behaviour.entered.clear()
    busy = service.check_async("teh four", "en", STYLE)
    assert standin.behaviour.entered.wait(10)
    queued = service.check_async("teh five", "en", STYLE)
    service.close()
    standin.behaviour.gate.set()
    assert queued.result(timeout=10).skipped == "Grammar checking was stopped."
    assert isinstance(busy.result(timeout=10), GrammarResult)
    assert "teh five" not in [r["text"] for r in standin.behaviour.requests]



def test_language_tool_python_still_has_the_internals_flegme_uses(
        standin: StandInLanguageTool) -> None:
    from flegme.engine.checks import grammar_lt

    assert grammar_lt.missing_internals() == [], (
        "language_tool_python changed: update engine/checks/grammar_lt.py and the version "
        "bound in pyproject.toml")
    client = grammar_lt.server_client(standin.url, 5.0)
    try:
        assert [name for name in grammar_lt.INSTANCE_INTERNALS if not hasattr(client, name)] == []
        data = grammar_lt.query(client, "teh", "en-US", set(), set(), "k")
        assert data["matches"] and standin.behaviour.requests[-1]["apiKey"] == "k"
    finally:
        client.close()


def test_every_use_of_language_tool_python_is_in_the_adapter() -> None:
    from pathlib import Path

    import flegme

    root = Path(flegme.__file__).parent
    users = sorted(str(p.relative_to(root)) for p in root.rglob("*.py")
                   if "import language_tool_python" in p.read_text(encoding="utf-8")
                   or "from language_tool_python" in p.read_text(encoding="utf-8"))
    assert users == ["engine/checks/grammar_lt.py"]
