"""Grammar and spelling through LanguageTool (language-tool-python), off the typing path.

One client per service, created lazily on the first check (never in a constructor: a local
LanguageTool downloads and starts a JVM there), calls serialised by a lock (concurrent calls
through one client have produced wrong offsets), every failure turned into a reason in
`GrammarResult.skipped` — nothing raises into the caller, and the next call tries again.
LanguageTool's offsets are UTF-16 code units; they become Python str offsets here.
"""

from __future__ import annotations

import logging
import shutil
import subprocess
import threading
from collections.abc import Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import Any

from flegme.engine.checks.grammar_matches import matches_to_findings
from flegme.engine.report import Finding
from flegme.style.model import HouseStyle

log = logging.getLogger(__name__)
LT_LANGUAGES = {"fr": "fr", "en": "en-US"}


@dataclass(frozen=True, slots=True)
class GrammarSettings:
    """Which LanguageTool to use."""

    backend: str = "off"  # "off" | "local" | "server"
    server_url: str = ""
    local_dir: str = ""  # a LanguageTool folder already on disk
    timeout_s: float = 10.0

    @staticmethod
    def from_settings(settings: Any) -> GrammarSettings:
        """From `flegme.settings.Settings`."""
        return GrammarSettings(backend=settings.grammar_backend,
                               server_url=settings.grammar_server_url,
                               local_dir=settings.grammar_local_dir,
                               timeout_s=settings.grammar_timeout_s)


@dataclass(frozen=True, slots=True)
class GrammarResult:
    """Grammar findings, or why grammar was skipped (then `findings` is empty)."""

    findings: tuple[Finding, ...] = ()
    skipped: str | None = None


class GrammarService:
    """One shared LanguageTool client for the whole app."""

    def __init__(self, settings: GrammarSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()
        self._client: Any = None
        self._worker: ThreadPoolExecutor | None = None

    # -- the client ------------------------------------------------------------------------

    def _client_for(self, language: str) -> Any:
        """The shared client (created on first use), set to `language`."""
        if self._client is None:
            self._client = self._create_client(language)
        return self._client

    def _create_client(self, language: str) -> Any:
        import os

        import language_tool_python

        settings = self.settings
        # language-tool-python waits 300 s per request by default; use ours.
        client_class = type("FlegmeLanguageTool", (language_tool_python.LanguageTool,),
                            {"_TIMEOUT": settings.timeout_s})
        if settings.backend == "server":
            if not settings.server_url.strip():
                raise GrammarUnavailable("No LanguageTool server address is set.")
            return client_class(LT_LANGUAGES.get(language, language),
                                remote_server=settings.server_url.strip())
        if settings.backend == "local":
            missing = local_languagetool_ready(settings.local_dir)
            if missing:
                raise GrammarUnavailable(missing)
            if settings.local_dir:
                os.environ["LTP_JAR_DIR_PATH"] = settings.local_dir
            return client_class(LT_LANGUAGES.get(language, language))
        raise GrammarUnavailable("Grammar checking is off.")

    # -- checking --------------------------------------------------------------------------

    def check(self, text: str, language: str, style: HouseStyle) -> GrammarResult:
        """Grammar findings for `text`; never raises (a reason in `skipped` instead)."""
        if self.settings.backend == "off":
            return GrammarResult(skipped="Grammar checking is off.")
        if not text.strip():
            return GrammarResult()
        with self._lock:  # one request at a time per client
            try:
                data = self._query(text, language, style)
                return GrammarResult(findings=matches_to_findings(data, text, language, style))
            except GrammarUnavailable as exc:
                return GrammarResult(skipped=str(exc))
            except Exception as exc:  # network, timeouts, malformed answers: all the same here
                log.info("grammar check failed: %r", exc)
                self._forget_client()
                return GrammarResult(skipped=_reason(exc, self.settings))

    def _query(self, text: str, language: str, style: HouseStyle) -> Mapping[str, Any]:
        import urllib.parse

        client = self._client_for(language)
        wanted = LT_LANGUAGES.get(language, language)
        if str(client.language).lower() != wanted.lower():  # the setter asks the server
            client.language = wanted
        client.disabled_rules = set(style.grammar.disabled_rules)
        client.disabled_categories = set(style.grammar.disabled_categories)
        params = client._create_params(text)
        api_key = self._api_key()
        if api_key:
            params["apiKey"] = api_key
        url = urllib.parse.urljoin(client._url, "check")
        data = client._query_server(url, params, num_tries=1, method="post")
        if not isinstance(data, Mapping) or not isinstance(data.get("matches"), list):
            raise ValueError("LanguageTool sent an answer without a list of matches")
        return data

    def _api_key(self) -> str | None:
        if self.settings.backend != "server":
            return None
        from flegme import secrets
        from flegme.errors import KeyringUnavailableError

        try:
            return secrets.get_secret(f"languagetool:{self.settings.server_url.strip()}")
        except KeyringUnavailableError:
            return None

    def check_async(self, text: str, language: str, style: HouseStyle) -> Future[GrammarResult]:
        """Run `check` on the service's single background thread."""
        if self._worker is None:
            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="grammar")
        return self._worker.submit(self.check, text, language, style)

    def _forget_client(self) -> None:
        """Drop a client that failed, so the next call starts afresh."""
        client, self._client = self._client, None
        if client is not None and self.settings.backend == "local":
            try:
                client.close()
            except Exception:  # a dead JVM cannot be closed twice; nothing to lose
                log.debug("closing a failed LanguageTool client", exc_info=True)

    def close(self) -> None:
        """Stop the worker and the LanguageTool process (no Java left behind)."""
        if self._worker is not None:
            self._worker.shutdown(wait=False, cancel_futures=True)
            self._worker = None
        with self._lock:
            client, self._client = self._client, None
        if client is not None:
            try:
                client.close()
            except Exception:
                log.debug("closing LanguageTool", exc_info=True)


def _reason(exc: BaseException, settings: GrammarSettings) -> str:
    """A sentence a leader understands."""
    where = settings.server_url or "the local LanguageTool"
    chain: list[BaseException] = [exc]
    while chain[-1].__cause__ is not None and len(chain) < 5:
        chain.append(chain[-1].__cause__)
    text = " ".join(str(e) for e in chain).lower()
    names = " ".join(type(e).__name__.lower() for e in chain)
    if "timed out" in text or "timeout" in names:
        return f"Grammar skipped: {where} did not answer within {settings.timeout_s:g} s."
    if any(isinstance(e, ValueError | KeyError | TypeError) for e in chain):
        # (JSONDecodeError is a ValueError: a garbled or non-JSON answer)
        return f"Grammar skipped: {where} sent an answer Flegme cannot read."
    return f"Grammar skipped: {where} cannot be reached right now. It will be retried."
