"""The whole evaluation table: every organisation scored leave-one-organisation-out, and the
real posts' "report" part (never fitted on), French and English apart.

    .venv/bin/python scripts/evaluate.py [--misses ORG] [--real-cv]

For each organisation, the impulsive / promotional / jargon models are fitted (weights and
cut) on all the other organisations, then scored on it. The report part is scored with the
models fitted on every fit organisation (what ships). values_linked and over_limit are not
fitted: they come from the engine as it is. The calibration table pools the out-of-
organisation probabilities of every organisation.
"""

from __future__ import annotations

import argparse
from collections.abc import Sequence

from fitting import Figures, calibration, figures, fit_label, labelled
from verdict_data import LABELS, Row, fit_rows, report_rows

from flegme.engine.verdict_model import LabelModel

FIXED = ("values_linked", "over_limit")


def _predict(model: LabelModel, row: Row) -> tuple[float, bool]:
    p = model.probability(row.features[model.label])
    return p, model.flag(p)


def loo(rows: Sequence[Row]) -> tuple[dict[str, dict[str, Figures]],
                                     dict[str, list[tuple[bool, float, bool, Row]]]]:
    """Per organisation and label, figures from models fitted without that organisation."""
    table: dict[str, dict[str, Figures]] = {}
    pooled: dict[str, list[tuple[bool, float, bool, Row]]] = {label: [] for label in LABELS}
    for org in sorted({r.org for r in rows}, key=_org_order):
        train = [r for r in rows if r.org != org]
        test = [r for r in rows if r.org == org]
        table[org] = {}
        for label in LABELS:
            model = fit_label(train, label)
            held = labelled(test, label)
            if not held:
                continue
            preds = [(r.post.labels[label], *_predict(model, r), r) for r in held]
            pooled[label] += preds
            table[org][label] = figures([y for y, _, _, _ in preds], [f for _, _, f, _ in preds],
                                        [p for _, p, _, _ in preds])
        table[org].update(_fixed(test))
    return table, pooled


REAL_FOLDS = 5


def real_cv(rows: Sequence[Row]) -> tuple[dict[str, dict[str, Figures]],
                                         list[tuple[str, bool, float, bool, Row]]]:
    """The fit part of the real posts cross-validated by author: each of REAL_FOLDS folds of
    authors is scored by models fitted on every other organisation plus the other folds.
    A development figure (fit data only); the report part stays untouched. Returns the
    figures (all, en, fr) and every prediction (label, truth, probability, flag, row)."""
    real = [r for r in rows if r.org == "real-fit"]
    authors = sorted({r.post.author for r in real})
    fold = {a: i % REAL_FOLDS for i, a in enumerate(authors)}
    preds: list[tuple[str, bool, float, bool, Row]] = []
    for k in range(REAL_FOLDS):
        train = [r for r in rows if r.org != "real-fit" or fold[r.post.author] != k]
        test = [r for r in real if fold[r.post.author] == k]
        for label in LABELS:
            model = fit_label(train, label)
            preds += [(label, r.post.labels[label], *_predict(model, r), r)
                      for r in labelled(test, label)]
    table: dict[str, dict[str, Figures]] = {}
    for lang in ("all", "en", "fr"):
        table[f"real-cv {lang}"] = {}
        for label in LABELS:
            got = [(t, p, f) for lab, t, p, f, r in preds
                   if lab == label and lang in ("all", r.post.language)]
            if got:
                table[f"real-cv {lang}"][label] = figures(
                    [t for t, _, _ in got], [f for _, _, f in got], [p for _, p, _ in got])
    return table, preds


def by_language(rows: Sequence[Row],
                pooled: dict[str, list[tuple[bool, float, bool, Row]]]
                ) -> dict[str, dict[str, Figures]]:
    """The leave-one-organisation-out figures again, each organisation's French and English
    posts apart (the same out-of-organisation predictions, split by the post's language)."""
    table: dict[str, dict[str, Figures]] = {}
    for org in sorted({r.org for r in rows}, key=_org_order):
        for lang in ("en", "fr"):
            name = f"{org} {lang}"
            part = [r for r in rows if r.org == org and r.post.language == lang]
            table[name] = {}
            for label in LABELS:
                got = [(t, p, f) for t, p, f, r in pooled[label]
                       if r.org == org and r.post.language == lang]
                if got:
                    table[name][label] = figures([t for t, _, _ in got], [f for _, _, f in got],
                                                 [p for _, p, _ in got])
            table[name].update(_fixed(part))
    return table


def _fixed(rows: Sequence[Row]) -> dict[str, Figures]:
    out: dict[str, Figures] = {}
    for verdict in FIXED:
        held = [r for r in rows if verdict in r.post.labels]
        if held:
            out[verdict] = figures([r.post.labels[verdict] for r in held],
                                   [r.verdicts[verdict] for r in held])
    return out


def _org_order(org: str) -> tuple[int, str]:
    return ({"dev": 0, "real-fit": 8}.get(org, 1), org)


def shipped(train: Sequence[Row], rows: Sequence[Row]) -> dict[str, dict[str, Figures]]:
    """Figures of the models fitted on all of `train`, on `rows`, by language."""
    models = {label: fit_label(train, label) for label in LABELS}
    table: dict[str, dict[str, Figures]] = {}
    for language in ("en", "fr", "all"):
        part = [r for r in rows if language in ("all", r.post.language)]
        if not part:
            continue
        name = f"real-report {language}"
        table[name] = {}
        for label in LABELS:
            held = labelled(part, label)
            if held:
                preds = [(r.post.labels[label], *_predict(models[label], r)) for r in held]
                table[name][label] = figures([y for y, _, _ in preds], [f for _, _, f in preds],
                                             [p for _, p, _ in preds])
        table[name].update(_fixed(part))
    return table


def _cell(f: Figures | None) -> str:
    if f is None:
        return "–"
    auc = f"{f.auc:.2f}" if f.auc is not None else "–"
    return f"{f.precision:.2f} / {f.recall:.2f} / **{f.f1:.2f}** / {auc} ({f.support}/{f.n})"


def print_table(table: dict[str, dict[str, Figures]]) -> None:
    """A markdown table: one row per set, P / R / F1 / AUC (positives/posts) per label."""
    columns = (*LABELS, *FIXED)
    print("| set | " + " | ".join(columns) + " |")
    print("|---|" + "---|" * len(columns))
    for name, cells in table.items():
        print(f"| {name} | " + " | ".join(_cell(cells.get(c)) for c in columns) + " |")


def main() -> int:
    """Print the LOO table, the report part and the calibration tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", metavar="ORG", help="list the misses of one organisation")
    parser.add_argument("--real-cv", action="store_true",
                        help="only the real fit part, cross-validated in author folds "
                             "(with --misses real-cv: list its misses)")
    args = parser.parse_args()
    rows = fit_rows()
    if args.real_cv:
        cv_table, preds = real_cv(rows)
        print_table(cv_table)
        if args.misses:
            for label, truth, p, flag, row in preds:
                if truth != flag:
                    kind = "missed" if truth else "false alarm"
                    text = row.post.text[:150].replace("\n", " ")
                    print(f"- {row.post.id} {label} {kind} p={p:.2f} "
                          f"{ {k: v for k, v in row.features[label].items() if v} }: {text}")
        return 0
    table, pooled = loo(rows)
    reported = report_rows()
    print("Cells: precision / recall / **F1** / ROC AUC (positives/posts).\n")
    print("## Leave one organisation out\n")
    print_table(table)
    print("\n## Leave one organisation out, French and English apart\n")
    print_table(by_language(rows, pooled))
    if reported:
        print("\n## Real posts, report part (never fitted on)\n")
        print_table(shipped(rows, reported))
    print("\n## Calibration (out-of-organisation probabilities, pooled)\n")
    print("| label | bin | posts | mean predicted | observed |")
    print("|---|---|---|---|---|")
    for label in LABELS:
        y = [t for t, _, _, _ in pooled[label]]
        p = [q for _, q, _, _ in pooled[label]]
        for name, n, mean, observed in calibration(y, p):
            print(f"| {label} | {name} | {n} | {mean:.2f} | {observed:.2f} |")
    if args.misses:
        print(f"\n## Misses in {args.misses}\n")
        for label in LABELS:
            for truth, p, flag, row in pooled[label]:
                if row.org == args.misses and truth != flag:
                    kind = "missed" if truth else "false alarm"
                    text = row.post.text[:150].replace("\n", " ")
                    print(f"- {row.post.id} {label} {kind} p={p:.2f} "
                          f"{ {k: v for k, v in row.features[label].items() if v} }: {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
