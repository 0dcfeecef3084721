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
from pathlib import Path

APP = "Flegme"


def cache_dir() -> Path:
    """The folder for Flegme's caches ($FLEGME_CACHE_DIR, else the user cache folder)."""
    override = os.environ.get("FLEGME_CACHE_DIR")
    if override:
        return Path(override)
    home = os.environ.get("HOME")
    if sys.platform == "linux" and (home is None or os.path.isabs(home)):
        base = os.environ.get("XDG_CACHE_HOME", "")
        if not os.path.isabs(base):
            base = os.path.expanduser("~/.cache")
        return Path(base) / APP
    from platformdirs import user_cache_dir

    return Path(user_cache_dir(APP, appauthor=False))
