"""Fit the impulsive / promotional / jargon verdict models and write
resources/models/verdicts.toml (weights, intercept, cut, and the fit's provenance).

    .venv/bin/pip install -e '.[fit]'   # numpy, scikit-learn (fit time only)
    .venv/bin/python scripts/fit_verdicts.py [--check]

Fitted on dev, the five organisations of shared/corpus/more and corpus/real's "fit" part;
never on corpus/real's "report" part. `--check` fails when the stored file differs from a
fresh fit (the fit is deterministic).
"""

from __future__ import annotations

import argparse
import hashlib

import sklearn
from fitting import BETA, BETA_BY_LABEL, C, fit_label
from verdict_data import LABELS, REPO, Row, fit_rows

from flegme.engine.verdict_model import LabelModel

OUT = REPO / "resources" / "models" / "verdicts.toml"


def render(models: dict[str, LabelModel], rows: list[Row]) -> str:
    """The TOML text of the fitted models, with provenance."""
    digest = hashlib.sha256()
    for row in rows:
        digest.update(f"{row.org}\0{row.post.id}\0{row.post.text}\0"
                      f"{sorted(row.post.labels.items())}\n".encode())
    orgs = sorted({r.org for r in rows})
    lines = [
        "# Verdict models, written by scripts/fit_verdicts.py: do not edit by hand.",
        "# score = 100 * sigmoid(intercept + sum(weight * feature)); the verdict holds when",
        "# the probability reaches `cut` (the house threshold 50 maps onto it).",
        "",
        "[provenance]",
        'script = "scripts/fit_verdicts.py"',
        'method = "L2 logistic regression (scikit-learn lbfgs), cut maximising F-beta on '
        'out-of-organisation predictions"',
        f'sklearn = "{sklearn.__version__}"',
        f"C = {C}",
        f"beta = {BETA}",
        "beta_by_label = {" + ", ".join(f"{k} = {v}" for k, v in BETA_BY_LABEL.items())
        + "}",
        f"organisations = {orgs!r}".replace("'", '"'),
        f"posts = {len(rows)}",
        f'data_sha256 = "{digest.hexdigest()}"',
        "",
    ]
    for label, model in models.items():
        lines += [f"[labels.{label}]", f"intercept = {model.intercept:.4f}",
                  f"cut = {model.cut:.2f}", f"[labels.{label}.weights]"]
        lines += [f"{name} = {weight:.4f}" for name, weight in model.weights.items()]
        lines.append("")
    return "\n".join(lines)


def main() -> int:
    """Fit, then write (or compare with) the model file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare instead of writing")
    args = parser.parse_args()
    rows = fit_rows()
    models = {label: fit_label(rows, label) for label in LABELS}
    text = render(models, rows)
    if args.check:
        same = OUT.read_text(encoding="utf-8") == text
        print("verdicts.toml is up to date" if same else "verdicts.toml differs from a fresh fit")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(f"wrote {OUT.relative_to(REPO)} ({len(rows)} posts)")
    return 0


if __name__ == "__main__":

    raise SystemExit(main())
