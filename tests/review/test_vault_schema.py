"""Schema 3 (the review loop) upgrades every older vault, keeping its review history."""

from __future__ import annotations

from pathlib import Path

import pytest

from flegme.review.identity import Identity
from flegme.review.models import Role, Status
from flegme.vault import Vault, VaultRepository
from flegme.vault.sqlcipher import migrations, store
from tests.drafting import add_draft
from tests.memory_keyring import MemoryKeyring

WHEN = "2025-01-01T00:00:00+00:00"


@pytest.mark.parametrize("start", range(1, migrations.LATEST))
def test_review_history_survives_the_upgrade(tmp_path: Path, start: int) -> None:
    con = store.connect(tmp_path / "old.db", bytes(range(32)), create=True)
    migrations.migrate(con, target=start)
    con.execute("INSERT INTO drafts (id, title, body, language, platforms, status, author_role, "
                "created_at, updated_at, last_edit_at) VALUES (1, 't', 'Hello world', 'en', "
                "'[]', 'in_review', 'leader', ?, ?, ?)", (WHEN, WHEN, WHEN))
    con.execute("INSERT INTO revisions (id, draft_id, number, title, body, author_role, "
                "created_at) VALUES (7, 1, 1, 't', 'Hello world', 'leader', ?)", (WHEN,))
    con.execute("INSERT INTO review_events (draft_id, revision_id, kind, author_role, "
                "created_at, start, \"end\", text) VALUES (1, 7, 'comment', 'assistant', ?, "
                "0, 5, 'Hi?')", (WHEN,))
    con.execute("INSERT INTO audit_log (draft_id, from_status, to_status, author_role, "
                "created_at) VALUES (1, 'draft', 'in_review', 'leader', ?)", (WHEN,))
    assert migrations.migrate(con) == migrations.LATEST
    columns = {r[1] for r in con.execute("PRAGMA table_info(review_events)")}
    assert {"parent_id", "resolved", "author_name"} <= columns
    row = con.execute("SELECT parent_id, resolved, author_name FROM review_events").fetchone()
    assert tuple(row) == (None, 0, "")
    assert con.execute("SELECT review_revision_id FROM drafts").fetchone()[0] is None
    con.close()


def test_an_old_vault_opens_and_serves_the_review_loop(tmp_path: Path,
                                                      memory_keyring: MemoryKeyring) -> None:
    path = tmp_path / "v.vault"
    vault, _ = Vault.create(path)
    add_draft(vault, title="t", body="Hello world", language="en", platforms=[],
              role=Role.LEADER)
    vault.close()
    repo = VaultRepository(Vault.open(path))
    try:
        assert repo.unseen_events(Identity("Claire", Role.LEADER)) == {}
        assert repo.audit_log(1)[0].author_name == ""
    finally:
        repo.store.close()


def test_a_draft_in_review_before_freezing_takes_comments(tmp_path: Path,
                                                          memory_keyring: MemoryKeyring) -> None:
    from flegme.review.service import ReviewService

    vault, _ = Vault.create(tmp_path / "v.vault")
    try:
        draft = add_draft(vault, title="t", body="Hello world", language="en", platforms=[],
                          role=Role.LEADER)
        VaultRepository(vault).change_status(  # sent as before: no revision frozen
            draft.id, expected=Status.DRAFT, target=Status.IN_REVIEW,
            actor=Identity("Claire", Role.LEADER), at=vault.clock())
        assert vault.get_draft(draft.id).review_revision_id is None  # as an old vault has
        assistant = ReviewService(VaultRepository(vault), Identity("Sam", Role.ASSISTANT))
        comment = assistant.comment(draft.id, text="Which world?", start=6, end=11)
        assert assistant.threads(draft.id)[0].anchor is not None
        assert comment.revision_id == vault.revisions(draft.id)[-1].id
    finally:
        vault.close()
