"""Integration with a real Secret Service: gnome-keyring in the test's own D-Bus session
(scripts/test.sh runs the suite under `dbus-run-session` and marks that bus as private in
$FLEGME_PRIVATE_BUS, so the test may start its own daemon there; on any other bus that
already has a Secret Service, such as a desktop session, it never replaces it)."""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from flegme import secrets
from flegme.review.models import Role
from flegme.vault import Vault, keyring_entry, rekey
from tests.drafting import add_draft


def _why_not() -> str | None:
    if not os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        return "no D-Bus session bus (run the suite through scripts/test.sh)"
    if shutil.which("gnome-keyring-daemon") is None:
        return "gnome-keyring-daemon is not installed (apt-get install gnome-keyring)"
    private = os.environ.get("FLEGME_PRIVATE_BUS") == os.environ["DBUS_SESSION_BUS_ADDRESS"]
    if not private and _STARTED.get("bus") != os.environ["DBUS_SESSION_BUS_ADDRESS"] \
            and _service_running():
        # A desktop session's own keyring: never replace it (and never write to it).
        return ("a Secret Service already runs on this session bus (a desktop keyring?); "
                "run the test under `dbus-run-session` to get a private one")
    return None


_STARTED: dict[str, str] = {}  # the bus on which this test run started gnome-keyring


def _service_running() -> bool:
    """Whether org.freedesktop.secrets already has an owner on the session bus."""
    from jeepney import DBusAddress, new_method_call
    from jeepney.io.blocking import open_dbus_connection

    bus = DBusAddress("/org/freedesktop/DBus", bus_name="org.freedesktop.DBus",
                      interface="org.freedesktop.DBus")
    with open_dbus_connection(bus="SESSION") as con:
        reply = con.send_and_get_reply(
            new_method_call(bus, "NameHasOwner", "s", ("org.freedesktop.secrets",)), timeout=5)
    return bool(reply.body[0])


@pytest.fixture
def secret_service(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    reason = _why_not()
    if reason:
        print(f"\nSKIPPED real Secret Service test: {reason}")
        pytest.skip(reason)
    home = tmp_path / "home"
    (home / ".local" / "share" / "keyrings").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    out = subprocess.run(["gnome-keyring-daemon", "--replace", "--unlock",
                          "--components=secrets"], input="test-login-password\n",
                         capture_output=True, text=True, timeout=30, check=True)
    _STARTED["bus"] = os.environ["DBUS_SESSION_BUS_ADDRESS"]
    for line in out.stdout.splitlines():
        name, _, value = line.partition("=")
        if name and value:
            monkeypatch.setenv(name, value)
    import keyring
    import keyring.core

    previous = keyring.get_keyring()
    keyring.core.init_backend()
    try:
        yield secrets.backend_name()
    finally:
        keyring.set_keyring(previous)


@pytest.mark.secret_service
def test_vault_key_in_a_real_secret_service(secret_service: str, tmp_path: Path) -> None:
    assert "SecretService" in secret_service
    usable, why = secrets.keyring_usable()
    assert usable, why
    path = tmp_path / "flegme.vault"
    vault, _recovery = Vault.create(path)
    add_draft(vault, title="t", body="stored with a real keyring", language="en",
              platforms=[], role=Role.LEADER)
    entry = keyring_entry(vault.meta.vault_id)
    vault.close()
    stored = secrets.get_secret(entry)
    assert stored is not None and len(bytes.fromhex(stored)) == 32
    with Vault.open(path) as again:
        assert again.get_draft(1).body == "stored with a real keyring"
        rekey(again)  # the new key goes under a new entry; the old entry is removed after
    assert secrets.get_secret(entry) is None
    with Vault.open(path) as again:
        assert again.meta.key_entry and secrets.get_secret(again.meta.key_entry)
        assert again.get_draft(1).body == "stored with a real keyring"
    secrets.set_secret("languagetool:https://lt.example.org", "api-key-123")
    assert secrets.get_secret("languagetool:https://lt.example.org") == "api-key-123"
    secrets.delete_secret("languagetool:https://lt.example.org")
    assert secrets.get_secret("languagetool:https://lt.example.org") is None
