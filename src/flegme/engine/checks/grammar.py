"""Grammar and spelling through LanguageTool (language-tool-python), off the typing path.

One client per service, created lazily on the first check (never in a constructor: a local
LanguageTool starts a JVM there, and would download itself if missing — we check first and
only `grammar_local.download_languagetool` downloads, after the user agreed). Calls through
the client are serialised by a lock (concurrent calls through one client have produced wrong
offsets). Every failure becomes a reason in `GrammarResult.skipped`: nothing raises into the
caller, and the next call tries again. LanguageTool's UTF-16 offsets become str offsets in
`grammar_matches`.
"""

from __future__ import annotations

import atexit
import logging
import threading
import weakref
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from flegme.engine.checks import grammar_lt
from flegme.engine.checks.grammar_local import (
    download_languagetool,
    find_install,
    java_version,
    missing_for_local,
    point_library_at,
)
from flegme.engine.checks.grammar_matches import matches_to_findings
from flegme.engine.report import Finding
from flegme.errors import GrammarUnavailableError
from flegme.style.model import HouseStyle

if TYPE_CHECKING:  # (imported when first used: the window starts without them)
    from concurrent.futures import Future, ThreadPoolExecutor

__all__ = ["GrammarResult", "GrammarService", "GrammarSettings", "download_languagetool",
           "java_version", "missing_for_local"]
log = logging.getLogger(__name__)
LT_LANGUAGES = {"fr": "fr", "en": "en-US"}
_LIVE: weakref.WeakSet[GrammarService] = weakref.WeakSet()


@dataclass(frozen=True, slots=True)
class GrammarSettings:
    """Which LanguageTool to use (built by the CLI or the window: `flegme.grammar_setup`)."""

    backend: str = "off"  # "off" | "local" | "server"
    server_url: str = ""
    local_dir: str = ""  # a LanguageTool-<version> folder already on disk
    timeout_s: float = 10.0
    # The server's API key, asked for once when a server client starts (it may come from
    # the OS keyring, which can be slow: not at start-up).
    api_key: Callable[[], str | None] | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True, slots=True)
class GrammarResult:
    """Grammar findings, or why grammar was skipped (then `findings` is empty)."""

    findings: tuple[Finding, ...] = ()
    skipped: str | None = None


class GrammarService:
    """One shared LanguageTool client for the whole app (or one CLI run)."""

    def __init__(self, settings: GrammarSettings) -> None:
        self.settings = settings
        self._lock = threading.Lock()  # one request at a time through the client
        self._client: Any = None
        self._api_key: str | None = None
        self._epoch = 0  # bumped by close(): a client started before it is not kept
        self._worker: ThreadPoolExecutor | None = None
        self._submitted = 0  # check_async requests so far (for latest_only)
        _LIVE.add(self)

    # -- checking --------------------------------------------------------------------------

    def check(self, text: str, language: str, style: HouseStyle) -> GrammarResult:
        """Grammar findings for `text`; never raises (a reason in `skipped` instead)."""
        if self.settings.backend not in ("local", "server"):
            return GrammarResult(skipped="Grammar checking is off.")
        if not text.strip():
            return GrammarResult()
        with self._lock:
            epoch = self._epoch
            try:
                data = self._query(text, language, style, epoch)
                return GrammarResult(findings=matches_to_findings(data, text, language, style))
            except GrammarUnavailableError as exc:
                return GrammarResult(skipped=str(exc))
            except (Exception, SystemExit) as exc:  # network, timeout, garbage: all skip
                log.info("grammar check failed: %r", exc)
                self._after_failure()
                return GrammarResult(skipped=_reason(exc, self.settings))

    def check_async(self, text: str, language: str, style: HouseStyle, *,
                    latest_only: bool = False) -> Future[GrammarResult]:
        """Run `check` on the service's single background thread; the future never fails.

        With `latest_only`, a request overtaken by a newer one before it started is answered
        at once with a skipped result (an editor only wants its latest text checked). After
        `close()`, requests still queued are answered "stopped" without starting LanguageTool."""
        if self._worker is None:
            from concurrent.futures import ThreadPoolExecutor

            self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="grammar")
        self._submitted += 1
        ticket, epoch = self._submitted, self._epoch

        def job() -> GrammarResult:
            if epoch != self._epoch:
                return GrammarResult(skipped="Grammar checking was stopped.")
            if latest_only and ticket != self._submitted:
                return GrammarResult(skipped="A newer version of the text is being checked.")
            return self.check(text, language, style)

        return self._worker.submit(job)

    def _query(self, text: str, language: str, style: HouseStyle,
               epoch: int) -> Mapping[str, Any]:
        client = self._client_for(language, epoch)
        wanted = LT_LANGUAGES.get(language, language)
        if str(client.language).lower() != wanted.lower():
            try:  # the setter asks the server for its languages
                client.language = wanted
            except ValueError as exc:
                raise GrammarUnavailableError(
                    f"Grammar skipped: {self._where()} does not check '{wanted}'.") from exc
        return grammar_lt.query(client, text, wanted, set(style.grammar.disabled_rules),
                                set(style.grammar.disabled_categories), self._api_key)

    # -- the client ------------------------------------------------------------------------

    def _client_for(self, language: str, epoch: int) -> Any:
        """The shared client, created on first use."""
        if self._client is None:
            client = self._create_client()
            if epoch != self._epoch:  # closed while the JVM was starting: don't keep it
                _close_quietly(client)
                raise GrammarUnavailableError("Grammar checking was stopped.")
            self._client = client
        return self._client

    def _create_client(self) -> Any:
        # Created for "auto" (always valid); `_query` then sets the wanted language, so an
        # unsupported one becomes a clear reason rather than a failed client.
        settings = self.settings
        if settings.backend == "server":
            url = settings.server_url.strip()
            if not url:
                raise GrammarUnavailableError(
                    "Grammar skipped: no LanguageTool server address is set (Settings).")
            self._api_key = settings.api_key() if settings.api_key is not None else None
            return grammar_lt.server_client(url, settings.timeout_s)
        missing = missing_for_local(settings.local_dir)
        install = find_install(settings.local_dir)
        if missing or install is None:  # never let the library download by itself
            raise GrammarUnavailableError(missing or "LanguageTool is not downloaded yet.")
        point_library_at(install)
        return grammar_lt.local_client(install.version, settings.timeout_s)

    def _where(self) -> str:
        return self.settings.server_url.strip() or "the local LanguageTool"

    def _after_failure(self) -> None:
        """Drop a client that failed so the next call starts afresh (a live local JVM,
        which the library restarts after an error, is kept: starting one costs seconds)."""
        client = self._client
        if client is None:
            return
        if self.settings.backend == "local" and grammar_lt.local_alive(client):
            return
        self._client = None
        _close_quietly(client)

    def close(self) -> None:
        """Stop the worker and the LanguageTool process (no Java left behind); reusable."""
        self._epoch += 1
        if self._worker is not None:
            self._worker.shutdown(wait=False)  # queued jobs answer "stopped" (see above)
            self._worker = None
        # Not under the lock: a request in flight fails and is reported as skipped.
        client, self._client = self._client, None
        if client is not None:
            _close_quietly(client)


def _close_quietly(client: Any) -> None:
    try:
        client.close()
    except Exception:  # a dead JVM cannot be closed twice; nothing to lose
        log.debug("closing LanguageTool", exc_info=True)


def _reason(exc: BaseException, settings: GrammarSettings) -> str:
    """A sentence a leader understands."""
    where = settings.server_url.strip() or "the local LanguageTool"
    chain: list[BaseException] = [exc]
    while chain[-1].__cause__ is not None and len(chain) < 5:
        chain.append(chain[-1].__cause__)
    text = " ".join(str(e) for e in chain).lower()
    names = " ".join(type(e).__name__.lower() for e in chain)
    if "timed out" in text or "timeout" in names:
        return (f"Grammar skipped: {where} did not answer within {settings.timeout_s:g} s. "
                "It will be retried.")
    if "internal server error" in text or "http 5" in text:
        return f"Grammar skipped: {where} answered with an error. It will be retried."
    if any(isinstance(e, ValueError | KeyError | TypeError) for e in chain):
        # (JSONDecodeError is a ValueError: a garbled or non-JSON answer)
        return f"Grammar skipped: {where} sent an answer Flegme cannot read."
    if settings.backend == "local":
        return f"Grammar skipped: the local LanguageTool could not start ({exc})."
    return f"Grammar skipped: {where} cannot be reached right now. It will be retried."


@atexit.register
def _close_all() -> None:
    """At exit, close every live service (language-tool-python also kills its JVMs)."""
    for service in list(_LIVE):
        service.close()
