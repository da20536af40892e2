#!/usr/bin/env bash
# Sets up and runs every test: formatting and lints, the Rust unit, property and API tests,
# the release build of the web app within its size budget, and the browser tests.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh --browser

echo "==> Import cycles and upward imports between layers (scripts/module_cycles.py): none"
python3 scripts/module_cycles.py

echo "==> cargo fmt and clippy"
cargo fmt --all -- --check
cargo clippy --workspace --all-targets --quiet -- -D warnings
cargo clippy -p ballot-frontend --target wasm32-unknown-unknown --quiet -- -D warnings

echo "==> Rust tests (shared rules, API against a real SQLite database)"
cargo test --workspace

echo "==> API tests again, against a real PostgreSQL database"
if [ -z "${TEST_POSTGRES_URL:-}" ]; then
  TEST_POSTGRES_URL="$(bash scripts/postgres.sh)"
  drop_run_database() {
    psql -q "${TEST_POSTGRES_URL%/*}/postgres" -c "DROP DATABASE IF EXISTS ${TEST_POSTGRES_URL##*/} WITH (FORCE)" || true
  }
  trap drop_run_database EXIT
fi
export TEST_POSTGRES_URL
TEST_BACKEND=postgres cargo test -p ballot-api --tests
# The binary the browser tests start, and the benchmarks' SMTP sink (same profile: no rebuild).
cargo build -p ballot-api --bin ballot-api --example smtp_sink

echo "==> The OpenAPI document against Spectral's OpenAPI rules (.spectral.yaml): no errors, no warnings"
./target/debug/ballot-api openapi > target/openapi.json
./node_modules/.bin/spectral lint target/openapi.json --ruleset .spectral.yaml --fail-severity=warn

echo "==> Web app release build (budget: 160 KB brotli for the sign-up page; docs/development.md, Page weight)"
bash scripts/build-frontend.sh --max-brotli-kb 160

echo "==> Browser tests (Playwright, Debian's Chromium, axe)"
(cd e2e && npx playwright test)

echo "==> API fuzzing from its OpenAPI document (schemathesis; no 5xx, every error in the error shape)"
bash scripts/schemathesis.sh 25

echo "==> Benchmarks, small and on the debug build: they run and see no errors (figures: bench/run.py)"
python3 bench/run.py --quick --debug --strict

echo "==> Our messages and webhooks against the real tools' rules (dkimpy, Python's email parser, Twilio's RequestValidator)"
python3 scripts/provider_check.py

echo "==> Soak, 1 minute on the debug build: no errors, no message lost (10-minute figures: bench/README.md)"
# One minute is too short for the 5% second-half memory check (caches are still filling).
python3 bench/soak.py --minutes 1 --debug --strict --max-rss-second-half-growth-pct 25
