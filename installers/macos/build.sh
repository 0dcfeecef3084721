#!/usr/bin/env bash
# Build Flegme for macOS in one command: Flegme.app (PyInstaller BUNDLE) and a .dmg (hdiutil).
# Usage: bash installers/macos/build.sh      (needs python3 3.11+ from python.org or Homebrew)
# Optional: CODESIGN_IDENTITY="Developer ID Application: ..." to sign (notarize separately with
# `xcrun notarytool`); unsigned builds open with right-click > Open the first time.
# Output: build/dist/Flegme.app and build/Flegme-VERSION.dmg
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
VENV=build/venv
[ -x "$VENV/bin/python" ] || "${PYTHON:-python3}" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
"$VENV/bin/python" -m pip install -q "pyinstaller>=6.10" .
if [ ! -f resources/icons/flegme.icns ]; then
  "$VENV/bin/python" -m pip install -q pillow
  "$VENV/bin/python" installers/make_icon_files.py
fi
rm -rf build/dist/Flegme.app build/dist/flegme build/work
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath build/dist --workpath build/work installers/flegme.spec
APP=build/dist/Flegme.app
"$APP/Contents/MacOS/flegme" --version
"$APP/Contents/MacOS/flegme" doctor --json >/dev/null
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
  codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi
VERSION=$("$VENV/bin/python" -c 'import flegme; print(flegme.__version__)')
STAGE=build/dmg
rm -rf "$STAGE" && mkdir -p "$STAGE"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
hdiutil create -volname "Flegme" -srcfolder "$STAGE" -ov -format UDZO "build/Flegme-$VERSION.dmg"
echo "app: $APP"; echo "dmg: build/Flegme-$VERSION.dmg"
