#!/usr/bin/env sh
# Remove what install.sh installed. Your drafts (the vault) and settings are kept.
set -eu
PREFIX=${PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$PREFIX/share}
rm -rf "$PREFIX/lib/flegme"
[ -L "$PREFIX/bin/flegme" ] && rm -f "$PREFIX/bin/flegme"
rm -f "$DATA/applications/com.flegme.Flegme.desktop" "$DATA/metainfo/com.flegme.Flegme.metainfo.xml"
find "$DATA/icons/hicolor" -name 'flegme.png' -path '*/apps/*' -delete 2>/dev/null || true
rm -f "$DATA/icons/hicolor/scalable/apps/flegme.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$DATA/applications" || true
echo "Flegme removed (drafts and settings kept)."
