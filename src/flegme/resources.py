"""Where the shipped data files (lexicons, default style, samples, icons) live."""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path


@cache
def resources_dir() -> Path:
    """The `resources/` folder: env override, frozen bundle, installed wheel, or source tree."""
    override = os.environ.get("FLEGME_RESOURCES")
    candidates: list[Path] = []
    if override:
        candidates.append(Path(override))
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / "resources")
    here = Path(__file__).resolve().parent
    candidates.append(here / "resources")  # installed wheel (force-included)
    candidates.append(here.parent.parent / "resources")  # source tree / editable install
    for candidate in candidates:
        if (candidate / "lexicons").is_dir():
            return candidate
    raise FileNotFoundError("Flegme's resources folder was not found; reinstall Flegme.")


def resource_path(*parts: str) -> Path:
    """A path inside the resources folder."""
    return resources_dir().joinpath(*parts)
