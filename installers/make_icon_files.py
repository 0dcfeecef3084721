"""Make flegme.ico (Windows) and flegme.icns (macOS) from resources/icons/flegme-*.png.

Build-time only (needs Pillow in the build venv, not in the app):
    python installers/make_icon_files.py [OUT_DIR]      (default: resources/icons)
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image  # type: ignore[import-not-found, unused-ignore]

ICONS = Path(__file__).resolve().parents[1] / "resources" / "icons"


def main() -> int:
    """Write the .ico and .icns next to the PNGs (or into OUT_DIR)."""
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ICONS
    out.mkdir(parents=True, exist_ok=True)
    biggest = Image.open(ICONS / "flegme-512.png").convert("RGBA")
    ico_sizes = [(s, s) for s in (16, 24, 32, 48, 64, 128, 256)]
    biggest.save(out / "flegme.ico", format="ICO", sizes=ico_sizes)
    biggest.save(out / "flegme.icns", format="ICNS")
    print(f"wrote {out / 'flegme.ico'} and {out / 'flegme.icns'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
