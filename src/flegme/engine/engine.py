"""Run the checkers for (text, style, platforms) and build the Report."""

from __future__ import annotations
