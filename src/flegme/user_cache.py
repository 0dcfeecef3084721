"""The user cache folder, where work that depends only on shipped data is kept between runs.

Only derived data lives here (parsed TOML, compiled regular expressions): deleting the folder
costs one slower start, never anything else. `$FLEGME_CACHE_DIR` overrides it (tests use a
private folder). On Linux the folder is found from the XDG variables directly: importing
platformdirs (and the tempfile and random modules it imports) was ~7 % of a `flegme check`
process; a test holds this path equal to platformdirs' answer.
"""

from __future__ import annotations

import os
import sys
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

APP = "Flegme"


def xdg_user_dir(variable: str, default: str) -> Path | None:
    """platformdirs' user folder for Flegme on Linux (`$variable` when absolute, else
    `default` under the home folder), without importing platformdirs; None elsewhere (and
    for a relative $HOME, which platformdirs resolves its own way)."""
    home = os.environ.get("HOME")
    if sys.platform != "linux" or (home is not None and not os.path.isabs(home)):
        return None
    base = os.environ.get(variable, "")
    if not os.path.isabs(base):
        base = os.path.expanduser(default)
    return Path(base) / APP


def cache_dir() -> Path:
    """The folder for Flegme's caches ($FLEGME_CACHE_DIR, else the user cache folder)."""
    override = os.environ.get("FLEGME_CACHE_DIR")
    if override:
        return Path(override)
    found = xdg_user_dir("XDG_CACHE_HOME", "~/.cache")
    if found is not None:
        return found
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP, appauthor=False))


def read_marshal(path: Path) -> Any:
    """The value `write_marshal` stored at `path`; None when missing or damaged."""
    import marshal

    try:
        raw = path.read_bytes()
        blob = raw[4:]
        if len(raw) < 4 or zlib.crc32(blob).to_bytes(4, "little") != raw[:4]:
            return None
        return marshal.loads(blob)
    except (OSError, ValueError, EOFError, TypeError):
        return None


def write_marshal(path: Path, value: Any) -> bool:
    """Store `value` (plain data: marshal never holds code here) at `path` with a checksum,
    atomically; False when it cannot be kept (a value marshal cannot hold, no folder)."""
    import marshal

    try:
        blob = marshal.dumps(value)
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
        tmp.write_bytes(zlib.crc32(blob).to_bytes(4, "little") + blob)
        os.replace(tmp, path)
    except (OSError, ValueError):
        return False
    return True


def derived(name: str, sources: list[Path], build: Callable[[], Any]) -> Any:
    """`build()` (plain data), kept in the cache folder under `name` until one of the
    `sources` files changes size or time (a package upgrade, an edited data file)."""
    try:
        stamp = [(str(p), s.st_size, s.st_mtime_ns) for p in sources for s in (os.stat(p),)]
    except OSError:
        return build()
    path = cache_dir() / "derived" / f"{name}.marshal"
    found = read_marshal(path)
    if isinstance(found, tuple) and len(found) == 2 and found[0] == stamp:
        return found[1]
    value = build()
    write_marshal(path, (stamp, value))
    return value
