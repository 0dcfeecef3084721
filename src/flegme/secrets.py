"""Secrets in the OS keyring (service "Flegme"), every call under a time limit.

A locked Secret Service collection can make `unlock()` block forever (secretstorage #33), so
each keyring call runs on a daemon thread and gives up after `timeout` seconds with a clear
`KeyringUnavailableError`. Nothing here ever falls back to a file.
"""

from __future__ import annotations

import contextlib
import logging
import threading
from collections.abc import Callable
from typing import TypeVar

from flegme.errors import KeyringUnavailableError

SERVICE = "Flegme"
DEFAULT_TIMEOUT = 5.0
PROBE_ENTRY = "probe:does-not-exist"  # read (never written) to see that the keyring answers
T = TypeVar("T")
_warm_up: threading.Thread | None = None


def warm_up_in_background() -> None:
    """Load the keyring and find its backend on a thread (once per process): on Linux that is
    imports and D-Bus round trips to the Secret Service, done while the window's modules and
    Qt load, so the vault key is read at once. A failure is left for the real read to say."""
    global _warm_up
    if _warm_up is None:
        _warm_up = threading.Thread(target=_find_backend, name="keyring-warm-up", daemon=True)
        _warm_up.start()


def _find_backend() -> None:
    try:
        import keyring

        keyring.get_keyring()
    except Exception:
        logging.getLogger(__name__).debug("keyring warm-up failed", exc_info=True)


def _with_time_limit(call: Callable[[], T], what: str, timeout: float) -> T:
    box: dict[str, object] = {}

    def target() -> None:
        try:
            box["value"] = call()
        except BaseException as exc:  # handed to the caller below
            box["error"] = exc

    worker = threading.Thread(target=target, name=f"keyring-{what}", daemon=True)
    worker.start()
    worker.join(timeout)
    if worker.is_alive():
        raise KeyringUnavailableError(
            f"The system keyring did not answer within {timeout:g} s ({what}). It may be locked "
            "and waiting for a password: unlock it and try again, or use passphrase mode."
        )
    if "error" in box:
        exc = box["error"]
        raise KeyringUnavailableError(f"The system keyring refused to {what}: {exc}") from (
            exc if isinstance(exc, BaseException) else None
        )
    return box["value"]  # type: ignore[return-value]


def backend_name() -> str:
    """The keyring backend in use, e.g. 'SecretService Keyring' or 'fail Keyring'."""
    import keyring

    backend = keyring.get_keyring()
    name = str(getattr(backend, "name", type(backend).__name__))
    chained = getattr(backend, "backends", None)  # keyring's ChainerBackend
    if chained:
        inner = ", ".join(str(getattr(b, "name", type(b).__name__)) for b in chained)
        name = f"{name} ({inner})"
    return name


def keyring_usable(timeout: float = DEFAULT_TIMEOUT) -> tuple[bool, str]:
    """Whether a real keyring backend is there, and a sentence saying which or why not."""
    import keyring
    from keyring.backends import fail

    try:
        backend = _with_time_limit(keyring.get_keyring, "find a keyring", timeout)
    except KeyringUnavailableError as exc:
        return False, str(exc)
    if isinstance(backend, fail.Keyring):
        return False, (
            "No system keyring is available (on Linux, a Secret Service such as GNOME "
            "Keyring or KWallet must be running)."
        )
    priority = getattr(backend, "priority", 1)
    if priority is not None and priority <= 0:
        return False, f"The keyring backend '{backend_name()}' is not a secure store."
    return True, f"Using the system keyring ({backend_name()})."


def keyring_answers(timeout: float = DEFAULT_TIMEOUT) -> tuple[bool, str]:
    """Like `keyring_usable`, and the keyring must also answer one real read (of an entry that
    does not exist) in time: a Secret Service that is registered but never replies, or waits
    on an unlock prompt, is not usable."""
    usable, why = keyring_usable(timeout)
    if not usable:
        return usable, why
    try:
        get_secret(PROBE_ENTRY, timeout)
    except KeyringUnavailableError as exc:
        return False, str(exc)
    return True, f"The system keyring ({backend_name()}) answered within {timeout:g} s."


def get_secret(name: str, timeout: float = DEFAULT_TIMEOUT) -> str | None:
    """The secret stored under `name`, or None when there is none."""
    import keyring

    value: str | None = _with_time_limit(
        lambda: keyring.get_password(SERVICE, name), "read a secret", timeout
    )
    return value


def set_secret(name: str, value: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Store `value` under `name` (kept small: Windows allows 2,560 bytes per secret)."""
    import keyring

    if len(value.encode("utf-8")) > 2048:
        raise ValueError("secrets are kept under 2 KB so every OS keyring can hold them")
    _with_time_limit(lambda: keyring.set_password(SERVICE, name, value), "store a secret", timeout)


def delete_secret(name: str, timeout: float = DEFAULT_TIMEOUT) -> None:
    """Remove the secret stored under `name`; no error when there is none."""
    import keyring
    from keyring.errors import PasswordDeleteError

    def call() -> None:
        with contextlib.suppress(PasswordDeleteError):  # nothing to delete is fine
            keyring.delete_password(SERVICE, name)

    _with_time_limit(call, "delete a secret", timeout)
