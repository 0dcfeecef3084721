"""One-click fixes agree in number and gender with what they replace, or are not offered."""

from __future__ import annotations

import pytest

from flegme.engine.agreement import agree
from flegme.engine.engine import check_text
from flegme.style.loader import default_style


@pytest.mark.parametrize(("written", "term", "replacement", "language", "expected"), [
    ("synergie", "synergie", "collaboration", "fr", "collaboration"),
    ("synergies", "synergie", "collaboration", "fr", "collaborations"),
    ("disruptive", "disruptif", "nouveau", "fr", "nouvelle"),
    ("disruptives", "disruptif", "nouveau", "fr", "nouvelles"),
    ("disruptifs", "disruptif", "nouveau", "fr", "nouveaux"),
    ("leviers", "levier", "moyen", "fr", "moyens"),
    ("Synergies", "synergie", "collaboration", "fr", "Collaborations"),
    ("stakeholders", "stakeholder", "partner", "en", "partners"),
    ("deliverables", "deliverable", "result", "en", "results"),
    ("synergies", "synergy", "cooperation", "en", "cooperations"),
    ("leveraging", "leverage", "use", "en", None),  # a verb form: no fix rather than a wrong one
    ("leveraged", "leverage", "use", "en", None),
    ("mutualisons", "mutualiser", "partager", "fr", None),
    # a French noun phrase agrees on its head, before the complement
    ("term sheets", "term sheet", "lettre d'intention", "fr", "lettres d'intention"),
    ("roadmaps", "roadmap", "feuille de route", "fr", "feuilles de route"),
    ("best practices", "best practice", "bonne pratique", "fr", "bonnes pratiques"),
    ("leviers", "levier", "s'appuyer sur", "fr", None),  # a verb phrase: no plural
    ("scalables", "scalable", "qui peut grandir", "fr", None),
    ("challengers", "challenger", "remettre en question", "fr", None),
    ("transverses", "transverse", "entre équipes", "fr", None),
    ("quick wins", "quick win", "gain rapide", "fr", "gains rapides"),  # noun + adjective
    ("co-constructions", "co-construction", "travail en commun", "fr", "travaux en commun"),
    ("excellences", "excellence", "travail bien fait", "fr", "travaux bien faits"),
    # an English replacement ending in a word with no plural: no fix
    ("synergies", "synergy", "working together", "en", None),
    ("term sheets", "term sheet", "offer", "en", "offers"),
    ("staycations", "staycation", "holiday at home", "en", None),  # the head is not last
    ("business models", "business model", "how we earn money", "en", None),
    ("pipelines", "pipeline", "future customers", "en", None),  # already plural
    ("deep dives", "deep dive", "close look", "en", "close looks"),
])
def test_a_replacement_takes_the_written_form(written: str, term: str, replacement: str,
                                               language: str, expected: str | None) -> None:
    assert agree(written, term, replacement, language) == expected


def test_a_plural_buzzword_gets_a_plural_fix() -> None:
    report = check_text("Nous créons des synergies entre les équipes.", default_style(),
                        language="fr")
    (finding,) = [f for f in report.findings if report.text[f.start:f.end] == "synergies"]
    assert finding.suggestions == ("collaborations",)


def test_no_fix_is_offered_that_cannot_agree() -> None:
    report = check_text("We are leveraging our network.", default_style(), language="en")
    for finding in report.findings:
        if report.text[finding.start:finding.end].lower().startswith("leverag"):
            assert "use" not in finding.suggestions
