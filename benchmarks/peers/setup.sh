#!/usr/bin/env bash
# Install the non-Python benchmark peers (write-good, under Node) next to this script.
# Optional: bench_engine.py skips write-good when node or this folder's node_modules is missing.
set -euo pipefail
cd "$(dirname "$0")"
npm install --silent --no-audit --no-fund --no-save write-good@1.0.8
node -e 'require("./node_modules/write-good"); console.log("write-good", require("./node_modules/write-good/package.json").version, "under node", process.version)'
