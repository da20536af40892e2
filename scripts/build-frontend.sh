#!/usr/bin/env bash
# Builds the web app for release into dist/, with brotli and gzip copies the server sends as
# they are, and prints the size of everything the sign-up page loads.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" # wasm-opt
# Two apps: the sign-up page's own (index.html) into dist/, every other page's (app.html) into
# dist/app/, after it (a Trunk build replaces its whole dist folder).
trunk build --release
trunk build app.html --release --dist dist/app --public-url /app/
node scripts/defer-loader.mjs dist/index.html dist/app/index.html
node scripts/bundle-size.mjs dist --write "$@"
