"""`flegme check`: check a post from a file or standard input."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from flegme.engine.line_map import LineMap
from flegme.engine.platform_count import platform_rules
from flegme.engine.report import Report
from flegme.errors import InputError
from flegme.names import LANGUAGES
from flegme.style.model import HouseStyle

MAX_INPUT_BYTES = 5_000_000


def register(sub: Any) -> None:
    """Add the `check` subcommand."""
    parser: argparse.ArgumentParser = sub.add_parser(
        "check", help="check a post", description="Check a post and list what to fix.")
    parser.add_argument("file", nargs="?", default="-", metavar="FILE|-",
                        help="the post (a UTF-8 text file), or - for standard input")
    parser.add_argument("--platform", "-p", action="append", default=[], metavar="P",
                        choices=list(platform_rules()),
                        help="target platform (repeat for several): %(choices)s")
    parser.add_argument("--lang", choices=(*LANGUAGES, "auto"), default="auto")
    parser.add_argument("--style", metavar="FILE", help="house-style TOML file")
    parser.add_argument("--format", choices=("text", "json"), default="text")
    parser.add_argument("--grammar", choices=("local", "server", "off"), default=None,
                        help="grammar and spelling through LanguageTool (default: settings)")
    parser.add_argument("--grammar-server", metavar="URL",
                        help="LanguageTool server address for --grammar server")
    parser.add_argument("--save", action="store_true",
                        help="store the post and its report as a draft in the vault")
    parser.add_argument("--title", help="title of the saved draft (default: first words)")
    parser.add_argument("--vault", metavar="PATH", help="vault file for --save")
    parser.add_argument("--recovery-key", metavar="KEY", help=argparse.SUPPRESS)
    parser.set_defaults(func=run)


def read_input(name: str) -> str:
    """The post's text from a file or stdin; clear errors for unreadable input."""
    try:
        if name == "-":
            if sys.stdin is None:  # Python's stdin when file descriptor 0 is closed
                raise InputError("standard input is closed: give the post as a file, or "
                                 "pipe it in") from None
            raw = sys.stdin.buffer.read(MAX_INPUT_BYTES + 1)
        else:
            with open(name, "rb") as handle:  # at most the cap + 1 byte, whatever the file
                raw = handle.read(MAX_INPUT_BYTES + 1)
    except FileNotFoundError:
        raise InputError(f"{name}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{name}: is a folder, not a text file") from None
    except OSError as exc:
        raise InputError(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(f"{name}: larger than {MAX_INPUT_BYTES // 1_000_000} MB; "
                         "a post is much shorter")
    try:
        return raw.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 text (byte {exc.start})") from None


def load_style_arg(path: str | None) -> HouseStyle:
    """The house style named on the command line, or the default one."""
    from flegme.style.loader import default_style, load_style

    return load_style(path) if path else default_style()


def run(args: argparse.Namespace) -> int:
    """Check the post; exit 1 when a finding is at error level."""
    from flegme.engine.engine import Engine

    style = load_style_arg(args.style)
    text = read_input(args.file)
    engine = Engine(style)
    report = engine.check(text, args.platform, args.lang)
    report = add_grammar(args, engine, report)
    print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
          if args.format == "json" else render_text(report, args.file))
    if args.save:
        save_draft(args, report)
    return 1 if report.has_errors else 0


def add_grammar(args: argparse.Namespace, engine: Any, report: Report) -> Report:
    """Grammar findings from LanguageTool when asked (on the command line or in settings);
    nothing of LanguageTool is imported when grammar is off."""
    from flegme.grammar_setup import backend_for_cli, grammar_settings
    from flegme.settings import load_settings

    settings = load_settings()
    backend = backend_for_cli(settings, args.grammar, args.grammar_server)
    if backend == "off":
        return report
    from flegme.engine.checks.grammar import GrammarService

    service = GrammarService(grammar_settings(settings, backend, args.grammar_server))
    try:
        result = service.check(report.text, report.language, engine.style)
    finally:
        service.close()
    notes = [result.skipped] if result.skipped else []
    return engine.merge(report, result.findings, notes)  # type: ignore[no-any-return]


def save_draft(args: argparse.Namespace, report: Report) -> None:
    """Store the checked post as a new draft with its report (`--save`)."""
    from flegme.cli.vault_cmd import open_vault
    from flegme.review.identity import Identity
    from flegme.review.models import Role
    from flegme.review.service import ReviewService
    from flegme.vault import VaultRepository

    title = args.title or " ".join(report.text.split()[:8]) or "Untitled"
    with open_vault(args) as vault:
        service = ReviewService(VaultRepository(vault), Identity.local(Role.LEADER),
                                clock=vault.clock)
        draft = service.create_draft(title=title, body=report.text, language=report.language,
                                     platforms=args.platform, report=report)
    print(f"Saved as draft #{draft.id} in {vault.path}", file=sys.stderr)


def render_text(report: Report, name: str) -> str:
    """Findings with line:column, then a summary of scores, verdicts and counts."""
    lines: list[str] = []
    label = "<stdin>" if name == "-" else name
    where = LineMap(report.text)
    counts = dict.fromkeys(("error", "warning", "info"), 0)
    for f in report.findings:
        severity = f.severity.value
        counts[severity] += 1
        line, column = where.line_column(f.start)
        excerpt = report.text[f.start:f.end].replace("\n", " ")
        if len(excerpt) > 40:
            excerpt = excerpt[:37] + "..."
        lines.append(f"{label}:{line}:{column}: {severity}: {f.message} [{f.rule}]")
        if excerpt:
            lines.append(f"    \"{excerpt}\"")
        if f.suggestions and f.suggestions[0]:
            lines.append(f"    suggestion: {f.suggestions[0]}")
    v, s = report.verdicts, report.scores
    lines.append("")
    lines.append(f"{counts['error']} error(s), {counts['warning']} warning(s), "
                 f"{counts['info']} note(s) — language: {report.language}")
    readability = "n/a" if s.readability is None else f"{s.readability:.0f}"
    lines.append(f"impulsivity {s.impulsivity}/100{' (impulsive)' if v.impulsive else ''}, "
                 f"promotion {s.promotion}/100{' (promotional)' if v.promotional else ''}, "
                 f"readability {readability}{', jargon' if v.jargon else ''}")
    flagged = [name for name, on in (("impulsive", v.impulsive), ("promotional", v.promotional),
                                     ("jargon", v.jargon), ("over limit", v.any_over_limit))
               if on]
    lines.append(f"verdicts: {', '.join(flagged) if flagged else 'nothing flagged'}")
    if v.values_linked:
        lines.append(f"linked to: {', '.join(v.linked_to)}")
    elif v.could_link_to:
        lines.append(f"not linked; could link to: {', '.join(v.could_link_to)}")
    else:
        lines.append("not linked to the mission, vision or values")
    for c in report.counts:
        flag = " OVER" if c.used > c.limit else ""
        lines.append(f"{c.platform}: {c.used}/{c.limit}{flag}")
    lines.extend(f"note: {n}" for n in report.notes)
    return "\n".join(lines)
