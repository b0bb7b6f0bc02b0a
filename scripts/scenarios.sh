#!/usr/bin/env bash
# Runs every shipped device scenario (crates/agent-sim/scenarios) against the
# release server on SQLite, and the Linux and Windows scenarios against it on
# PostgreSQL when DATABASE_URL is set (a fresh database, dropped afterwards);
# on each, groups reaching 20 simulated devices (agent-sim group-load).
#   usage: scripts/scenarios.sh [path/to/directory-server]
set -euo pipefail
cd "$(dirname "$0")/.."
BIN="${1:-target/release/directory-server}"
SIM="${SIM:-target/release/agent-sim}"
[ -x "$SIM" ] || cargo build --release -p agent-sim

start() { # start DATA_DIR [extra args...]; sets URL and KEY
  local data="$1"; shift
  "$BIN" serve --listen 127.0.0.1:0 --data-dir "$data" "$@" >"$data/out" 2>"$data/err" &
  PIDS+=($!)
  for _ in $(seq 1 100); do grep -q "listening on" "$data/out" 2>/dev/null && break; sleep 0.1; done
  grep -q "listening on" "$data/out" || { echo "server did not start:"; cat "$data/err"; exit 1; }
  URL="$(grep -o 'http://127.0.0.1:[0-9]*' "$data/out" | head -1)"
  KEY="$(grep -o 'dk_[A-Za-z0-9]*' "$data/out" | head -1)"
}
PIDS=()
DIRS=()
PGDB=""
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for d in "${DIRS[@]}"; do rm -rf "$d"; done
  if [ -n "$PGDB" ]; then psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS \"$PGDB\" WITH (FORCE)" || true; fi
}
trap cleanup EXIT

D1="$(mktemp -d)"; DIRS+=("$D1")
start "$D1"
echo "=== scenarios on SQLite ($URL)"
"$SIM" scenario crates/agent-sim/scenarios/*.toml --server "$URL" --key "$KEY"
echo "=== groups reaching simulated devices on SQLite (fails unless every device applies everything)"
"$SIM" group-load --server "$URL" --key "$KEY" --devices 20 --members 20 --checkin-users 100 2>/dev/null

if [ -n "${DATABASE_URL:-}" ]; then
  PGDB="scenarios_$$_$(date +%s)"
  psql "$DATABASE_URL" -qc "CREATE DATABASE \"$PGDB\""
  D2="$(mktemp -d)"; DIRS+=("$D2")
  start "$D2" --database-url "${DATABASE_URL%/*}/$PGDB"
  echo "=== Linux and Windows scenarios on PostgreSQL ($URL)"
  "$SIM" scenario crates/agent-sim/scenarios/5-windows.toml crates/agent-sim/scenarios/6-linux.toml --server "$URL" --key "$KEY"
  echo "=== groups reaching simulated devices on PostgreSQL"
  "$SIM" group-load --server "$URL" --key "$KEY" --devices 20 --members 20 --checkin-users 100 2>/dev/null
elif [ "${REQUIRE_POSTGRES:-}" = "1" ]; then
  echo "REQUIRE_POSTGRES=1 but DATABASE_URL is not set"; exit 1
else
  echo "SKIP (loud): scenarios on PostgreSQL not run: DATABASE_URL is not set"
fi
