#!/usr/bin/env sh
# Install Flegme for the current user (no root): the program into ~/.local/lib/flegme, a
# `flegme` link in ~/.local/bin, the menu entry and icons into ~/.local/share.
# Usage: ./install.sh            (PREFIX=/some/where ./install.sh to install elsewhere)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$PREFIX/share}
APP=$PREFIX/lib/flegme
mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$DATA/applications" "$DATA/metainfo"
rm -rf "$APP"
cp -a "$HERE/flegme" "$APP"
ln -sf "$APP/flegme" "$PREFIX/bin/flegme"
# Desktop sessions do not always have ~/.local/bin on PATH: point the entry at the program.
sed -e "s|^Exec=flegme |Exec=\"$APP/flegme\" |" -e "s|^TryExec=flegme$|TryExec=$APP/flegme|" \
  "$HERE/share/applications/com.flegme.Flegme.desktop" > "$DATA/applications/com.flegme.Flegme.desktop"
cp "$HERE/share/metainfo/com.flegme.Flegme.metainfo.xml" "$DATA/metainfo/"
(cd "$HERE/share" && find icons -type f) | while read -r icon; do
  mkdir -p "$DATA/$(dirname "$icon")"
  cp "$HERE/share/$icon" "$DATA/$icon"
done
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
echo "Flegme installed in $APP (command: $PREFIX/bin/flegme). Uninstall: $HERE/uninstall.sh"
