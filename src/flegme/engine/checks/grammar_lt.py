"""Every use of `language_tool_python`, private internals included, in one adapter.

The library has no public way to send one request with our timeout and an API key, to stop
it from trying ~900 ports when the JVM keeps failing, or to download LanguageTool with our own
progress and cancel. So this reaches into it, and only here: `INTERNALS` lists each private
name used, `missing_internals()` says which are gone, and a test fails loudly when an upgrade
removes one (pyproject.toml also bounds the version to those tested).
"""

from __future__ import annotations

import importlib
import urllib.parse
from collections.abc import Mapping
from typing import Any

MAX_PORT_TRIES = 3  # the library would try ~900 ports when the JVM keeps failing

# (module, attribute path) of everything private (or version-specific) this module uses.
INTERNALS: tuple[tuple[str, str], ...] = (
    ("language_tool_python", "LanguageTool._TIMEOUT"),
    ("language_tool_python", "LanguageTool._start_server_on_free_port"),
    ("language_tool_python", "LanguageTool._create_params"),
    ("language_tool_python", "LanguageTool._query_server"),
    ("language_tool_python", "LanguageTool._server_is_alive"),
    ("language_tool_python.download_lt", "LTP_DOWNLOAD_VERSION"),
    ("language_tool_python.download_lt", "LocalLanguageTool.from_version_name"),
    ("language_tool_python.download_lt", "_get_zip_hash"),
    ("language_tool_python.safe_zip", "SafeZipExtractor.extractall"),
)
# Set on each client by the library's constructor (checked on a live client by the tests).
# (`_available_ports`, on local clients only, is read with getattr: without it nothing breaks.)
INSTANCE_INTERNALS = ("_url",)


def missing_internals() -> list[str]:
    """The names in INTERNALS the installed language_tool_python no longer has."""
    missing = []
    for module_name, path in INTERNALS:
        try:
            found: Any = importlib.import_module(module_name)
            for part in path.split("."):
                found = getattr(found, part)
        except (ImportError, AttributeError):
            missing.append(f"{module_name}.{path}")
    return missing


def _client_class(timeout_s: float) -> type[Any]:
    """language_tool_python.LanguageTool with our request timeout (its default is 300 s) and
    a few ports tried, not hundreds."""
    import language_tool_python

    base: type[Any] = language_tool_python.LanguageTool

    def start_on_free_port(self: Any) -> None:
        ports = getattr(self, "_available_ports", None)
        if isinstance(ports, list):
            del ports[MAX_PORT_TRIES:]
        base._start_server_on_free_port(self)

    return type("FlegmeLanguageTool", (base,), {
        "_TIMEOUT": timeout_s, "_start_server_on_free_port": start_on_free_port})


def server_client(url: str, timeout_s: float) -> Any:
    """A client of the LanguageTool server at `url` (created for "auto": always valid)."""
    return _client_class(timeout_s)("auto", remote_server=url)


def local_client(version: str, timeout_s: float) -> Any:
    """A client starting the local LanguageTool `version` (already on disk: the caller
    pointed the library at it; it would download by itself otherwise)."""
    return _client_class(timeout_s)("auto", language_tool_download_version=version)


def query(client: Any, text: str, language: str, disabled_rules: set[str],
          disabled_categories: set[str], api_key: str | None) -> Mapping[str, Any]:
    """One /check request for `text` in `language`; raises ValueError when the server does
    not check that language, or for an answer without a list of matches."""
    if str(client.language).lower() != language.lower():
        client.language = language  # (the setter asks the server for its languages)
    # (after the language: its setter clears the disabled rules)
    client.disabled_rules = disabled_rules
    client.disabled_categories = disabled_categories
    params = client._create_params(text)
    if api_key:
        params["apiKey"] = api_key
    url = urllib.parse.urljoin(client._url, "check")
    data = client._query_server(url, params, num_tries=1, method="post")
    if not isinstance(data, Mapping) or not isinstance(data.get("matches"), list):
        raise ValueError("LanguageTool sent an answer without a list of matches")
    return data


def local_alive(client: Any) -> bool:
    """Whether a local client's JVM still runs."""
    alive = getattr(client, "_server_is_alive", None)
    return bool(alive()) if callable(alive) else False


def release(version: str | None) -> tuple[str, str, str | None]:
    """(version, download URL, SHA-256 or None) of the LanguageTool release the library
    expects (`version` None: its default)."""
    from language_tool_python import download_lt

    version = version or download_lt.LTP_DOWNLOAD_VERSION
    url = download_lt.LocalLanguageTool.from_version_name(version).download_url
    get_hash = getattr(download_lt, "_get_zip_hash", None)
    return version, url, get_hash(version) if get_hash else None


def extract(zipped: Any, target: Any, work_dir: Any) -> None:
    """Unpack a LanguageTool archive safely (the library's guarded extractor)."""
    from language_tool_python.safe_zip import SafeZipExtractor

    SafeZipExtractor().extractall(zipped, target, work_dir=work_dir)
