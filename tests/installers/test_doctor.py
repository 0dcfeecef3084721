"""`flegme doctor`: the run-time self-report the installers' smoke test relies on."""

from __future__ import annotations

import json

import pytest

from flegme.cli import build_parser, main
from flegme.cli.doctor_cmd import collect


def test_doctor_reports_sqlcipher_with_fts5_and_resources() -> None:
    report = collect(timeout=5.0)
    assert report["sqlcipher"]["cipher_version"], report["sqlcipher"]
    assert report["sqlcipher"]["fts5"] is True
    assert report["resources"]["dir"] and report["resources"]["icon"] is True
    assert "flegme_fr.qm" in report["resources"]["translations"]
    assert report["qt"]["version"].startswith("6.")
    assert report["frozen"] is False
    assert isinstance(report["keyring"]["usable"], bool) and report["keyring"]["detail"]


def test_doctor_json_exits_0_and_parses(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor", "--json", "--timeout", "5"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["sqlcipher"]["cipher_version"]


def test_doctor_text_output_lists_sections(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "sqlcipher.fts5: True" in out and "resources.dir: " in out


def test_doctor_is_hidden_from_the_help() -> None:
    helptext = build_parser().format_help()
    assert "doctor" not in helptext and "check" in helptext
