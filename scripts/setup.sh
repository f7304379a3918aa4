#!/usr/bin/env bash
# Installs what building and testing Seimbang needs, skipping what is already there.
# Sources: rustup, the crates registry, Debian's packages and the npm registry only.
# Nothing downloads a browser or a prebuilt binary of its own; trunk stays offline.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/env.sh"

TRUNK_VERSION=0.22.1
step() { printf '\n==> %s\n' "$*"; }

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# Chromium for the browser tests; poppler-utils (pdftotext) to read the printed report.
if ! command -v "$CHROMIUM" >/dev/null || ! command -v "$CHROMEDRIVER" >/dev/null || ! command -v pdftotext >/dev/null; then
  step "chromium + chromium-driver + poppler-utils (Debian)"
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium chromium-driver poppler-utils >/dev/null
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  step "rust target wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
for c in rustfmt clippy; do
  rustup component list --installed | grep -q "^$c" || rustup component add "$c"
done

if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  step "trunk $TRUNK_VERSION (takes about 16 minutes on 2 cores)"
  cargo install trunk --version "=$TRUNK_VERSION" --locked --ignore-rust-version
fi

# wasm-bindgen-cli must match the wasm-bindgen library version in Cargo.lock exactly.
WBG_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $WBG_VERSION" ]; then
  step "wasm-bindgen-cli $WBG_VERSION (about 4 minutes)"
  # --locked fails for this version (its lockfile pins a crate the registry lacks).
  cargo install wasm-bindgen-cli --version "=$WBG_VERSION"
fi
if ! grep -q "wasm_bindgen = \"$WBG_VERSION\"" Trunk.toml; then
  echo "Trunk.toml pins a wasm_bindgen other than Cargo.lock's $WBG_VERSION: update it." >&2
  exit 1
fi

# wasm-opt from the npm package binaryen (Debian's is too old), playwright-core for e2e.
if [ ! -x node_modules/.bin/wasm-opt ] || [ ! -d node_modules/playwright-core ]; then
  step "npm tools (binaryen's wasm-opt, playwright-core)"
  npm ci --no-audit --no-fund --loglevel=error
fi

cargo fetch --locked >/dev/null 2>&1 || cargo fetch --locked
