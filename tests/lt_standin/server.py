"""A STAND-IN for a LanguageTool server, for tests only: it speaks LanguageTool's HTTP
protocol (GET /v2/languages, POST /v2/check) on loopback and answers in the documented JSON
format, with canned matches (a few misspellings and double spaces) and switchable faults.
The real LanguageTool cannot be downloaded on these machines; see the README for the test
that runs against a real one."""

from __future__ import annotations

import json
import re
import threading
import time
import urllib.parse
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

LANGUAGES = [
    {"name": "English (US)", "code": "en", "longCode": "en-US"},
    {"name": "French", "code": "fr", "longCode": "fr"},
]
TYPOS = {"teh": "the", "recieve": "receive", "definately": "definitely", "vélô": "vélo",
         "reparrer": "réparer", "Flegmatix": "Flegmatic", "b👍ke": "bike"}


@dataclass
class Behaviour:
    """What the stand-in does with the next requests."""

    # normal | die (hang up, no answer) | die_midway (half an answer, then hang up)
    # | malformed (broken JSON) | wrong_shape (JSON, but matches lack offsets)
    # | old_format (plain-string replacements, no shortMessage) | http500
    mode: str = "normal"
    gate: threading.Event | None = None  # when set, /v2/check waits for it
    delay_s: float = 0.0  # /v2/check answers after this long
    entered: threading.Event = field(default_factory=threading.Event)  # a check arrived
    in_flight: int = 0  # /v2/check requests being answered right now
    most_in_flight: int = 0  # the most at once (1 when the client serialises its calls)
    counter_lock: threading.Lock = field(default_factory=threading.Lock)
    requests: list[dict[str, str]] = field(default_factory=list)


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def canned_matches(text: str, language: str, disabled_rules: set[str],
                   disabled_categories: set[str], old_format: bool) -> list[dict[str, Any]]:
    """Misspellings from TYPOS and double spaces, with UTF-16 offsets as LanguageTool sends."""
    found: list[tuple[int, int, dict[str, Any]]] = []
    lang = "EN_US" if language.startswith("en") else "FR"
    for wrong, right in TYPOS.items():
        for m in re.finditer(rf"(?<!\w){re.escape(wrong)}(?!\w)", text):
            rule = {"id": f"MORFOLOGIK_RULE_{lang}", "description": "Possible spelling mistake",
                    "issueType": "misspelling",
                    "category": {"id": "TYPOS", "name": "Possible Typo"}}
            found.append((m.start(), m.end(), {"rule": rule, "replacements": [right],
                                               "message": "Possible spelling mistake found.",
                                               "shortMessage": "Spelling mistake"}))
    for m in re.finditer(r"(?<=\S)  +(?=\S)", text):
        rule = {"id": "WHITESPACE_RULE", "description": "Whitespace repetition",
                "issueType": "whitespace",
                "category": {"id": "TYPOGRAPHY", "name": "Typography"}}
        found.append((m.start(), m.end(), {"rule": rule, "replacements": [" "],
                                           "message": "Possible typo: you repeated a whitespace",
                                           "shortMessage": ""}))
    matches = []
    for start, end, info in sorted(found, key=lambda f: f[0]):
        rule = info["rule"]
        if rule["id"] in disabled_rules or rule["category"]["id"] in disabled_categories:
            continue
        offset = _utf16_len(text[:start])
        length = _utf16_len(text[start:end])
        sentence_start = max(0, start - 20)
        match: dict[str, Any] = {
            "message": info["message"],
            "shortMessage": info["shortMessage"],
            "replacements": ([r for r in info["replacements"]] if old_format else
                             [{"value": r} for r in info["replacements"]]),
            "offset": offset,
            "length": length,
            "context": {"text": text[sentence_start:end + 20],
                        "offset": _utf16_len(text[sentence_start:start]), "length": length},
            "sentence": text,
            "type": {"typeName": "Other"},
            "rule": rule,
            "ignoreForIncompleteSentence": False,
            "contextForSureMatch": 0,
        }
        if old_format:
            del match["shortMessage"]
        matches.append(match)
    return matches


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def _send(self, status: int, body: bytes, content_type: str = "application/json") -> None:
        self._uncount()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        if self.path.startswith("/v2/languages"):
            self._send(200, json.dumps(LANGUAGES).encode())
        else:
            self._send(404, b"{}")

    def do_POST(self) -> None:
        size = int(self.headers.get("Content-Length", "0"))
        form = {k: v[0] for k, v in urllib.parse.parse_qs(
            self.rfile.read(size).decode("utf-8"), keep_blank_values=True).items()}
        behaviour = self.server.behaviour
        behaviour.requests.append(form)
        if not self.path.startswith("/v2/check"):
            self._send(404, b"{}")
            return
        behaviour.entered.set()
        with behaviour.counter_lock:
            behaviour.in_flight += 1
            behaviour.most_in_flight = max(behaviour.most_in_flight, behaviour.in_flight)
        self._counted = True
        try:
            self._answer_check(form, behaviour)
        finally:
            self._uncount()

    def _uncount(self) -> None:
        """Leave the in-flight count before the answer goes out (the client may send its
        next request as soon as it has read this answer)."""
        if getattr(self, "_counted", False):
            self._counted = False
            with self.server.behaviour.counter_lock:
                self.server.behaviour.in_flight -= 1

    def _answer_check(self, form: dict[str, str], behaviour: Behaviour) -> None:
        if behaviour.gate is not None:
            behaviour.gate.wait(30)
        if behaviour.delay_s:
            time.sleep(behaviour.delay_s)
        if behaviour.mode == "die":
            self.close_connection = True
            self.connection.shutdown(2)  # hang up without an answer
            return
        if behaviour.mode == "malformed":
            self._send(200, b'{"matches": [ {"offset": 3')
            return
        if behaviour.mode == "wrong_shape":
            self._send(200, b'{"matches": [{"message": "no offset here"}]}')
            return
        if behaviour.mode == "http500":
            self._send(500, b"Internal Server Error", "text/plain")
            return
        text, language = form.get("text", ""), form.get("language", "en-US")
        matches = canned_matches(
            text, language, set(filter(None, form.get("disabledRules", "").split(","))),
            set(filter(None, form.get("disabledCategories", "").split(","))),
            behaviour.mode == "old_format")
        body = {
            "software": {"name": "LanguageTool", "version": "6.8 (stand-in)", "apiVersion": 1,
                         "premium": False, "status": ""},
            "language": {"name": language, "code": language,
                         "detectedLanguage": {"name": language, "code": language}},
            "matches": matches,
        }
        payload = json.dumps(body).encode()
        if behaviour.mode == "die_midway":  # promise the whole answer, send half, hang up
            self._uncount()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload[: len(payload) // 2])
            self.wfile.flush()
            self.close_connection = True
            self.connection.shutdown(2)
            return
        self._send(200, payload)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.behaviour = Behaviour()


SHUTDOWN_POLL_S = 0.01


class StandInLanguageTool:
    """Start/stop the stand-in; `url` is what Flegme's settings would hold."""

    def __init__(self) -> None:
        self.server = _Server()
        # serve_forever checks for shutdown() every poll_interval (0.5 s by default: every
        # test using the stand-in waited that long to stop it, ~12 s over the suite).
        self.thread = threading.Thread(target=self.server.serve_forever,
                                       kwargs={"poll_interval": SHUTDOWN_POLL_S}, daemon=True)
        self.thread.start()
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/"

    @property
    def behaviour(self) -> Behaviour:
        return self.server.behaviour

    def stop(self) -> None:
        if self.behaviour.gate is not None:
            self.behaviour.gate.set()
        self.server.shutdown()
        self.server.server_close()
