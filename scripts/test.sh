#!/usr/bin/env bash
# Run Flegme's whole test suite: lint, types, tests. Creates .venv on first use.
# Usage: bash scripts/test.sh [extra pytest args]
set -euo pipefail
cd "$(dirname "$0")/.."
PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ ! -f .venv/.flegme-deps ] || [ pyproject.toml -nt .venv/.flegme-deps ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e '.[dev]'
  touch .venv/.flegme-deps
fi
export QT_QPA_PLATFORM=offscreen
echo "== ruff"; .venv/bin/ruff check src tests benchmarks scripts
echo "== vulture"
.venv/bin/vulture src tests scripts benchmarks vulture_whitelist.py --min-confidence 60
echo "== mypy"; .venv/bin/mypy
echo "== pytest"
# A real Secret Service for the keyring integration test: run the suite inside a private
# D-Bus session where gnome-keyring can start (the test starts and unlocks it).
if command -v dbus-run-session >/dev/null 2>&1 && command -v gnome-keyring-daemon >/dev/null 2>&1; then
  exec dbus-run-session -- bash -c \
    'export FLEGME_PRIVATE_BUS="$DBUS_SESSION_BUS_ADDRESS"; exec .venv/bin/python -m pytest "$@"' \
    flegme-tests "$@"
else
  echo "(no dbus-run-session/gnome-keyring: the real Secret Service test will be skipped)"
  exec .venv/bin/python -m pytest "$@"
fi
