"""Crash-test child: saves revisions in a loop, printing each id once its commit returned."""

from __future__ import annotations

import sys

from flegme.review.models import Role
from flegme.vault import Vault
from tests.drafting import add_revision


def main() -> None:
    path, recovery = sys.argv[1], sys.argv[2]
    with Vault.open(path, recovery_key=recovery) as vault:
        draft_id = vault.list_drafts(limit=1)[0].id
        body = "Révision " * 40
        n = 0
        while True:
            n += 1
            revision = add_revision(vault, draft_id, body=f"{body}{n}", role=Role.LEADER)
            sys.stdout.write(f"{revision.id}\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
