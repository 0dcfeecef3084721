"""Typed reading of a parsed TOML table, collecting every problem with its key path."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from flegme.errors import StyleError

MAX_REPORTED = 50  # problems listed in one error; the rest are counted


class Problems:
    """All problems of one file, raised together as one `StyleError`."""

    def __init__(self, source: str, line_of: Callable[[str], int | None]) -> None:
        self.source = source
        self.line_of = line_of
        self.items: list[tuple[str, int | None, str]] = []  # key, line, message

    def add(self, key: str, message: str) -> None:
        """Record a problem about dotted `key`."""
        self.items.append((key, self.line_of(key), message))

    def raise_if_any(self) -> None:
        """Raise one StyleError naming the first problem's line and key, listing the next
        ones (at most MAX_REPORTED in all, then how many more)."""
        if not self.items:
            return
        self.items.sort(key=lambda item: item[1] if item[1] is not None else 1 << 30)
        key, line, message = self.items[0]
        if len(self.items) > 1:
            shown = self.items[1:MAX_REPORTED]
            others = "; ".join(
                f"line {ln if ln is not None else '?'}, key '{k}': {m}" for k, ln, m in shown
            )
            hidden = len(self.items) - 1 - len(shown)
            if hidden:
                others += f"; and {hidden} more"
            message = f"{message} (and {len(self.items) - 1} more: {others})"
        raise StyleError(message, path=self.source, line=line, key=key)


class Reader:
    """Reads one table: typed getters that record problems instead of raising."""

    def __init__(self, data: dict[str, Any], prefix: str, problems: Problems) -> None:
        self.data = data
        self.prefix = prefix
        self.problems = problems

    def _path(self, key: str) -> str:
        shown = f'"{key}"' if "." in key else key
        return f"{self.prefix}.{shown}" if self.prefix else shown

    def names(self) -> list[str]:
        """The table's keys."""
        return list(self.data)

    def problem(self, key: str, message: str) -> None:
        """Record a problem about `key` of this table."""
        self.problems.add(self._path(key), message)

    def allow_keys(self, allowed: Iterable[str], what: str = "key") -> None:
        """Record an 'unknown key' problem for every key not in `allowed`."""
        allowed = set(allowed)
        for key in self.data:
            if key not in allowed:
                import difflib  # (for the message only)

                hint = difflib.get_close_matches(key, sorted(allowed), n=1)
                extra = f"; did you mean '{hint[0]}'?" if hint else \
                    f"; expected one of: {', '.join(sorted(allowed))}"
                self.problem(key, f"unknown {what} '{key}'{extra}")

    def _get(self, key: str, kind: type | tuple[type, ...], label: str,
             required: bool) -> Any:
        if key not in self.data:
            if required:
                self.problem(key, "is required")
            return None
        value = self.data[key]
        if isinstance(value, bool) and kind is not bool:
            self.problem(key, f"must be {label}, not true/false")
            return None
        if not isinstance(value, kind):
            self.problem(key, f"must be {label}, not {_describe(value)}")
            return None
        return value

    def table(self, key: str) -> Reader | None:
        """A sub-table, or None when absent (or wrong type, recorded)."""
        value = self._get(key, dict, "a table", False)
        return None if value is None else Reader(value, self._path(key), self.problems)

    def table_array(self, key: str) -> list[Reader]:
        """An array of tables (`[[values]]`)."""
        value = self._get(key, list, "an array of tables ([[...]])", False)
        if value is None:
            return []
        out = []
        for i, item in enumerate(value):
            if isinstance(item, dict):
                out.append(Reader(item, f"{self._path(key)}[{i}]", self.problems))
            else:
                self.problems.add(f"{self._path(key)}[{i}]", "must be a table")
        return out

    def string(self, key: str, *, required: bool = False,
               choices: Iterable[str] | None = None) -> str | None:
        """A string, optionally one of `choices`."""
        value = self._get(key, str, "a string", required)
        if value is not None and choices is not None and value not in set(choices):
            self.problem(key, f"'{value}' is not one of: {', '.join(choices)}")
            return None
        return value  # type: ignore[no-any-return]

    def integer(self, key: str, *, required: bool = False, low: int | None = None,
                high: int | None = None) -> int | None:
        """An integer within [low, high]."""
        value = self._get(key, int, "a whole number", required)
        if value is None:
            return None
        if (low is not None and value < low) or (high is not None and value > high):
            self.problem(key, f"{value} is out of range ({low} to {high})")
            return None
        return int(value)

    def boolean(self, key: str) -> bool | None:
        """true or false."""
        return self._get(key, bool, "true or false", False)  # type: ignore[no-any-return]

    def string_list(self, key: str, *,
                    choices: Iterable[str] | None = None) -> tuple[str, ...] | None:
        """A list of strings."""
        value = self._get(key, list, "a list of strings", False)
        if value is None:
            return None
        allowed = set(choices) if choices is not None else None
        out: list[str] = []
        for i, item in enumerate(value):
            if not isinstance(item, str):
                self.problem(key, f"item {i + 1} must be a string, not {_describe(item)}")
            elif allowed is not None and item not in allowed:
                self.problem(key, f"'{item}' is not one of: {', '.join(sorted(allowed))}")
            elif item.strip():
                out.append(item)
        return tuple(out)

    def string_map(self, key: str) -> dict[str, str] | None:
        """A table of string -> string (e.g. jargon term -> replacement)."""
        value = self._get(key, dict, "a table of \"term\" = \"replacement\"", False)
        if value is None:
            return None
        out: dict[str, str] = {}
        for term, replacement in value.items():
            if not isinstance(replacement, str):
                self.problems.add(f"{self._path(key)}.{term}",
                                  f"must be a string, not {_describe(replacement)}")
            else:
                out[term] = replacement
        return out


def _describe(value: Any) -> str:
    names = {str: "a string", int: "a number", float: "a number", bool: "true/false",
             list: "a list", dict: "a table"}
    return names.get(type(value), type(value).__name__)
