"""The Qt-free checking engine: text -> findings, scores and verdicts.

The public names are re-exported lazily (`from flegme.engine import Engine`), so importing a
light module such as `flegme.engine.text` does not compile every checker's lexicons.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from flegme.engine.engine import Engine, check_text
    from flegme.engine.report import Finding, PlatformCount, Report, Scores, Severity, Verdicts
    from flegme.engine.rules import apply_style

_EXPORTS = {
    "Engine": "flegme.engine.engine",
    "check_text": "flegme.engine.engine",
    "apply_style": "flegme.engine.rules",
    "Finding": "flegme.engine.report",
    "PlatformCount": "flegme.engine.report",
    "Report": "flegme.engine.report",
    "Scores": "flegme.engine.report",
    "Severity": "flegme.engine.report",
    "Verdicts": "flegme.engine.report",
}

__all__ = [
    "Engine",
    "Finding",
    "PlatformCount",
    "Report",
    "Scores",
    "Severity",
    "Verdicts",
    "apply_style",
    "check_text",
]


def __getattr__(name: str) -> Any:
    """Import a public name on first use."""
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'flegme.engine' has no attribute {name!r}")
    return getattr(import_module(module), name)
