#!/usr/bin/env bash
# Runs Seimbang's benchmarks and prints a summary: the native optimiser and import
# examples (with peak memory from /usr/bin/time -v; Debian's package `time` is
# installed when missing) and the same work in headless Chromium (tests/bench_browser.rs).
# The figures go to docs/BENCHMARKS.md by hand, with the machine printed at the top.
#
#   bash scripts/bench.sh            # everything
#   bash scripts/bench.sh native     # native only
#   bash scripts/bench.sh browser    # browser only
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

WHICH="${1:-all}"
OUT="$ROOT/target/bench"
mkdir -p "$OUT"

bash scripts/setup.sh

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }
if [ ! -x /usr/bin/time ]; then
  echo "==> time (Debian), for peak memory"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq time >/dev/null
fi

echo "==> machine"
{
  echo "date:    $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo "cores:   $(nproc)"
  echo "cpu:     $(lscpu | sed -n 's/^Model name: *//p' | head -1)"
  echo "memory:  $(free -h | awk '/^Mem:/ { print $2 }')"
  echo "load:    $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "rustc:   $(rustc --version)"
} | tee "$OUT/machine.txt"

peak() { sed -n 's/.*Maximum resident set size (kbytes): //p' "$1" | awk '{ printf "%.0f MB", $1 / 1024 }'; }

if [ "$WHICH" = all ] || [ "$WHICH" = native ]; then
  echo "==> native build"
  cargo build --release --locked -q -p seimbang-engine --example bench_solve --example bench_import
  for run in "bench_solve city" "bench_solve province" "bench_import"; do
    set -- $run
    name="${1}${2:+_$2}"
    echo "==> native $run"
    /usr/bin/time -v -o "$OUT/$name.time" "target/release/examples/$1" ${2:-} | tee "$OUT/$name.txt"
    echo "peak memory: $(peak "$OUT/$name.time")" | tee -a "$OUT/$name.txt"
  done
fi

if [ "$WHICH" = all ] || [ "$WHICH" = browser ]; then
  echo "==> headless Chromium (wasm, release profile)"
  cargo test --release --locked -p seimbang-app --target wasm32-unknown-unknown \
    --test bench_browser -- --include-ignored --nocapture 2>&1 | tee "$OUT/browser.txt"
  echo "==> workbench in headless Chromium (release build, demo and 100,000 employees)"
  trunk build --release --offline
  cargo run --release --locked -q -p seimbang-engine --example demo_files -- tests/e2e/.out/province 100000
  node tests/e2e/bench_workbench.mjs 2>&1 | tee "$OUT/workbench.txt"
  echo "==> release wasm sizes (budget: the app's wasm <= 1.5 MB gzipped)"
  for f in dist/seimbang-app_bg.wasm dist/worker_bg.wasm; do
    printf '%-28s %9d B raw  %9d B gzip -9\n' "$(basename "$f")" "$(stat -c %s "$f")" "$(gzip -9 -c "$f" | wc -c)"
  done | tee "$OUT/sizes.txt"
  echo "==> a whole session on 100,000 employees (budget: no main-thread task > 200 ms, <= 1 GB)"
  node tests/e2e/bench_scale.mjs 2>&1 | tee "$OUT/scale.txt"
fi

echo
echo "================ summary ================"
cat "$OUT/machine.txt"
if [ "$WHICH" = all ] || [ "$WHICH" = native ]; then
  echo "-- native"
  grep -hE '^(==|exact|capped|pareto:|XLSX|CSV|peak)' "$OUT"/bench_solve_city.txt \
    "$OUT"/bench_solve_province.txt "$OUT"/bench_import.txt || true
fi
if [ "$WHICH" = all ] || [ "$WHICH" = browser ]; then
  echo "-- headless Chromium"
  grep -ho 'BENCH .*' "$OUT/browser.txt" | sed 's/^BENCH //' || true
  cat "$OUT/workbench.txt" || true
  echo "-- budget"
  cat "$OUT/sizes.txt" "$OUT/scale.txt" || true
fi
