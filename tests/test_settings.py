"""Settings persist in a JSON file, survive damage, and hold no secrets."""

from __future__ import annotations

from flegme.settings import Settings, load_settings, save_settings, settings_path


def test_defaults_then_round_trip() -> None:
    assert load_settings() == Settings()
    chosen = Settings().with_changes(grammar_backend="server",
                                     grammar_server_url="http://127.0.0.1:8010",
                                     ui_language="fr", role="assistant")
    save_settings(chosen)
    assert load_settings() == chosen
    assert "apiKey" not in settings_path().read_text()


def test_damaged_file_gives_defaults() -> None:
    save_settings(Settings())
    settings_path().write_text("{not json", encoding="utf-8")
    assert load_settings() == Settings()


def test_bad_values_are_replaced_by_defaults() -> None:
    settings_path().parent.mkdir(parents=True, exist_ok=True)
    settings_path().write_text('{"grammar_backend": "cloud", "role": 3, "ui_language": "de",'
                               ' "grammar_timeout_s": 5}', encoding="utf-8")
    loaded = load_settings()
    assert loaded.grammar_backend == "off" and loaded.role == "leader"
    assert loaded.ui_language == "" and loaded.grammar_timeout_s == 5.0
