"""Drafts written into a vault for tests, through `VaultRepository` (the one writer of drafts),
without the review service's check of the text (the storage tests need no engine)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from flegme.engine.report import Report
from flegme.review.identity import Identity
from flegme.review.models import Draft, Revision, Role
from flegme.vault import Vault, VaultRepository


def _as(role: Role) -> Identity:
    return Identity(name="", role=Role(role))  # a role, no person named (a single-user vault)


def _report_json(report: Report | None) -> str | None:
    return None if report is None else json.dumps(report.to_dict(), ensure_ascii=False)


def add_draft(vault: Vault, *, title: str, body: str, language: str = "fr",
              platforms: Sequence[str] = (), role: Role = Role.LEADER,
              report: Report | None = None) -> Draft:
    """A new draft (and its first revision) stored as `role`, at the vault's clock."""
    return VaultRepository(vault).create_draft(
        title=title, body=body, language=language, platforms=list(platforms),
        impulsive=bool(report and report.verdicts.impulsive), report_json=_report_json(report),
        author=_as(role), at=vault.clock())


def add_revision(vault: Vault, draft_id: int, *, body: str, title: str | None = None,
                 role: Role = Role.LEADER, report: Report | None = None) -> Revision:
    """A new revision of a draft (its title and platforms kept unless given)."""
    current = vault.get_draft(draft_id)
    return VaultRepository(vault).save_revision(
        draft_id, title=current.title if title is None else title, body=body,
        platforms=list(current.platforms),
        impulsive=current.impulsive if report is None else report.verdicts.impulsive,
        report_json=_report_json(report), author=_as(role), at=vault.clock())
