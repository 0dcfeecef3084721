"""Refuse deeply nested TOML before parsing it: tomllib slows down quadratically with key
depth (`a.a.a.…` 20,000 deep in 40 KB takes seconds; a megabyte, minutes), and a house style
needs four levels at most (`jargon.extra.en."term"`).

One linear pass over tokens: strings and comments are skipped whole, so dots inside them (an
ellipsis, a URL, a dotted rule id in quotes) never count.
"""

from __future__ import annotations

import re

from flegme.errors import StyleError
from flegme.pattern_cache import compile_re

MAX_KEY_DEPTH = 10  # key parts from the root: table header + dotted key + inline tables
MAX_BRACKETS = 16  # nested [ and { in one value

_TOKEN = compile_re(r'''
    (?P<ml>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^']|'(?!''))*\'\'\')
  | (?P<basic>"(?:[^"\\\n]|\\.)*")
  | (?P<literal>'[^'\n]*')
  | (?P<comment>\#[^\n]*)
  | (?P<bare>[A-Za-z0-9_+:-]+)
  | (?P<dot>\.)
  | (?P<open>[\[{])
  | (?P<close>[\]}])
  | (?P<eq>=)
  | (?P<nl>\n)
  | (?P<space>[ \t\r]+)
  | (?P<other>.)
''', re.VERBOSE | re.DOTALL)


def check_depth(text: str, source: str) -> None:
    """Raise StyleError (file, line, key) when keys or brackets nest beyond the limits."""
    _Scan(text, source).run()


class _Scan:
    """The scanner's state: where the current key starts and how deep it already is."""

    def __init__(self, text: str, source: str) -> None:
        self.text, self.source = text, source
        self.line = 1
        self.table: list[str] = []  # the last [table] header's key
        self.stack: list[list[str]] = []  # key paths of the open [ and { of a value
        self.key: list[str] = []  # the dotted key being read
        self.after_dot = False
        self.assigned: list[str] = []  # the key before the last '='
        self.header = False  # inside a [table] header
        self.line_started = False  # a significant token was seen on this line

    def base(self) -> list[str]:
        return self.stack[-1] if self.stack else self.table

    def run(self) -> None:
        for match in _TOKEN.finditer(self.text):
            kind, token = match.lastgroup, match.group()
            if kind in ("space", "comment"):
                continue
            if kind == "nl":
                self.line += 1
                self.line_started = False
                self._end_key()
                continue
            if kind in ("bare", "basic", "literal", "ml"):
                self._part(token if kind == "bare" else token.strip("\"'"))
                self.line += token.count("\n") if kind == "ml" else 0
            elif kind == "dot":
                self.after_dot = bool(self.key)
            elif kind == "open":
                self._open(token)
            elif kind == "close":
                self._close()
            else:
                if kind == "eq":
                    self.assigned = self.base() + self.key
                self._end_key()
            self.line_started = True

    def _part(self, name: str) -> None:
        if not self.after_dot:
            self.key = []
        self.after_dot = False
        self.key.append(name)
        path = (self.base() if not self.header else []) + self.key
        if len(path) > MAX_KEY_DEPTH:
            shown = ".".join(path[: MAX_KEY_DEPTH + 1])
            raise StyleError(f"keys are nested too deeply (more than {MAX_KEY_DEPTH} levels; "
                             "a house style needs four at most)", path=self.source,
                             line=self.line, key=shown[:120] + "…")

    def _end_key(self) -> None:
        self.after_dot = False
        if not self.header:
            self.key = []

    def _open(self, token: str) -> None:
        if token == "[" and not self.stack and (not self.line_started or self.header):
            self.header = True  # `[table]` or `[[array of tables]]`
            self.key, self.after_dot = [], False
            return
        self._end_key()
        self.stack.append(self.assigned)
        if len(self.stack) > MAX_BRACKETS:
            raise StyleError(f"brackets are nested too deeply (more than {MAX_BRACKETS})",
                             path=self.source, line=self.line)

    def _close(self) -> None:
        if self.header:
            if self.key:
                self.table = self.key
            self.key, self.header = [], False
            return
        self._end_key()
        if self.stack:
            self.assigned = self.stack.pop()
