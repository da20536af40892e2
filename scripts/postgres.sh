#!/usr/bin/env bash
# Makes sure a PostgreSQL server answers at 127.0.0.1:5432 and prints a URL to a fresh,
# empty database on it: `TEST_POSTGRES_URL=$(bash scripts/postgres.sh)`.
# Starts the server if it is installed but stopped; installs it (Debian's package, trust
# authentication on loopback, for tests on this machine only) if it is missing.
# Everything but the URL goes to standard error.
set -euo pipefail
HOST=127.0.0.1
PORT=5432
ADMIN_URL="postgres://postgres@$HOST:$PORT/postgres"
log() { echo "postgres.sh: $*" >&2; }

ready() { pg_isready -q -h "$HOST" -p "$PORT" 2>/dev/null; }

start_clusters() {
  if command -v pg_lsclusters >/dev/null 2>&1; then
    pg_lsclusters --no-header 2>/dev/null | while read -r version cluster _; do
      pg_ctlcluster "$version" "$cluster" start >&2 2>&1 || true
    done
  fi
  command -v service >/dev/null 2>&1 && service postgresql start >&2 2>&1 || true
}

trust_loopback() {
  # A server we installed ourselves asks for passwords; tests on this machine use trust.
  for hba in /etc/postgresql/*/main/pg_hba.conf; do
    [ -f "$hba" ] || continue
    if ! grep -q '^host all all 127.0.0.1/32 trust' "$hba"; then
      sed -i '1i host all all 127.0.0.1/32 trust' "$hba"
    fi
  done
}

if ! ready; then
  if ! command -v pg_ctlcluster >/dev/null 2>&1 && ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    log "installing PostgreSQL (Debian package)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >&2
    apt-get install -y -qq postgresql >&2
    trust_loopback
  fi
  log "starting PostgreSQL"
  start_clusters
  for _ in $(seq 1 30); do ready && break; sleep 1; done
  if ! ready; then
    trust_loopback
    start_clusters
    for _ in $(seq 1 30); do ready && break; sleep 1; done
  fi
  ready || { log "PostgreSQL does not answer at $HOST:$PORT"; exit 1; }
fi

name="ballot_run_$(date +%Y%m%d%H%M%S)_$$"
psql -q -v ON_ERROR_STOP=1 "$ADMIN_URL" -c "CREATE DATABASE $name" >&2
echo "postgres://postgres@$HOST:$PORT/$name"
