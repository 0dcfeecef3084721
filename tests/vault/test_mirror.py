"""The vault's side of team sync (`TeamMirror`): the rows a push reads, and each pulled row
applied with its sync record in one transaction (all of it or none of it)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest

from flegme.review.identity import Identity
from flegme.review.models import Role, Status
from flegme.vault import (
    Pairing,
    PulledAudit,
    PulledEvent,
    TeamMirror,
    Vault,
    VaultRepository,
)
from flegme.vault.sqlcipher import mirror as mirror_module
from tests.memory_keyring import MemoryKeyring

LEADER = Identity("Claire", Role.LEADER)
AT = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _draft(vault: Vault) -> int:
    repo = VaultRepository(vault)
    draft = repo.create_draft(title="Vélos", body="Douze vélos réparés.", language="fr",
                              platforms=["x", "linkedin"], impulsive=False, report_json=None,
                              author=LEADER, at=AT)
    repo.save_revision(draft.id, title="Vélos", body="Treize vélos réparés.",
                       platforms=["x", "linkedin"], impulsive=False, report_json=None,
                       author=LEADER, at=AT)
    return draft.id


def _event(server_id: int, text: str = "Plus court ?") -> PulledEvent:
    return PulledEvent(server_id, None, "comment", "assistant", "Lina", AT.isoformat(), 0, 4,
                       text, None, False)


def _failing_record(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_args: Any) -> None:
        raise RuntimeError("killed between the row and its sync record")

    monkeypatch.setattr(mirror_module, "_record", fail)


def test_a_push_reads_the_draft_its_revisions_and_status_changes(vault: Vault) -> None:
    draft_id = _draft(vault)
    mirror = TeamMirror(vault)
    assert mirror.draft_ids() == [draft_id]
    draft = mirror.outgoing_draft(draft_id)
    assert (draft.title, draft.language, draft.platforms) == ("Vélos", "fr", ("x", "linkedin"))
    assert [r.number for r in draft.revisions] == [1, 2]
    assert draft.revisions[1].body == "Treize vélos réparés."
    assert [(a.from_status, a.to_status) for a in draft.audits] == [(None, "draft")]
    assert mirror.draft_state(draft_id) == ("draft", None, None)


def test_a_pulled_event_and_its_sync_record_go_in_together(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id = _draft(vault)
    mirror = TeamMirror(vault)
    mirror.apply_event(draft_id, _event(71))
    local = mirror.local_id("event", 71)
    assert local is not None and [e.text for e in mirror.events(draft_id)] == ["Plus court ?"]
    assert mirror.synced_resolved("event", local) is False
    mirror.apply_resolved(local, 71, True)
    assert mirror.event_resolved(local) is True and mirror.synced_resolved("event", local)

    _failing_record(monkeypatch)
    with pytest.raises(RuntimeError):
        mirror.apply_event(draft_id, _event(72, "Et la photo ?"))
    assert [e.text for e in mirror.events(draft_id)] == ["Plus court ?"]  # rolled back
    with pytest.raises(RuntimeError):
        mirror.apply_resolved(local, 71, False)
    assert mirror.event_resolved(local) is True


def test_pulled_status_changes_and_the_drafts_status_go_in_together(
        vault: Vault, monkeypatch: pytest.MonkeyPatch) -> None:
    draft_id = _draft(vault)
    mirror = TeamMirror(vault)
    audits = [PulledAudit(5, "draft", "in_review", "leader", "Claire", AT.isoformat(), None),
              PulledAudit(6, "in_review", "approved", "assistant", "Lina", AT.isoformat(), "OK")]
    with monkeypatch.context() as patched:
        _failing_record(patched)
        with pytest.raises(RuntimeError):
            mirror.apply_status(draft_id, audits, "approved", None, None)
    repo = VaultRepository(vault)
    assert repo.get_draft(draft_id).status is Status.DRAFT and len(repo.audit_log(draft_id)) == 1
    mirror.apply_status(draft_id, audits, "approved", None, None)
    assert repo.get_draft(draft_id).status is Status.APPROVED
    assert [e.author_name for e in repo.audit_log(draft_id)][-2:] == ["Claire", "Lina"]
    assert set(mirror.mapped("audit").values()) == {5, 6}


def test_a_refusal_is_kept_and_never_read_as_a_pairing(vault: Vault) -> None:
    draft_id = _draft(vault)
    mirror = TeamMirror(vault)
    audit = mirror.outgoing_draft(draft_id).audits[0].id
    mirror.record_refusal(draft_id, audit, AT.isoformat(), "“Vélos”: refused")
    assert mirror.server_id("audit", audit) == 0 and mirror.local_id("audit", 0) is None
    assert mirror.refusals() == [(draft_id, AT.isoformat(), "“Vélos”: refused")]
    mirror.record_pushed(Pairing("draft", draft_id, 40), Pairing("dismissal", 3, 9, True))
    assert mirror.mapped("draft") == {draft_id: 40}
    assert mirror.synced_resolved("dismissal", 3) is True


def test_the_namespace_and_the_sync_notes_survive_reopening(
        tmp_path: Path, memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "flegme.vault"
    vault, _recovery = Vault.create(path)
    with vault:
        mirror = TeamMirror(vault)
        namespace = mirror.namespace
        mirror.apply_house_style(3, "[style]\n", "comms", AT.isoformat())
        mirror.record_last_sync(AT.isoformat())
    with Vault.open(path) as again:
        mirror = TeamMirror(again)
        assert mirror.namespace == namespace
        assert (mirror.meta("style_version"), mirror.meta("last_sync")) == ("3", AT.isoformat())
        assert again.house_style_text() == "[style]\n"
