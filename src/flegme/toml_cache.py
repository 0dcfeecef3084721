"""Shipped TOML data files (lexicons, platform limits) parsed once per machine, not per process.

`tomllib` is pure Python: parsing the lexicons, the house style and the platform limits was
the largest part of `flegme check`'s start-up (about 20 ms of a 100 ms process). A parsed
file is kept as JSON (parsed in C) in the user cache folder, keyed by the TOML text itself
(two checksums and its length), so an edited file is simply a new entry. Anything wrong with
the cache (unwritable folder, damaged entry, values JSON cannot hold) falls back to parsing.
"""

from __future__ import annotations

import json
import os
import tomllib
import zlib
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    """Where parsed files are kept ($FLEGME_CACHE_DIR, else the user cache folder)."""
    override = os.environ.get("FLEGME_CACHE_DIR")
    if override:
        return Path(override) / "toml"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("Flegme", appauthor=False)) / "toml"


def parse_toml(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`, from the cache when this exact text was parsed before.
    Raises `tomllib.TOMLDecodeError` as tomllib does."""
    data = text.encode("utf-8", "surrogatepass")
    key = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}-{len(data)}.json"
    path = cache_dir() / key
    try:
        cached = json.loads(path.read_bytes())
        if isinstance(cached, dict):
            return cached
    except (OSError, ValueError):
        pass
    parsed = tomllib.loads(text)
    _store(path, parsed)
    return parsed


def _store(path: Path, parsed: dict[str, Any]) -> None:
    try:
        encoded = json.dumps(parsed, ensure_ascii=False, allow_nan=True).encode("utf-8")
    except (TypeError, ValueError):  # dates and times: keep parsing this one
        return
    if json.loads(encoded) != parsed:
        return
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(encoded)
        os.replace(tmp, path)
    except OSError:
        pass
