"""The review conformance suite on every backend of tests/review/conftest.py BACKENDS."""

from __future__ import annotations

from tests.review.conformance import ReviewConformance


class TestReviewLoop(ReviewConformance):
    """Runs once per backend (the `repository` fixture is parametrised)."""
