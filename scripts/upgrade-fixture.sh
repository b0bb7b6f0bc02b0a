#!/usr/bin/env bash
# Writes the upgrade test's fixtures (crates/directory/tests/upgrade.rs):
# databases written by an earlier release's binaries, on SQLite and on
# PostgreSQL, dumped as SQL text beside the server key that sealed them.
#
# Run it with the binaries of the last commit before a schema change, before
# the change lands:
#   git worktree add /tmp/prev <that commit>
#   (cd /tmp/prev && cargo build -p server -p agent-sim)
#   scripts/upgrade-fixture.sh /tmp/prev VERSION
# VERSION is that schema's version (the number of migrations it has). What
# the fixture holds is what the shipped device scenarios and a small
# group-load leave behind: users in every state with password histories,
# devices of every platform with deliveries, commands, account states and
# agents, groups bound to device groups, enrolment tokens, the audit log.
set -euo pipefail
cd "$(dirname "$0")/.."
PREV="${1:?usage: scripts/upgrade-fixture.sh PREV_CHECKOUT SCHEMA_VERSION}"
VERSION="${2:?usage: scripts/upgrade-fixture.sh PREV_CHECKOUT SCHEMA_VERSION}"
: "${DATABASE_URL:?DATABASE_URL (an admin URL of a PostgreSQL server) is needed}"
BIN="$PREV/target/debug/directory-server"
SIM="$PREV/target/debug/agent-sim"
OUT="crates/directory/tests/data/upgrade"
mkdir -p "$OUT"

PIDS=()
DIRS=()
PGDB="upgrade_fixture_$$"
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  for d in "${DIRS[@]}"; do rm -rf "$d"; done
  psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS \"$PGDB\" WITH (FORCE)" || true
}
trap cleanup EXIT

populate() { # populate DATA_DIR [serve args...]
  local data="$1"; shift
  "$BIN" serve --listen 127.0.0.1:0 --data-dir "$data" "$@" >"$data/out" 2>"$data/err" &
  PIDS+=($!)
  for _ in $(seq 1 100); do grep -q "listening on" "$data/out" 2>/dev/null && break; sleep 0.1; done
  local url key
  url="$(grep -o 'http://127.0.0.1:[0-9]*' "$data/out" | head -1)"
  key="$(grep -o 'dk_[A-Za-z0-9]*' "$data/out" | head -1)"
  "$SIM" scenario "$PREV"/crates/agent-sim/scenarios/*.toml --server "$url" --key "$key" >/dev/null
  "$SIM" group-load --server "$url" --key "$key" --devices 5 --members 5 --checkin-users 10 >/dev/null 2>&1
  kill "${PIDS[-1]}"
  wait "${PIDS[-1]}" 2>/dev/null || true
}

D1="$(mktemp -d)"; DIRS+=("$D1")
populate "$D1"
sqlite3 "$D1/directory.db" "PRAGMA wal_checkpoint(TRUNCATE);" >/dev/null
sqlite3 "$D1/directory.db" .dump > "$OUT/v$VERSION-sqlite.sql"
cp "$D1/server.key" "$OUT/v$VERSION-sqlite.key"

psql "$DATABASE_URL" -qc "CREATE DATABASE \"$PGDB\""
D2="$(mktemp -d)"; DIRS+=("$D2")
populate "$D2" --database-url "${DATABASE_URL%/*}/$PGDB"
pg_dump --no-owner --no-privileges "${DATABASE_URL%/*}/$PGDB" > "$OUT/v$VERSION-postgres.sql"
cp "$D2/server.key" "$OUT/v$VERSION-postgres.key"
echo "wrote $OUT/v$VERSION-{sqlite,postgres}.{sql,key}"
