#!/bin/sh
# Refresh the Qt translation sources from src/flegme/ui and compile them (.ts -> .qm).
# New strings arrive in flegme_fr.ts marked "unfinished": translate them (Qt Linguist:
# `pyside6-linguist resources/translations/flegme_fr.ts`), then run this again.
set -eu
cd "$(dirname "$0")/../resources/translations"
BIN="${VENV_BIN:-$(dirname "$(command -v python3)")}"
for lang in fr en; do
    "$BIN/pyside6-lupdate" ../../src/flegme/ui/*.py -no-obsolete -ts "flegme_$lang.ts"
    "$BIN/pyside6-lrelease" "flegme_$lang.ts" -qm "flegme_$lang.qm"
done
