"""The installers' static files: the .desktop entry, AppStream metadata, icons, Inno script."""

from __future__ import annotations

import configparser
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINUX = ROOT / "installers" / "linux"
DESKTOP = LINUX / "com.flegme.Flegme.desktop"


def _entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, strict=True)
    parser.optionxform = str  # type: ignore[assignment, method-assign]
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_follows_freedesktop_conventions() -> None:
    entry = _entry()
    assert entry["Type"] == "Application"
    assert entry["Name"] == "Flegme"
    assert entry["Comment"] and entry["Comment[fr]"]
    assert entry["Terminal"] == "false"
    assert entry["Categories"].endswith(";") and "Office" in entry["Categories"].split(";")
    assert entry["Exec"].split()[0] == entry["TryExec"] == "flegme"
    assert entry["StartupWMClass"] == "Flegme"  # Qt's WM_CLASS class: the application name
    # Icon is a theme name (no path, no extension) that install.sh provides in hicolor.
    assert entry["Icon"] == "flegme"
    assert (ROOT / "resources" / "icons" / "flegme.svg").is_file()
    for size in (16, 32, 48, 64, 128, 256):
        assert (ROOT / "resources" / "icons" / f"flegme-{size}.png").is_file()


def test_install_script_rewrites_exec_for_the_desktop_entry() -> None:
    script = (LINUX / "install.sh").read_text(encoding="utf-8")
    assert "s|^Exec=flegme |" in script and "Exec=flegme gui" in DESKTOP.read_text("utf-8")
    assert "s|^TryExec=flegme$|" in script


@pytest.mark.skipif(shutil.which("desktop-file-validate") is None,
                    reason="no desktop-file-validate (apt-get install desktop-file-utils)")
def test_desktop_file_validate_accepts_it() -> None:
    out = subprocess.run(["desktop-file-validate", str(DESKTOP)], capture_output=True,
                         text=True, check=False)
    assert out.returncode == 0, out.stdout + out.stderr
    assert "error" not in out.stdout.lower(), out.stdout


def test_appstream_metainfo_names_the_desktop_entry() -> None:
    root = ET.parse(LINUX / "com.flegme.Flegme.metainfo.xml").getroot()
    assert root.tag == "component" and root.get("type") == "desktop-application"
    assert root.findtext("id") == DESKTOP.stem
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("provides/binary") == "flegme"


def test_windows_and_macos_icons_exist_for_their_recipes() -> None:
    ico = (ROOT / "resources" / "icons" / "flegme.ico").read_bytes()
    icns = (ROOT / "resources" / "icons" / "flegme.icns").read_bytes()
    assert ico[:4] == b"\x00\x00\x01\x00"  # ICONDIR, type 1 = icon
    assert icns[:4] == b"icns"
    iss = (ROOT / "installers" / "windows" / "flegme.iss").read_text(encoding="utf-8")
    assert r"resources\icons\flegme.ico" in iss
    assert "{autoprograms}" in iss and "[Icons]" in iss  # Start-menu entry
    assert r"build\dist\flegme\*" in iss
