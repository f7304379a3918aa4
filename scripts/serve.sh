#!/usr/bin/env bash
# Builds the app (release) and serves it on http://127.0.0.1:${PORT:-8080}/ with the
# demo dataset open. Installs missing tools first.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bash scripts/setup.sh
trunk build --release --offline
PORT="${PORT:-8080}"
echo
echo "Seimbang: http://127.0.0.1:$PORT/?demo   (Ctrl+C to stop)"
exec node tests/e2e/server.mjs dist "$PORT"
