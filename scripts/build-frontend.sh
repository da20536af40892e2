#!/usr/bin/env bash
# Builds the web app for release into dist/, with brotli and gzip copies the server sends as
# they are, and prints the size of everything the sign-up page loads.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" # wasm-opt
trunk build --release
node scripts/bundle-size.mjs dist --write "$@"
