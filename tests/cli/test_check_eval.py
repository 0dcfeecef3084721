"""`flegme check` and `flegme eval`: outputs and exit codes."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from flegme.cli import main
from flegme.resources import resource_path
from tests.engine.conftest import CORPUS


def flegme(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "flegme", *args], input=stdin,
                          capture_output=True, text=True, timeout=120)


def test_check_sample_text_output_and_exit_code() -> None:
    result = flegme("check", str(resource_path("samples", "post-en.txt")), "--platform", "x")
    assert result.returncode == 1  # over X's limit: an error-level finding
    assert "post-en.txt:1:" in result.stdout and "[tone.shouting]" in result.stdout
    assert "x: " in result.stdout and "OVER" in result.stdout


def test_check_clean_post_exits_zero(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    post = tmp_path / "calm.txt"
    post.write_text("Nous avons réparé douze vélos ce matin avec nos apprentis.", "utf-8")
    assert main(["check", str(post), "--platform", "mastodon"]) == 0
    assert "mastodon: " in capsys.readouterr().out


def test_check_json_holds_the_whole_report(capsys: pytest.CaptureFixture[str],
                                           tmp_path: Path) -> None:
    post = tmp_path / "p.txt"
    post.write_text("We will leverage synergies 🚀", "utf-8")
    main(["check", str(post), "--format", "json", "-p", "x", "--lang", "en"])
    data = json.loads(capsys.readouterr().out)
    assert data["language"] == "en"
    assert {"impulsive", "promotional", "jargon", "values_linked", "over_limit"} <= set(
        data["verdicts"])
    assert data["findings"][0]["rule"].startswith("jargon.")


def test_check_reads_stdin() -> None:
    result = flegme("check", "-", "--lang", "en", stdin="They NEVER answer!!!")
    assert "<stdin>:1:" in result.stdout


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["check", "does-not-exist.txt"], "no such file"),
        (["check", "-p", "myspace", "x.txt"], "invalid choice"),
        (["check", "--lang", "de", "x.txt"], "invalid choice"),
    ],
)
def test_usage_and_input_errors_exit_2(args: list[str], message: str) -> None:
    result = flegme(*args)
    assert result.returncode == 2
    assert message in result.stderr


def test_bad_style_and_bad_encoding_exit_2(tmp_path: Path) -> None:
    style = tmp_path / "style.toml"
    style.write_text("schema = 1\n[tone]\ntreshold = 40\n", "utf-8")
    post = tmp_path / "p.txt"
    post.write_bytes("Caf\xe9".encode("latin-1"))
    result = flegme("check", str(post), "--style", str(style))
    assert result.returncode == 2 and "line 3" in result.stderr and "treshold" in result.stderr
    result = flegme("check", str(post))
    assert result.returncode == 2 and "not UTF-8" in result.stderr


@pytest.mark.skipif(not (CORPUS / "dev.jsonl").is_file(), reason="shared corpus not present")
def test_eval_on_the_dev_corpus(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["eval", str(CORPUS / "dev.jsonl"), "--style", str(CORPUS / "house-style.toml"),
                 "--format", "json", "--min-f1", "0.85"])
    data = json.loads(capsys.readouterr().out)
    assert set(data["verdicts"]) == {"impulsive", "promotional", "jargon", "values_linked",
                                     "over_limit"}
    assert data["verdicts"]["over_limit"]["f1"] == 1.0
    assert code == 0, data["verdicts"]


def test_eval_rejects_a_broken_corpus(tmp_path: Path) -> None:
    corpus = tmp_path / "c.jsonl"
    corpus.write_text('{"id": "a", "text": "x", "platform": "x"}\nnot json\n', "utf-8")
    result = flegme("eval", str(corpus))
    assert result.returncode == 2 and "line 2" in result.stderr


def test_version() -> None:
    result = flegme("--version")
    assert result.returncode == 0 and result.stdout.startswith("flegme ")


def test_check_summary_names_the_verdicts(capsys: pytest.CaptureFixture[str],
                                          tmp_path: Path) -> None:
    post = tmp_path / "p.txt"
    post.write_text("They NEVER listen!!! Useless people.", "utf-8")
    main(["check", str(post), "--lang", "en"])
    out = capsys.readouterr().out
    assert "verdicts: impulsive" in out
    post.write_text("We repaired twelve bikes this morning.", "utf-8")
    main(["check", str(post), "--lang", "en"])
    assert "verdicts: nothing flagged" in capsys.readouterr().out


def _corpus(tmp_path: Path) -> Path:
    posts = [
        {"id": "calm", "lang": "en", "platform": "x", "text": "We fixed forty bikes today.",
         "impulsive": False, "over_limit": False},
        {"id": "angry", "lang": "en", "platform": "x",
         "text": "They NEVER answer!!! What a useless, lying bunch.",
         "impulsive": True, "over_limit": False},
        {"id": "long", "lang": "fr", "platform": "x", "text": "Nous réparons des vélos. " * 20,
         "impulsive": False, "over_limit": True},
        {"id": "mislabelled", "lang": "en", "platform": "x",
         "text": "A quiet thank-you to our volunteers.", "impulsive": True},
    ]
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps(p) for p in posts) + "\n", "utf-8")
    return corpus


def test_eval_scores_each_verdict_and_lists_misses(capsys: pytest.CaptureFixture[str],
                                                   tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    assert main(["eval", str(corpus), "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    impulsive = data["verdicts"]["impulsive"]
    assert (impulsive["tp"], impulsive["fn"], impulsive["fp"], impulsive["tn"]) == (1, 1, 0, 2)
    assert impulsive["recall"] == 0.5 and impulsive["precision"] == 1.0
    assert data["verdicts"]["over_limit"]["f1"] == 1.0
    assert data["misses"] == [{"id": "mislabelled", "verdict": "impulsive", "expected": True,
                               "got": False, "excerpt": "A quiet thank-you to our volunteers."}]
    assert main(["eval", str(corpus), "--min-f1", "0.9"]) == 1
    out = capsys.readouterr().out
    assert "impulsive" in out and "mislabelled impulsive: missed" in out
