"""Which LanguageTool to use, decided at the edge: the user's settings, the command line's
options and the server's API key in the OS keyring become one `GrammarSettings` that the CLI
and the window hand to the engine's `GrammarService` (the engine reads none of them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from flegme.errors import InputError

if TYPE_CHECKING:
    from flegme.engine.checks.grammar import GrammarSettings
    from flegme.settings import Settings


def api_key_name(server_url: str) -> str:
    """The keyring name of a LanguageTool server's API key (flegme.secrets.set_secret)."""
    return f"languagetool:{server_url.strip()}"


def keyring_api_key(server_url: str) -> str | None:
    """The server's API key from the OS keyring, if any (None when the keyring is unusable)."""
    from flegme import secrets
    from flegme.errors import KeyringUnavailableError

    try:
        return secrets.get_secret(api_key_name(server_url))
    except KeyringUnavailableError:
        return None


def grammar_settings(settings: Settings, backend: str | None = None,
                     server_url: str | None = None) -> GrammarSettings:
    """The grammar configuration from the user's settings, `backend`/`server_url` winning
    when given. The API key is read from the keyring only when a server client starts."""
    from flegme.engine.checks.grammar import GrammarSettings

    url = server_url or settings.grammar_server_url
    return GrammarSettings(backend=backend or settings.grammar_backend, server_url=url,
                           local_dir=settings.grammar_local_dir,
                           timeout_s=settings.grammar_timeout_s,
                           api_key=lambda: keyring_api_key(url))


def backend_for_cli(settings: Settings, backend: str | None,
                    server_url: str | None) -> str:
    """The backend `flegme check --grammar ... [--grammar-server URL]` asks for (the
    settings' when not given). Raises InputError when a server is asked for without an
    address."""
    chosen = backend or settings.grammar_backend
    if chosen == "server" and not (server_url or settings.grammar_server_url):
        raise InputError("--grammar server needs --grammar-server URL (or a server in settings)")
    return chosen
