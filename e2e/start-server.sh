#!/usr/bin/env bash
# Starts the real API server for the browser tests: a fresh SQLite database in a temporary
# folder, the demo voters imported, the built web app from ../dist, messages captured locally.
set -euo pipefail
port="$1"
here="$(cd "$(dirname "$0")" && pwd)"
bin="${BALLOT_API_BIN:-$here/../target/debug/ballot-api}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
export DATABASE_URL="sqlite://$work/ballot.db"
"$bin" demo --voters 500 --out "$work/voters.csv" 2>/dev/null
"$bin" import-voters "$work/voters.csv" >/dev/null
# A statewide operator key for the tests that post ballot events.
"$bin" create-api-key --statewide --label e2e 2>/dev/null > "$here/.api-key"
export BIND="127.0.0.1:$port"
export DIST_DIR="$here/../dist"
export MESSAGE_CAPTURE_DIR="$work/messages"
export WORKER_INTERVAL_MS=100
# Every browser here is 127.0.0.1 and the journeys reuse the demo voters: no rate limits
# (api/tests/hardening.rs tests them).
export RATE_LIMIT_PER_ADDRESS_PER_MINUTE=0
export RATE_LIMIT_PER_IDENTITY_PER_HOUR=0
export RATE_LIMIT_SWEEP_MISSES_PER_HOUR=0
export DAILY_MISS_BUDGET=0
# The journeys read captured messages, answer texts and confirm, as a newcomer would.
export MESSAGE_VIEWER=true
# Signature cures from the tracker (issue 16): a key of this run only.
export CURE_ENCRYPTION_KEY="$(head -c 32 /dev/urandom | od -An -tx1 | tr -d " \n")"
export ALLOW_UNSIGNED_WEBHOOKS=true
export RUST_LOG="${RUST_LOG:-warn}"
"$bin" serve &
server=$!
trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$work"' EXIT TERM INT
wait "$server"
