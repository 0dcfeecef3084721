"""A STAND-IN for LanguageTool's HTTP server, for tests only (see `server.py`)."""

from tests.lt_standin.server import Behaviour, StandInLanguageTool, canned_matches

__all__ = ["Behaviour", "StandInLanguageTool", "canned_matches"]
