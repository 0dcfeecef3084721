"""Build the STAND-IN LanguageTool folder (`LanguageTool-<version>/languagetool-server.jar`
holding HTTPServer.java) that language-tool-python starts in local mode, for tests only."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

SOURCE = Path(__file__).with_name("HTTPServer.java")


def build_standin_install(base: Path, version: str = "6.8") -> tuple[Path | None, str]:
    """`(folder, "")`, or `(None, why not)` when no JDK (javac) is installed."""
    javac = shutil.which("javac")
    if javac is None or shutil.which("java") is None:
        return None, "no JDK (javac and java 17+) on PATH to build the stand-in jar"
    classes = base / "classes"
    classes.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([javac, "--release", "17", "-d", str(classes), str(SOURCE)],
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        return None, f"javac could not build the stand-in: {done.stderr.strip()[:300]}"
    folder = base / f"LanguageTool-{version}"
    folder.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(folder / "languagetool-server.jar", "w") as jar:
        for path in classes.rglob("*.class"):
            jar.write(path, path.relative_to(classes).as_posix())
    return folder, ""
