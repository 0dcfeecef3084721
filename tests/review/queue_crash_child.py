"""Crash-test child: the window's way of saving (autosaves queued faster than they are
written, superseded ones coalesced), printing each revision id once its write returned."""

from __future__ import annotations

import os
import sys
import threading
from functools import partial

from flegme.review.identity import Identity
from flegme.review.models import Revision, Role
from flegme.review.service import ReviewService
from flegme.review.write_queue import WriteQueue
from flegme.vault import Vault, VaultRepository


def main() -> None:
    path, recovery = sys.argv[1], sys.argv[2]
    vault = Vault.open(path, recovery_key=recovery)
    service = ReviewService(VaultRepository(vault), Identity("crash", Role.LEADER))
    draft_id = vault.list_drafts(limit=1)[0].id
    queue = WriteQueue()
    lock = threading.Lock()

    def acknowledged(revision: Revision | None) -> None:
        if revision is not None:
            with lock:
                sys.stdout.write(f"{revision.id}\n")
                sys.stdout.flush()

    def failed(exc: BaseException) -> None:  # the test reads stderr: never hang on it
        sys.stderr.write(f"{exc!r}\n")
        sys.stderr.flush()
        os._exit(1)

    body = "Révision " * 40
    n = 0
    while True:  # the typist: a new text every moment, far faster than saves land
        n += 1
        text = f"{body}{n}"
        queue.submit(partial(service.save, draft_id, body=text), acknowledged, failed,
                     coalesce=("autosave", draft_id))
        if queue.pending > 3:
            queue.drain(0.01)


if __name__ == "__main__":
    main()
