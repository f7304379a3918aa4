#!/usr/bin/env bash
# Runs every test of Seimbang: formatting, lints, the engine's native tests, the app's
# tests in headless Chromium, and end-to-end tests of the release build. Installs
# missing tools first. Stops at the first failing stage with a non-zero exit.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"
stage() { printf '\n==> %s\n' "$*"; }

bash scripts/setup.sh

stage "format"
cargo fmt --all --check

stage "engine and workbench purity (no browser, clock, file or thread access)"
bash scripts/check-engine-purity.sh

stage "clippy: engine, CLI, stored formats, workbench (native)"
cargo clippy --locked -p seimbang-engine -p seimbang-cli -p seimbang-stored -p seimbang-workbench --all-targets -- -D warnings
stage "clippy: app (wasm32)"
cargo clippy --locked -p seimbang-app --target wasm32-unknown-unknown --all-targets -- -D warnings

stage "engine, CLI, stored-format and workbench tests (native)"
cargo test --locked -p seimbang-engine -p seimbang-cli -p seimbang-stored -p seimbang-workbench

stage "app tests in headless Chromium (wasm-bindgen-test)"
cargo test --locked -p seimbang-app --target wasm32-unknown-unknown

stage "release build (trunk)"
trunk build --release --offline

stage "end-to-end tests in headless Chromium (playwright-core)"
cargo run --locked -q -p seimbang-engine --example demo_files -- tests/e2e/.out/small 2000
cargo run --locked -q -p seimbang-engine --example messy_workbook -- tests/e2e/.out/messy 2000
cargo run --locked -q -p seimbang-engine --example article190_workbook -- tests/e2e/.out/article190 2000
cargo build --locked -q -p seimbang-cli   # one_scenario.test runs the command on an exported scenario
node --test --test-concurrency=1 tests/e2e/
