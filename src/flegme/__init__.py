"""Flegme: keep your cool before you post."""

__version__ = "0.1.0"
