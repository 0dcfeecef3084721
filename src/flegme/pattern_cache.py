"""Compiled regular expressions kept between runs, so that a process does not recompile them.

Compiling the checkers' ~120 patterns (cue constructions, dates and prices, Unicode classes)
was the largest single cost of a `flegme check` process (about a third of it). `re` and
`regex` turn a pattern into a list of integers that their C engines run; this module keeps
those lists per machine in the user cache folder (marshal: plain data, never code), keyed by
the pattern, its flags and the engine's version, and rebuilds a pattern from them with one C
call. Anything wrong with the cache (no folder, a damaged file) falls back to compiling.

- `regex`: the arguments of its C `compile` are what `regex` pickles a pattern as (the
  reducer it registers with `copyreg`); they are read from that reducer, and the file is
  keyed by the build of regex's C engine. A pattern rebuilt from them needs only that C
  engine, loaded without the package's Python compiler (`regex_engine`).
- `re`: its pickles recompile, so the list is made by the three steps of
  `re._compiler.compile` (parse, generate the code, `_sre.compile`). Those are private: the
  fast path runs only on the Python versions in `RE_VERSIONS` (with the `_sre` magic number in
  the file name), and `tests/engine/test_pattern_cache.py` fails on any other version and
  compares every pattern built here with `re.compile`'s (Pattern equality compares the code).

New entries are written by `save()`: at exit, or by the command line just before it exits.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import regex

# Python versions whose re._compiler.compile is: parse, _code, _sre.compile(pattern,
# flags | state.flags, code, groups - 1, groupdict, indexgroup). Read the new version's
# Lib/re/_compiler.py before adding it here.
RE_VERSIONS = ((3, 11), (3, 12), (3, 13))
RE_FAST = sys.version_info[:2] in RE_VERSIONS and sys.implementation.name == "cpython"
# flags the fast path accepts (DEBUG prints, LOCALE is for bytes, TEMPLATE is deprecated)
_RE_FLAGS = int(re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE | re.ASCII | re.UNICODE)
_SRE: Any = sys.modules["_sre"]  # re's C engine (loaded by `import re`)
MAX_ENTRIES = 4000  # per file; beyond it, only the patterns this process used are kept


class _Store:
    """One cache file: (pattern, flags) -> the arguments that rebuild the pattern."""

    def __init__(self, name: str) -> None:
        self.name = name
        self.path: Path | None = None
        self.entries: dict[tuple[str, int], Any] | None = None
        self.used: set[tuple[str, int]] = set()
        self.dirty = False
        self.lock = threading.Lock()

    def _load(self) -> dict[tuple[str, int], Any]:
        if self.entries is None:
            from flegme.user_cache import cache_dir

            self.path = cache_dir() / "patterns" / self.name
            self.entries = _read(self.path)
        return self.entries

    def get(self, key: tuple[str, int]) -> Any:
        """The stored arguments for `key`, or None."""
        with self.lock:
            self.used.add(key)
            return self._load().get(key)

    def put(self, key: tuple[str, int], value: Any) -> None:
        """Remember the arguments for `key` (written by `save`)."""
        with self.lock:
            self._load()[key] = value
            self.used.add(key)
            if not self.dirty:
                self.dirty = True
                _save_at_exit()

    def save(self) -> None:
        """Write the file when this process added entries (merged with what another process
        wrote meanwhile); never raises."""
        with self.lock:
            if not self.dirty or self.path is None or self.entries is None:
                return
            from flegme.user_cache import write_marshal

            self.dirty = False
            entries = {**_read(self.path), **self.entries}
            if len(entries) > MAX_ENTRIES:  # stale patterns of older data files
                entries = {k: v for k, v in entries.items() if k in self.used}
            write_marshal(self.path, entries)


def _read(path: Path) -> dict[tuple[str, int], Any]:
    """A cache file's entries; empty when it is missing or damaged."""
    from flegme.user_cache import read_marshal

    data = read_marshal(path)
    return data if isinstance(data, dict) else {}


_stores: dict[str, _Store] = {}
_stores_lock = threading.Lock()
_at_exit = False


def _store(name: str) -> _Store:
    found = _stores.get(name)
    if found is None:
        with _stores_lock:
            found = _stores.setdefault(name, _Store(name))
    return found


def _save_at_exit() -> None:
    global _at_exit
    if not _at_exit:
        import atexit

        atexit.register(save)
        _at_exit = True


def save() -> None:
    """Write the patterns compiled for the first time in this process."""
    for store in list(_stores.values()):
        store.save()


def _re_store() -> _Store:
    return _store(f"re-{sys.implementation.cache_tag}-{_SRE.MAGIC}-m{marshal.version}")


def re_parts(pattern: str, flags: int) -> tuple[Any, ...]:
    """The arguments after the pattern of `_sre.compile`, made as `re._compiler.compile`
    makes them (only on the versions of `RE_VERSIONS`)."""
    from re import _compiler, _parser  # type: ignore[attr-defined]

    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    # (the code holds int subclasses for the opcodes: plain ints for marshal)
    return (int(flags | parsed.state.flags), [int(op) for op in code],
            parsed.state.groups - 1, dict(groupindex), tuple(indexgroup))


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, from the cache when this pattern was compiled before."""
    flags = int(flags)
    if not RE_FAST or flags & ~_RE_FLAGS or not isinstance(pattern, str):
        return re.compile(pattern, flags)
    store = _re_store()
    key = (pattern, flags)
    parts = store.get(key)
    if parts is not None:
        try:
            built: re.Pattern[str] = _SRE.compile(pattern, *parts)
            return built
        except (TypeError, ValueError, RuntimeError, OverflowError):
            pass  # a damaged entry: compile again
    parts = re_parts(pattern, flags)
    compiled: re.Pattern[str] = _SRE.compile(pattern, *parts)
    store.put(key, parts)
    return compiled


def regex_engine() -> Any:
    """regex's C engine (`regex._regex`, whose `compile` its pickles call). When the `regex`
    package is not imported yet, the engine's extension file is loaded on its own, under the
    same module name: importing the package runs its pure-Python compiler module (~9 % of a
    `flegme check` process), which patterns rebuilt from the cache never use. A later
    `import regex` finds the engine in `sys.modules` and uses it."""
    found = sys.modules.get("regex._regex")
    if found is not None:
        return found
    import importlib.util
    from importlib.machinery import EXTENSION_SUFFIXES

    package = importlib.util.find_spec("regex")  # found, not run
    for folder in (package.submodule_search_locations or ()) if package else ():
        for suffix in EXTENSION_SUFFIXES:
            path = os.path.join(folder, f"_regex{suffix}")
            spec = importlib.util.spec_from_file_location("regex._regex", path)
            if spec is None or spec.loader is None or not os.path.isfile(path):
                continue
            try:
                module = importlib.util.module_from_spec(spec)
                spec.loader.exec_module(module)
            except (ImportError, OSError):
                break  # let the package load it
            return sys.modules.setdefault("regex._regex", module)
    return importlib.import_module("regex._regex")  # (imports the package)


def _regex_store(engine: Any) -> _Store:
    """The cache file of this build of regex (its engine file's name, size and time: a new
    version of regex is a new file)."""
    path = getattr(engine, "__file__", None) or "?"
    try:
        stat = os.stat(path)
        build = f"{stat.st_size}-{stat.st_mtime_ns}"
    except OSError:
        build = "0"
    return _store(f"regex-{os.path.basename(path)}-{build}-m{marshal.version}")


def regex_parts(compiled: Any) -> tuple[Any, ...] | None:
    """The arguments `regex` pickles `compiled` as (those of its C compile), or None when they
    cannot be kept (a locale-dependent pattern, or data marshal cannot hold)."""
    import copyreg

    import regex

    reducer = copyreg.dispatch_table.get(type(compiled))
    if reducer is None or compiled.flags & regex.LOCALE:
        return None
    reduced = reducer(compiled)
    if (not isinstance(reduced, tuple) or len(reduced) != 2
            or reduced[0] is not regex_engine().compile):
        return None
    args = tuple(reduced[1])
    try:
        marshal.dumps(args)
    except ValueError:
        return None
    return args


def compile_regex(pattern: str, flags: int = 0) -> regex.Pattern[str]:
    """`regex.compile(pattern, flags)`, from the cache when this pattern was compiled before
    (then without importing the `regex` package: see `regex_engine`)."""
    engine = regex_engine()
    store = _regex_store(engine)
    key = (pattern, int(flags))
    args = store.get(key)
    if args is not None:
        try:
            built: regex.Pattern[str] = engine.compile(*args)
            return built
        except (TypeError, ValueError, RuntimeError, OverflowError, SystemError):
            pass  # a damaged entry: compile again
    import regex

    compiled = regex.compile(pattern, flags)
    parts = regex_parts(compiled)
    if parts is not None:
        store.put(key, parts)
    return compiled
