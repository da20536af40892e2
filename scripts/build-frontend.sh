#!/usr/bin/env bash
# Builds the web app for release into dist/, with brotli and gzip copies the server sends as
# they are, and prints the size of everything the sign-up page loads.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/node_modules/.bin:$PATH" # wasm-opt
# Every byte of the WASM is paid for by a voter on a slow phone. This takes it down by 8%
# (docs/development.md, "Page weight"), in the WASM build only (cargo applies RUSTFLAGS to the
# --target's code, not to build scripts, and the server is built without it): the standard
# library compiled for the page with the rest (needs the rust-src component, which
# scripts/setup.sh adds), with panics that abort at once instead of formatting a message nobody
# reads (`-Cpanic=immediate-abort`), without panic locations' file paths, and with `{:?}`
# writing nothing (the pages never show Debug text). These switches are unstable, so
# RUSTC_BOOTSTRAP lets this machine's stable compiler take them: the same compiler, and its own
# copy of the standard library's source. (Leptos's `erase_components` would save 4% more but
# makes the takeover's one long task 30 ms longer on a slow phone, for no earlier takeover.)
export RUSTC_BOOTSTRAP=1
export CARGO_UNSTABLE_BUILD_STD=std,panic_abort
export RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
# Two apps: the sign-up page's own (index.html) into dist/, every other page's (app.html) into
# dist/app/, after it (a Trunk build replaces its whole dist folder).
trunk build --release
trunk build app.html --release --dist dist/app --public-url /app/
node scripts/defer-loader.mjs dist/index.html dist/app/index.html
# The stylesheet is the same file in both builds (the same hash): every page links the one at
# the root, so a voter going from the sign-up page to another does not download it again.
node -e '
const fs = require("fs");
const file = "dist/app/index.html";
const html = fs.readFileSync(file, "utf8").replace(/href="\/app\/([^"]+\.css)"/g,
  (link, css) => (fs.existsSync("dist/" + css) ? `href="/${css}"` : link));
fs.writeFileSync(file, html);
'
node scripts/bundle-size.mjs dist --write "$@"
