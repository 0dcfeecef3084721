"""Live updates from the team server: LISTEN on a connection of its own, so that the queue
and the feedback refresh within a second of a change; a poll tick when nothing arrives (and
when the server is unreachable) keeps a client right even if a notification is lost."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from flegme.team.connect import ServerConfig, connect
from flegme.team.errors import TeamUnavailableError

CHANNEL = "flegme"
POLL_INTERVAL_S = 5.0


@dataclass(frozen=True, slots=True)
class Change:
    """Something changed on the server: a draft (or the house style when `draft_id` is None)."""

    draft_id: int | None
    kind: str  # "status" | "revision" | "comment" | "reply" | "resolved" | "house_style" | "poll"


def parse(payload: str) -> Change:
    """A notification's JSON payload as a Change."""
    try:
        data = json.loads(payload)
        draft = data.get("draft")
        return Change(None if draft is None else int(draft), str(data.get("kind", "")))
    except (ValueError, TypeError, AttributeError):
        return Change(None, "poll")


class ChangeFeed:
    """Notifications for one login; `wait` returns what arrived (or a poll tick)."""

    def __init__(self, config: ServerConfig, password: str | None, *,
                 poll_interval: float = POLL_INTERVAL_S) -> None:
        self.config = config
        self._password = password
        self.poll_interval = poll_interval
        self._con: Any = None
        self.online = False

    def _listen(self) -> Any:
        if self._con is None or self._con.closed:
            self._con = connect(self.config, self._password)
            self._con.execute(f"LISTEN {CHANNEL}")
            self.online = True
        return self._con

    def wait(self, timeout: float | None = None) -> list[Change]:
        """Changes that arrive within `timeout` (default: the poll interval); a single
        Change(None, "poll") when none did, so the caller refreshes anyway."""
        import psycopg

        limit = self.poll_interval if timeout is None else timeout
        try:
            con = self._listen()
            changes = [parse(n.payload) for n in con.notifies(timeout=limit, stop_after=1)]
            if changes:  # and whatever came with it
                changes += [parse(n.payload) for n in con.notifies(timeout=0.01)]
        except (TeamUnavailableError, psycopg.OperationalError):
            self.online = False
            self.close()
            time.sleep(min(limit, 1.0))
            return [Change(None, "poll")]
        return changes or [Change(None, "poll")]

    def wait_for(self, ready: Callable[[], bool], timeout: float) -> bool:
        """Wait until `ready()` holds (checked at once and after each change); False when
        `timeout` passes first."""
        deadline = time.monotonic() + timeout
        while not ready():
            left = deadline - time.monotonic()
            if left <= 0:
                return False
            self.wait(min(left, self.poll_interval))
        return True

    def close(self) -> None:
        """Stop listening."""
        if self._con is not None:
            try:
                self._con.close()
            finally:
                self._con = None
