#!/usr/bin/env bash
# Sets up and runs the app on the embedded default: SQLite in data/, the demo voters, and
# messages captured in data/messages (also listed at /messages) instead of being sent.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
bash scripts/build-frontend.sh
cargo build -p ballot-api
bin=target/debug/ballot-api
if [ ! -f data/demo-voters.csv ]; then
  "$bin" demo --voters 10000 --out data/demo-voters.csv
  "$bin" import-voters data/demo-voters.csv
fi
export BIND="${BIND:-127.0.0.1:8080}"
cat <<TXT

  Where's My Ballot? is running at http://$BIND
  Sign up as a demo voter (README.md lists them), e.g. Maria Garcia, 01-23-1980, ZIP 95814.
  Messages it would have sent: http://$BIND/messages and the files in data/messages/
  Stop with Ctrl+C.

TXT
exec "$bin" serve
