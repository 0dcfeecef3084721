#!/usr/bin/env bash
# CI step: build the Linux bundle from this checkout and smoke-test the built program.
# Called by .ci/run after the test suite; about 1 minute on the CI machine (build ~35 s).
set -euo pipefail
cd "$(dirname "$0")/.."
start=$(date +%s)
bash installers/linux/build.sh
bash installers/linux/smoke.sh build/dist/flegme/flegme
echo "installers: built and smoke-tested in $(( $(date +%s) - start )) s"
