"""Shipped TOML data files (lexicons, cue patterns, messages, platform limits, the default
house style) parsed once per machine, not per process.

`tomllib` is pure Python: importing it and parsing these files was the largest part of
`flegme check`'s start-up after the regular expressions. A parsed file is kept in marshal
form (plain data, read in C) in the user cache folder, keyed by the TOML text itself (two
checksums and its length), so an edited file is simply a new entry, and `tomllib` is imported
only on a miss. Anything wrong with the cache (unwritable folder, damaged entry, values
marshal cannot hold) falls back to parsing.
"""

from __future__ import annotations

import zlib
from pathlib import Path
from typing import Any

from flegme.user_cache import cache_dir as _user_cache_dir
from flegme.user_cache import read_marshal, write_marshal


def cache_dir() -> Path:
    """Where parsed files are kept (`toml` in the user cache folder)."""
    return _user_cache_dir() / "toml"


def parse_toml(text: str) -> dict[str, Any]:
    """`tomllib.loads(text)`, from the cache when this exact text was parsed before.
    Raises `tomllib.TOMLDecodeError` (a `ValueError`) as tomllib does."""
    data = text.encode("utf-8", "surrogatepass")
    key = f"{zlib.crc32(data):08x}{zlib.adler32(data):08x}-{len(data)}.marshal"
    path = cache_dir() / key
    cached = read_marshal(path)
    if isinstance(cached, dict):
        return cached
    import tomllib

    parsed = tomllib.loads(text)
    write_marshal(path, parsed)
    return parsed
