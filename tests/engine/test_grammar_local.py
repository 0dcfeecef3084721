"""A local LanguageTool: never downloaded behind the user's back, Java and folder checks, the
explicit download (progress, cancel, offline), and a real JVM started lazily and stopped."""

from __future__ import annotations

import hashlib
import io
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from flegme.engine.checks import grammar_local
from flegme.engine.checks.grammar import GrammarService, GrammarSettings
from flegme.engine.checks.grammar_local import (
    download_languagetool,
    find_install,
    missing_for_local,
)
from flegme.style.loader import default_style
from tests.lt_standin.local_jar import build_standin_install

STYLE = default_style()


@pytest.fixture
def lt_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """language-tool-python's download folder, empty, in tmp (env restored afterwards)."""
    folder = tmp_path / "ltp"
    monkeypatch.setenv("LTP_PATH", str(folder))
    monkeypatch.setenv("LTP_JAR_DIR_PATH", "")  # recorded so the test's changes are undone
    monkeypatch.setattr(grammar_local, "_java_cache", None)
    return folder


def test_not_downloaded_is_a_reason_and_nothing_is_downloaded(lt_path: Path) -> None:
    service = GrammarService(GrammarSettings(backend="local"))
    result = service.check("teh", "en", STYLE)
    assert result.findings == ()
    assert result.skipped and "not downloaded yet" in result.skipped
    assert not lt_path.exists() or not any(lt_path.iterdir())  # no download started
    service.close()


def test_no_java_says_so(lt_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATH", str(lt_path))  # no java there
    skipped = GrammarService(GrammarSettings(backend="local")).check("teh", "en", STYLE).skipped
    assert skipped and "needs Java 17 or newer" in skipped


def test_old_java_says_which(lt_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(grammar_local, "_ask_java", lambda: 11)
    assert "this computer has Java 11" in (missing_for_local() or "")


def test_a_configured_folder_must_be_a_languagetool_folder(lt_path: Path,
                                                           tmp_path: Path) -> None:
    (tmp_path / "stuff").mkdir()
    missing = missing_for_local(str(tmp_path / "stuff"))
    assert missing and "is not a LanguageTool folder" in missing
    good = tmp_path / "LanguageTool-6.6"
    good.mkdir()
    (good / "languagetool-server.jar").write_bytes(b"PK")
    assert missing_for_local(str(good)) is None
    install = find_install(str(good))
    assert install is not None and install.version == "6.6"


def _zip_with(version: str) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(f"LanguageTool-{version}/languagetool-server.jar", b"PK-stand-in")
        archive.writestr(f"LanguageTool-{version}/padding.bin", bytes(900_000))
    return buffer.getvalue()


@pytest.fixture
def zip_server() -> Iterator[tuple[str, bytes]]:
    """A loopback server handing out a small LanguageTool-9.9.zip (a stand-in release)."""
    body = _zip_with("9.9")

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            for i in range(0, len(body), 64_000):
                self.wfile.write(body[i:i + 64_000])

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/LanguageTool-9.9.zip", body
    server.shutdown()
    server.server_close()


def test_download_reports_progress_and_installs(lt_path: Path,
                                                zip_server: tuple[str, bytes]) -> None:
    url, body = zip_server
    seen: list[tuple[int, int | None]] = []
    error = download_languagetool(lambda done, total: seen.append((done, total)), url=url,
                                  sha256=hashlib.sha256(body).hexdigest(), version="9.9")
    assert error is None
    assert seen[-1] == (len(body), len(body)) and len(seen) > 1
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    install = find_install()
    assert install is not None and install.version == "9.9"
    assert sorted(p.name for p in lt_path.iterdir()) == ["LanguageTool-9.9"]  # no leftovers


def test_download_can_be_cancelled(lt_path: Path, zip_server: tuple[str, bytes]) -> None:
    cancel = threading.Event()
    error = download_languagetool(lambda done, total: cancel.set(), cancel, url=zip_server[0],
                                  version="9.9")
    assert error == "The LanguageTool download was cancelled."
    assert find_install() is None and list(lt_path.iterdir()) == []


def test_a_damaged_download_is_refused(lt_path: Path, zip_server: tuple[str, bytes]) -> None:
    error = download_languagetool(url=zip_server[0], sha256="0" * 64, version="9.9")
    assert error and "checksum mismatch" in error
    assert find_install() is None


@pytest.mark.timeout(60)
def test_download_offline_fails_cleanly(lt_path: Path) -> None:
    # The suite refuses non-loopback connections, as an offline machine would.
    error = download_languagetool()
    assert error and error.startswith("LanguageTool could not be downloaded: this computer "
                                      "cannot reach the download server")
    assert find_install() is None


@pytest.fixture(scope="module")
def standin_jar(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder, why = build_standin_install(tmp_path_factory.mktemp("lt-jar"))
    if folder is None:
        pytest.skip(why)
    return folder


@pytest.mark.slow
def test_local_languagetool_starts_lazily_checks_and_leaves_no_java(
        lt_path: Path, standin_jar: Path) -> None:
    psutil = pytest.importorskip("psutil")
    service = GrammarService(GrammarSettings(backend="local", local_dir=str(standin_jar),
                                             timeout_s=20))
    assert service.__dict__["_client"] is None  # nothing started by the constructor
    text = "👨‍👩‍👧 Read teh 🚲 note, teh end."
    result = service.check(text, "en", STYLE)
    assert result.skipped is None, result.skipped
    assert [text[f.start:f.end] for f in result.findings] == ["teh", "teh"]
    assert [f.start for f in result.findings] == [text.index("teh"), text.rindex("teh")]
    client: Any = service._client
    pid = client._server.pid
    assert psutil.pid_exists(pid)
    again = service.check("teh", "en", STYLE)  # the same JVM answers again
    assert again.findings and service._client is client and client._server.pid == pid
    service.close()
    assert not psutil.pid_exists(pid) or psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
