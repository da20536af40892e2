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
