"""A local LanguageTool: is Java 17+ there, is LanguageTool on disk, and the explicit download.

Nothing here downloads unless `download_languagetool` is called (the app asks the user first:
LanguageTool is about 250 MB). language-tool-python looks for `LanguageTool-<version>` folders
in its download folder (`$LTP_PATH`, default `~/.cache/language_tool_python`).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

log = logging.getLogger(__name__)
_JAVA_TTL_S = 30.0  # `java -version` costs a process start; re-asked after this long
_java_cache: tuple[float, int | None] | None = None
_env_lock = threading.Lock()
_FOLDER_RE = re.compile(r"LanguageTool-(\d+\.\d+|\d{8}|latest)$")
_JARS = ("languagetool-server.jar", "languagetool.jar")

ProgressCallback = Callable[[int, int | None], None]  # (bytes so far, total bytes or None)


@dataclass(frozen=True, slots=True)
class LocalInstall:
    """A LanguageTool folder on disk that language-tool-python can start."""

    folder: Path
    version: str


def java_version(use_cache: bool = True) -> int | None:
    """The major version of the `java` on PATH, or None when there is none (cached 30 s)."""
    global _java_cache
    now = time.monotonic()
    if use_cache and _java_cache is not None and now - _java_cache[0] < _JAVA_TTL_S:
        return _java_cache[1]
    version = _ask_java()
    _java_cache = (now, version)
    return version


def _ask_java() -> int | None:
    import subprocess  # (here, not at the top: the window imports this module at start-up)

    java = shutil.which("java")
    if java is None:
        return None
    try:
        out = subprocess.run([java, "-version"], capture_output=True, text=True, timeout=15)
    except (OSError, subprocess.SubprocessError):
        return None
    found = re.search(r'version "(\d+)(?:\.(\d+))?', out.stderr + out.stdout)
    if not found:
        return None
    major = int(found.group(1))
    return int(found.group(2) or 0) if major == 1 else major  # "1.8" is Java 8


def download_folder() -> Path:
    """Where language-tool-python keeps (and our download puts) LanguageTool."""
    return Path(os.environ.get("LTP_PATH") or Path.home() / ".cache" / "language_tool_python")


def _install_in(folder: Path) -> LocalInstall | None:
    match = _FOLDER_RE.search(folder.name)
    if match and folder.is_dir() and any((folder / jar).is_file() for jar in _JARS):
        return LocalInstall(folder=folder, version=match.group(1))
    return None


def find_install(local_dir: str = "") -> LocalInstall | None:
    """The configured LanguageTool folder, else the newest one in the download folder."""
    if local_dir:
        return _install_in(Path(local_dir).expanduser())
    base = download_folder()
    if not base.is_dir():
        return None
    found = [i for p in base.glob("LanguageTool-*") if (i := _install_in(p)) is not None]
    return max(found, key=lambda i: [int(x) if x.isdigit() else 0 for x in i.version.split(".")],
               default=None)


def missing_for_local(local_dir: str = "") -> str | None:
    """None when a local LanguageTool can start; otherwise what is missing, in plain words."""
    version = java_version()
    if version is None:
        return ("Grammar checking needs Java 17 or newer, which was not found. Install a Java "
                "runtime (for example Eclipse Temurin 17), or use a LanguageTool server.")
    if version < 17:
        return (f"Grammar checking needs Java 17 or newer; this computer has Java {version}. "
                "Install a newer Java, or use a LanguageTool server.")
    if local_dir and find_install(local_dir) is None:
        return (f"The folder {local_dir} is not a LanguageTool folder (it should be named "
                "LanguageTool-<version> and hold languagetool-server.jar).")
    if find_install(local_dir) is None:
        return ("LanguageTool is not downloaded yet (about 250 MB). Download it from Settings, "
                "or use a LanguageTool server.")
    return None


def point_library_at(install: LocalInstall) -> None:
    """Make language-tool-python use `install` and never download (it reads the env)."""
    with _env_lock:
        os.environ["LTP_PATH"] = str(install.folder.parent)
        os.environ["LTP_JAR_DIR_PATH"] = str(install.folder)  # skips the library's download


class DownloadCancelled(Exception):
    """The user cancelled the download."""


def download_languagetool(progress: ProgressCallback | None = None,
                          cancel: threading.Event | None = None, *, url: str | None = None,
                          sha256: str | None = None, version: str | None = None,
                          connect_timeout_s: float = 15.0) -> str | None:
    """Download and unpack LanguageTool after the user agreed; None on success, else why not.

    Meant for a worker thread: `progress(done, total)` after each chunk, `cancel` stops it
    between chunks. Offline it fails fast with a sentence for the user; nothing raises.
    `url`/`sha256`/`version` default to the release language-tool-python expects."""
    try:
        _download(progress, cancel, url, sha256, version, connect_timeout_s)
    except DownloadCancelled:
        return "The LanguageTool download was cancelled."
    except Exception as exc:
        log.info("LanguageTool download failed: %r", exc)
        return f"LanguageTool could not be downloaded: {_download_problem(exc)}"
    return None


def _download_problem(exc: Exception) -> str:
    """What went wrong, in words (the technical detail goes to the log)."""
    import requests

    if isinstance(exc, requests.HTTPError) and exc.response is not None:
        return f"the download server answered HTTP {exc.response.status_code}. Try again later."
    if isinstance(exc, requests.Timeout):
        return "the download server did not answer in time. Try again later."
    if isinstance(exc, OSError | AssertionError):  # (the test suite's network guard)
        return ("this computer cannot reach the download server (no Internet connection?). "
                "Try again later, or use a LanguageTool server.")
    return f"{exc} ({type(exc).__name__})."


def _download(progress: ProgressCallback | None, cancel: threading.Event | None,
              url: str | None, sha256: str | None, version: str | None,
              connect_timeout_s: float) -> None:
    import hashlib
    import tempfile
    import zipfile

    import requests

    from flegme.engine.checks import grammar_lt

    if url is None:
        version, url, expected = grammar_lt.release(version)
        sha256 = sha256 or expected
    target = download_folder()
    target.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    with tempfile.TemporaryDirectory(dir=target, prefix=".flegme-download-") as work, \
            requests.get(url, stream=True, timeout=(connect_timeout_s, 60)) as answer:
        answer.raise_for_status()
        total = int(answer.headers.get("Content-Length") or 0) or None
        archive = Path(work) / "LanguageTool.zip"
        done = 0
        with open(archive, "wb") as out:
            for chunk in answer.iter_content(chunk_size=256 * 1024):
                if cancel is not None and cancel.is_set():
                    raise DownloadCancelled
                out.write(chunk)
                digest.update(chunk)
                done += len(chunk)
                if progress is not None:
                    progress(done, total)
        if sha256 and digest.hexdigest() != sha256.lower():
            raise ValueError("the downloaded file is damaged (checksum mismatch)")
        with zipfile.ZipFile(archive) as zipped:
            grammar_lt.extract(zipped, target, Path(work))
