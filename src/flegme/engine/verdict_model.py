"""Fitted verdict models: a logistic score per label, read from resources/models/verdicts.toml.

The weights and thresholds are fitted by `scripts/fit_verdicts.py` (see the file's provenance
table); nothing here is set by hand. The score shown to the user (0-100) is the calibrated
probability; the house style's threshold (default 50) maps onto the fitted cut, so a house
that sets 50 gets the fitted threshold and a stricter or looser house moves it up or down.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from types import MappingProxyType

from flegme.errors import FlegmeError
from flegme.resources import resource_path
from flegme.toml_cache import parse_toml

LABELS = ("impulsive", "promotional", "jargon")
DEFAULT_HOUSE_THRESHOLD = 50


@dataclass(frozen=True, slots=True)
class LabelModel:
    """A logistic model over named features, with its fitted probability cut."""

    label: str
    intercept: float
    weights: Mapping[str, float]
    cut: float = 0.5  # fitted probability at or above which the verdict is true

    def probability(self, features: Mapping[str, float]) -> float:
        """The calibrated probability that the label holds."""
        z = self.intercept + sum(w * features.get(name, 0.0)
                                 for name, w in self.weights.items())
        if z >= 0:
            return 1.0 / (1.0 + math.exp(-z))
        e = math.exp(z)
        return e / (1.0 + e)

    def score(self, features: Mapping[str, float]) -> int:
        """The probability as a 0-100 score."""
        return round(100 * self.probability(features))

    def flag(self, probability: float, house_threshold: int = DEFAULT_HOUSE_THRESHOLD) -> bool:
        """The verdict: the house threshold 50 means the fitted cut; 0 and 100 the ends."""
        return probability >= house_cut(self.cut, house_threshold)


def house_cut(cut: float, house_threshold: int) -> float:
    """Map a house threshold (0-100, 50 = as fitted) onto a probability cut, piecewise
    linearly: 0 -> 0, 50 -> `cut`, 100 -> 1."""
    h = min(100, max(0, house_threshold)) / 100
    if h <= 0.5:
        return cut * h / 0.5
    return cut + (1 - cut) * (h - 0.5) / 0.5


def models_from_data(data: Mapping[str, object]) -> dict[str, LabelModel]:
    """Label models from the parsed TOML (the `[labels.<label>]` tables)."""
    labels = data.get("labels")
    if not isinstance(labels, Mapping):
        raise FlegmeError("verdict model: no [labels] table")
    out: dict[str, LabelModel] = {}
    for label, raw in labels.items():
        if not isinstance(raw, Mapping):
            raise FlegmeError(f"verdict model: [labels.{label}] is not a table")
        weights = raw.get("weights", {})
        if not isinstance(weights, Mapping):
            raise FlegmeError(f"verdict model: [labels.{label}.weights] is not a table")
        out[str(label)] = LabelModel(
            label=str(label), intercept=float(raw["intercept"]),
            weights=MappingProxyType({str(k): float(v) for k, v in weights.items()}),
            cut=float(raw.get("cut", 0.5)))
    return out


@cache
def load_models() -> Mapping[str, LabelModel]:
    """The shipped verdict models (resources/models/verdicts.toml)."""
    path = resource_path("models", "verdicts.toml")
    try:
        data = parse_toml(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:  # (bad UTF-8 and TOML errors are ValueErrors)
        raise FlegmeError(f"Verdict model {path} cannot be read: {exc}") from exc
    return MappingProxyType(models_from_data(data))
