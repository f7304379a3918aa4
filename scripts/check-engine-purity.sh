#!/usr/bin/env bash
# Fails when the engine crate or the app's browser-free logic (seimbang-workbench) reaches
# for the browser, the clock, the file system, threads or the network: both stay pure
# libraries, tested natively.
# - none of its direct dependencies may be a browser or wasm binding crate;
# - no crate of the UI side (leptos, web-sys, gloo, plotters-canvas) may appear anywhere
#   in its dependency graph, for any target. (js-sys/wasm-bindgen do appear on wasm32,
#   through zip -> getrandom, used only for zip encryption, which the engine never uses.)
# - its source must not name std::fs, std::net, std::thread, std::process, std::env, or
#   the clock.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
bad=0
for dir in engine workbench; do
  crate="seimbang-$dir"
  direct=$(cargo tree --locked -p "$crate" -e normal --target all --depth 1 --prefix none | awk 'NR > 1 {print $1}' | sort -u)
  all=$(cargo tree --locked -p "$crate" -e normal --target all --prefix none | awk '{print $1}' | sort -u)
  for forbidden in leptos web-sys js-sys wasm-bindgen gloo-storage gloo-worker gloo-file gloo-utils plotters-canvas; do
    if grep -qx "$forbidden" <<<"$direct"; then
      echo "$crate depends directly on $forbidden" >&2; bad=1
    fi
  done
  for forbidden in leptos web-sys gloo-storage gloo-worker gloo-file gloo-utils plotters-canvas; do
    if grep -qx "$forbidden" <<<"$all"; then
      echo "$crate pulls in $forbidden" >&2; bad=1
    fi
  done
  if grep -rnE 'std::(fs|net|thread|process|env)\b|SystemTime|Instant' "crates/$dir/src"; then
    echo "$crate source reaches for the environment (above)" >&2; bad=1
  fi
done
[ "$bad" = 0 ] && echo "engine and workbench are pure"
exit "$bad"
