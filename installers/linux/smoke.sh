#!/usr/bin/env bash
# Smoke-test the built bundle inside a private D-Bus session (for gnome-keyring).
# Usage: bash installers/linux/smoke.sh [path/to/flegme]
set -euo pipefail
HERE=$(cd "$(dirname "$0")" && pwd)
if command -v dbus-run-session >/dev/null 2>&1; then
  exec dbus-run-session -- python3 "$HERE/smoke.py" "$@"
fi
echo "(no dbus-run-session: the real keyring check will be skipped)"
exec python3 "$HERE/smoke.py" "$@"
