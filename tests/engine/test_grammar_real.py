"""Against a REAL LanguageTool, when one is configured:

    FLEGME_LT_SERVER=http://localhost:8081/  (a running LanguageTool server), or
    FLEGME_LT_DIR=/path/to/LanguageTool-6.x  (a local LanguageTool folder; needs Java 17+)

Skipped otherwise; pytest prints the reason in its summary (`-ra` is on)."""

from __future__ import annotations

import os

import pytest

from flegme.engine.checks.grammar import GrammarService, GrammarSettings
from flegme.style.loader import default_style

SERVER = os.environ.get("FLEGME_LT_SERVER", "")
LOCAL_DIR = os.environ.get("FLEGME_LT_DIR", "")
REASON = "no real LanguageTool configured: set FLEGME_LT_SERVER or FLEGME_LT_DIR"


@pytest.mark.real_languagetool
@pytest.mark.skipif(not (SERVER or LOCAL_DIR), reason=REASON)
def test_real_languagetool_finds_a_misspelling_after_an_emoji() -> None:
    settings = (GrammarSettings(backend="server", server_url=SERVER, timeout_s=60) if SERVER
                else GrammarSettings(backend="local", local_dir=LOCAL_DIR, timeout_s=60))
    service = GrammarService(settings)
    try:
        text = "🚲 We will recieve the parts tomorrow."
        result = service.check(text, "en", default_style())
        assert result.skipped is None, result.skipped
        assert "recieve" in [text[f.start:f.end] for f in result.findings]
        fr = service.check("Nous avons reparé les vélos.", "fr", default_style())
        assert fr.skipped is None and fr.findings
    finally:
        service.close()

