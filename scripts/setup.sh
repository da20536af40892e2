#!/usr/bin/env bash
# Installs what building and testing need, only what is missing, so a second run takes
# seconds. Nothing is downloaded from outside the package registries (crates.io, npm, Debian).
#   scripts/setup.sh            tools to build and run the app
#   scripts/setup.sh --browser  also Chromium and Playwright for the browser tests
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14 # 0.22 needs a newer rustc than this machine's
# wasm-bindgen-cli must equal the wasm-bindgen crate exactly (Trunk.toml pins the same).
WASM_BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

# The standard library's source: the WASM build compiles it for size (scripts/build-frontend.sh).
if ! rustup component list --installed | grep -qx rust-src; then
  say "Adding the rust-src component"
  rustup component add rust-src
fi

if ! trunk --version 2>/dev/null | grep -qF "$TRUNK_VERSION"; then
  say "Installing trunk $TRUNK_VERSION (a few minutes, once)"
  # --locked: without it trunk's newest dependencies do not compile.
  cargo install trunk --version "$TRUNK_VERSION" --locked
fi

if ! wasm-bindgen --version 2>/dev/null | grep -qF "$WASM_BINDGEN_VERSION"; then
  say "Installing wasm-bindgen-cli $WASM_BINDGEN_VERSION (a few minutes, once)"
  # Not --locked: its lock file pins a webpki-roots release that was yanked.
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION" --force
fi

# npm ci only when the lock file is newer than what npm last installed.
npm_ci() {
  local dir="$1"
  if [ ! -f "$dir/node_modules/.package-lock.json" ] ||
     [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    say "Installing npm packages in $dir"
    (cd "$dir" && PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund)
  fi
}
npm_ci . # wasm-opt from binaryen

if [ "${1:-}" = "--browser" ]; then
  if ! command -v chromium >/dev/null 2>&1; then
    say "Installing Debian's Chromium for the browser tests"
    as_root apt-get update
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y chromium
  fi
  npm_ci e2e # Playwright and axe; never `playwright install`
fi

cargo fetch --quiet
# The standard library's own dependencies: the WASM build compiles it for size
# (build-frontend.sh), and Trunk builds offline.
RUSTC_BOOTSTRAP=1 cargo fetch --quiet -Zbuild-std=std,panic_abort --target wasm32-unknown-unknown
