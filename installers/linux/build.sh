#!/usr/bin/env bash
# Build Flegme for Linux in one command: a PyInstaller onedir bundle and a tarball.
# Usage: bash installers/linux/build.sh        (needs only python3 with venv; binutils for ldd/objdump)
# Output: build/dist/flegme/ (the bundle) and build/flegme-VERSION-linux-ARCH.tar.gz
# The build venv (build/venv) is separate from the developer's venv, so that one stays clean.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
PY=${PYTHON:-python3}
BUILD=$ROOT/build
VENV=$BUILD/venv
PYINSTALLER_SPEC=${PYINSTALLER_SPEC:-pyinstaller>=6.10}

if [ ! -x "$VENV/bin/python" ]; then
  "$PY" -m venv "$VENV"
fi
stamp=$VENV/.flegme-build-deps
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q "$PYINSTALLER_SPEC"
  touch "$stamp"
fi
# The app itself, not editable, so the bundle holds exactly what a wheel would.
"$VENV/bin/python" -m pip install -q --force-reinstall --no-deps .
"$VENV/bin/python" -m pip install -q .

rm -rf "$BUILD/dist/flegme" "$BUILD/work"
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN \
  --distpath "$BUILD/dist" --workpath "$BUILD/work" installers/flegme.spec

VERSION=$("$VENV/bin/python" -c 'import flegme; print(flegme.__version__)')
ARCH=$(uname -m)
NAME=flegme-$VERSION-linux-$ARCH
STAGE=$BUILD/stage/$NAME
rm -rf "$BUILD/stage"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo"
cp -a "$BUILD/dist/flegme" "$STAGE/flegme"
cp installers/linux/com.flegme.Flegme.desktop "$STAGE/share/applications/"
cp installers/linux/com.flegme.Flegme.metainfo.xml "$STAGE/share/metainfo/"
for size in 16 32 48 64 128 256 512; do
  if [ -f "resources/icons/flegme-$size.png" ]; then
    mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/apps"
    cp "resources/icons/flegme-$size.png" "$STAGE/share/icons/hicolor/${size}x${size}/apps/flegme.png"
  fi
done
mkdir -p "$STAGE/share/icons/hicolor/scalable/apps"
cp resources/icons/flegme.svg "$STAGE/share/icons/hicolor/scalable/apps/flegme.svg"
cp installers/linux/install.sh installers/linux/uninstall.sh "$STAGE/"
chmod +x "$STAGE/install.sh" "$STAGE/uninstall.sh"
tar -C "$BUILD/stage" -czf "$BUILD/$NAME.tar.gz" "$NAME"
echo "bundle:  $BUILD/dist/flegme ($(du -sh "$BUILD/dist/flegme" | cut -f1))"
echo "tarball: $BUILD/$NAME.tar.gz ($(du -sh "$BUILD/$NAME.tar.gz" | cut -f1))"
