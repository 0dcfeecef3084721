"""A sync in a process of its own, to be killed at random points (tests/team/
test_sync_kills.py): `python -m tests.team.sync_child VAULT` with FLEGME_RECOVERY_KEY,
FLEGME_TEAM_URL and FLEGME_TEAM_PASSWORD set. Prints "syncing", then the report as JSON."""

from __future__ import annotations

import json
import os
import sys

from flegme.team.connect import connect, parse_url
from flegme.team.sync import sync
from flegme.vault import Vault


def main(path: str) -> int:
    vault = Vault.open(path, recovery_key=os.environ["FLEGME_RECOVERY_KEY"])
    try:
        config, _ = parse_url(os.environ["FLEGME_TEAM_URL"])
        with connect(config, os.environ["FLEGME_TEAM_PASSWORD"]) as con:
            print("syncing", flush=True)
            report = sync(vault, con)
    finally:
        vault.close()
    print(json.dumps({"pushed": report.pushed, "pulled": report.pulled,
                      "refused": report.refused, "waiting": report.waiting}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
