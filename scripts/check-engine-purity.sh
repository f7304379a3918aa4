#!/usr/bin/env bash
# Fails when the engine crate depends on browser crates or reaches for the clock, the
# file system, threads or the network: it must stay a pure library.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bad=0
deps=$(cargo tree --locked -p seimbang-engine -e normal --target all --prefix none 2>/dev/null | awk '{print $1}' | sort -u)
for forbidden in leptos web-sys js-sys gloo wasm-bindgen gloo-storage gloo-worker plotters-canvas; do
  if grep -qx "$forbidden" <<<"$deps"; then
    echo "engine depends on $forbidden" >&2; bad=1
  fi
done
if grep -rnE 'std::(fs|net|thread|process)|SystemTime|Instant::|std::time::Instant|std::env' crates/engine/src; then
  echo "engine source reaches for the environment (above)" >&2; bad=1
fi
[ "$bad" = 0 ] && echo "engine is pure"
exit "$bad"
