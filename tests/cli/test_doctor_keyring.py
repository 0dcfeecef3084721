"""`flegme doctor` reports a keyring that never answers as not usable (issue 11, item 14)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator

import keyring
import pytest

from flegme.cli import main as cli_main
from flegme.cli.doctor_cmd import collect
from tests.memory_keyring import MemoryKeyring


class SilentKeyring(MemoryKeyring):
    """Registered and well ranked, like a Secret Service on the bus, but no call returns
    (while `release` is not set: keyring's chainer may later pick this class up again, so
    the switch is on the class)."""

    release = threading.Event()

    def get_password(self, service: str, username: str) -> str | None:
        self.release.wait()
        return None


@pytest.fixture
def silent_keyring() -> Iterator[SilentKeyring]:
    previous = keyring.get_keyring()
    SilentKeyring.release.clear()
    backend = SilentKeyring()
    keyring.set_keyring(backend)
    yield backend
    SilentKeyring.release.set()  # abandoned probe threads end; later instances answer None
    keyring.set_keyring(previous)


def test_a_keyring_that_never_answers_is_not_usable(silent_keyring: SilentKeyring) -> None:
    report = collect(timeout=0.3)["keyring"]
    assert report["usable"] is False and "did not answer within 0.3 s" in report["detail"]


def test_doctor_json_says_so_and_a_working_keyring_is_usable(
        silent_keyring: SilentKeyring, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["doctor", "--json", "--timeout", "0.3"]) == 0
    assert json.loads(capsys.readouterr().out)["keyring"]["usable"] is False
    keyring.set_keyring(MemoryKeyring())
    report = collect(timeout=2)["keyring"]
    assert report["usable"] is True and "answered" in report["detail"]
