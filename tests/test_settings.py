"""Settings persist in a JSON file, survive damage, and hold no secrets."""

from __future__ import annotations

import json
import logging

import pytest

from flegme.settings import (
    Settings,
    load_settings,
    load_settings_checked,
    save_settings,
    settings_path,
)


def test_defaults_then_round_trip() -> None:
    assert load_settings() == Settings()
    chosen = Settings().with_changes(grammar_backend="server",
                                     grammar_server_url="http://127.0.0.1:8010",
                                     ui_language="fr", role="assistant",
                                     vault_path="/tmp/vault é.db")
    save_settings(chosen)
    assert load_settings() == chosen
    assert "apiKey" not in settings_path().read_text()
    assert [p.name for p in settings_path().parent.iterdir()] == ["settings.json"]  # no temp


def test_the_file_lives_in_flegme_config_dir(tmp_path: object,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FLEGME_CONFIG_DIR", str(tmp_path))
    save_settings(Settings(role="comms_lead"))
    assert json.loads((settings_path()).read_text())["role"] == "comms_lead"
    assert str(settings_path()).startswith(str(tmp_path))


def test_damaged_file_gives_defaults_a_warning_and_is_kept_aside(
        caplog: pytest.LogCaptureFixture) -> None:
    save_settings(Settings())
    settings_path().write_text("{not json", encoding="utf-8")
    with caplog.at_level(logging.WARNING, logger="flegme.settings"):
        settings, problem = load_settings_checked()
    assert settings == Settings()
    assert problem and "could not be read" in problem and "settings.json.damaged" in problem
    assert "could not be read" in caplog.text
    assert settings_path().with_name("settings.json.damaged").read_text() == "{not json"
    assert load_settings_checked() == (Settings(), None)  # the next start is quiet


@pytest.mark.parametrize("content", [b"[1, 2]", b"\xff\xfe\x00garbage", b""])
def test_other_damage_never_raises(content: bytes) -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_bytes(content)
    assert load_settings() == Settings()


def test_bad_values_are_replaced_by_defaults() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('{"grammar_backend": "cloud", "role": 3, "ui_language": "de",'
                               ' "grammar_timeout_s": 5, "vault_path": true,'
                               ' "unknown": 1}', encoding="utf-8")
    loaded = load_settings()
    assert loaded.grammar_backend == "off" and loaded.role == "leader"
    assert loaded.ui_language == "" and loaded.grammar_timeout_s == 5.0
    assert loaded.vault_path == Settings().vault_path
