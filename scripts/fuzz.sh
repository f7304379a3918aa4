#!/usr/bin/env bash
# Fuzzes Seimbang's readers of untrusted files (fuzz/, cargo fuzz on the nightly
# toolchain): the CSV reader, the XLSX reader (raw bytes and structure-aware) and the
# scenario-file reader. Installs cargo-fuzz when missing. Runs the targets one after the
# other (or only those named), each for FUZZ_SECONDS (default 600), and prints per
# target the executions, their rate, the corpus, the coverage and whether it crashed.
#
#   bash scripts/fuzz.sh                     # every target, 10 minutes each
#   FUZZ_SECONDS=60 bash scripts/fuzz.sh csv_reader
#
# The corpora grow in fuzz/corpus/<target>/ (only the seed-* files are committed),
# fuzz/dict/<target>.dict gives libFuzzer the format's words, a
# crash or hang leaves its input in fuzz/artifacts/<target>/, and each run's output is
# in $FUZZ_LOGS/fuzz-<target>.log (default /tmp). Exits non-zero when a target failed.
# FUZZ_SANITIZER=none trades AddressSanitizer for speed.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

SECONDS_EACH="${FUZZ_SECONDS:-600}"
LOGS="${FUZZ_LOGS:-/tmp}"
# cargo fuzz's default, AddressSanitizer (for the unsafe code of dependencies); `none`
# runs about twice as many executions.
SANITIZER="${FUZZ_SANITIZER:-address}"

if ! rustup toolchain list | grep -q '^nightly'; then
  echo "==> rust nightly (cargo fuzz needs it)"
  rustup toolchain install nightly --profile minimal
fi
if ! command -v cargo-fuzz >/dev/null; then
  echo "==> cargo-fuzz"
  cargo install cargo-fuzz --locked
fi

if [ "$#" -gt 0 ]; then
  TARGETS=("$@")
else
  mapfile -t TARGETS < <(cargo +nightly fuzz list)
fi

echo "==> build"
cargo +nightly fuzz build -s "$SANITIZER"

failed=0
summary=()
for target in "${TARGETS[@]}"; do
  log="$LOGS/fuzz-$target.log"
  mkdir -p "fuzz/corpus/$target"
  echo "==> $target for ${SECONDS_EACH}s (log: $log)"
  dict=()
  [ -f "fuzz/dict/$target.dict" ] && dict=(-dict="fuzz/dict/$target.dict")
  status=0
  cargo +nightly fuzz run -s "$SANITIZER" "$target" "fuzz/corpus/$target" -- \
    -max_total_time="$SECONDS_EACH" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    "${dict[@]}" >"$log" 2>&1 || status=$?
  stat() { sed -n "s/^stat::$1: *//p" "$log" | tail -1; }
  execs=$(stat number_of_executed_units)
  rate=$(stat average_exec_per_sec)
  last=$(grep -E '^#[0-9]+' "$log" | tail -1 || true)
  cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$last")
  corp=$(sed -n 's/.* corp: \([^ ]*\).*/\1/p' <<<"$last")
  if [ "$status" -eq 0 ]; then
    verdict="no crash"
  else
    failed=1
    artifact=$(grep -oE 'fuzz/artifacts/[^ ]+' "$log" | tail -1 || true)
    verdict="FAILED (exit $status) ${artifact:-see $log}"
  fi
  line=$(printf '%-14s %4ss  execs %-10s exec/s %-7s cov %-6s corpus %-12s %s' \
    "$target" "$SECONDS_EACH" "${execs:-?}" "${rate:-?}" "${cov:-?}" "${corp:-?}" "$verdict")
  echo "$line"
  summary+=("$line")
done

echo
echo "==> summary"
printf '%s\n' "${summary[@]}"
exit "$failed"
