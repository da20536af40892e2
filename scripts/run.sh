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
# Development settings (docs/operations.md): the captured messages at /messages, where a text
# can be answered YES and a call answered with 1, as a phone would.
export MESSAGE_VIEWER="${MESSAGE_VIEWER:-true}"
export ALLOW_UNSIGNED_WEBHOOKS="${ALLOW_UNSIGNED_WEBHOOKS:-true}"
# Signature cures need a key; this computer's own, made once and kept beside the database
# (a deployment sets its own: docs/operations.md).
if [ -z "${CURE_ENCRYPTION_KEY:-}" ]; then
  mkdir -p data
  if [ ! -s data/cure-encryption.key ]; then
    (umask 077 && python3 -c "import secrets; print(secrets.token_hex(32))" > data/cure-encryption.key)
  fi
  CURE_ENCRYPTION_KEY="$(cat data/cure-encryption.key)"
  export CURE_ENCRYPTION_KEY
fi
cat <<TXT

  Where's My Ballot? is running at http://$BIND
  Sign up as a demo voter (README.md lists them), e.g. Maria Garcia, 01-23-1980, ZIP 95814,
  then confirm your address from the message at http://$BIND/messages (open its link; answer a
  text YES there). Every message it would have sent is there and in data/messages/.
  Stop with Ctrl+C.

TXT
exec "$bin" serve
