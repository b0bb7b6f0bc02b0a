#!/usr/bin/env bash
# Devices spread over several server replicas on one PostgreSQL database and
# several client processes: a process here may hold at most 20,000 open
# files, so each replica and each client keeps under that. Client process i
# connects its devices straight to replica i and sends Okta's changes
# through replica i+1, so every change crosses replicas (LISTEN/NOTIFY).
# Prints each process's propagation figures, the merged percentiles and each
# replica's memory per held long-poll.
#   usage: DATABASE_URL=postgres://... scripts/scale-out.sh DEVICES REPLICAS [RATE] [SECONDS]
# e.g. scripts/scale-out.sh 10000 2 20 30   (BENCHMARKS.md, fourteenth session)
set -euo pipefail
cd "$(dirname "$0")/.."
DEVICES="${1:?usage: scripts/scale-out.sh DEVICES REPLICAS [RATE] [SECONDS]}"
REPLICAS="${2:?usage: scripts/scale-out.sh DEVICES REPLICAS [RATE] [SECONDS]}"
RATE="${3:-20}"
SECONDS_="${4:-30}"
: "${DATABASE_URL:?DATABASE_URL (an admin URL of a PostgreSQL server) is needed}"
BIN="${BIN:-target/release/directory-server}"
SIM="${SIM:-target/release/agent-sim}"
[ -x "$BIN" ] && [ -x "$SIM" ] || cargo build --release -p server -p agent-sim
PER=$(( (DEVICES + REPLICAS - 1) / REPLICAS ))
if [ "$PER" -gt 19000 ]; then
  echo "$PER devices per replica: over the 20,000 open files a process may hold; use more replicas"; exit 1
fi
ulimit -n 20000

DB="scaleout_$$"
WORK="$(mktemp -d)"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
psql "$DATABASE_URL" -qc "CREATE DATABASE \"$DB\""
URL="${DATABASE_URL%/*}/$DB"

# Cheap hashing: the set-up creates a user with a password per device; the
# measured changes derive with these parameters too (as in group-load's runs).
for i in $(seq 1 "$REPLICAS"); do
  mkdir -p "$WORK/r$i"
  cat > "$WORK/r$i/server.toml" <<EOF
database_url = "$URL"
rate_limit_per_sec = 0.0
long_poll_max_secs = 120
[hash]
argon2_m_kib = 64
argon2_t = 1
argon2_p = 1
sha512_crypt_rounds = 1000
macos_iterations = 20000
EOF
done
ADDRS=()
start() { # start N
  local d="$WORK/r$1"
  "$BIN" serve --listen 127.0.0.1:0 --data-dir "$d" --config "$d/server.toml" >"$d/out" 2>"$d/err" &
  PIDS+=($!)
  echo $! > "$d/pid"
  for _ in $(seq 1 200); do grep -q "listening on" "$d/out" 2>/dev/null && break; sleep 0.1; done
  grep -q "listening on" "$d/out" || { echo "replica $1 did not start:"; cat "$d/err"; exit 1; }
  ADDRS[$1]="$(grep -o 'http://127.0.0.1:[0-9]*' "$d/out" | head -1)"
}
start 1
KEY="$(grep -o 'dk_[A-Za-z0-9]*' "$WORK/r1/out" | head -1)"
for i in $(seq 2 "$REPLICAS"); do
  cp "$WORK/r1/server.key" "$WORK/r$i/server.key"
  start "$i"
done
rss() { awk '/VmRSS/ {print $2}' "/proc/$(cat "$WORK/r$1/pid")/status"; }
declare -A RSS0
for i in $(seq 1 "$REPLICAS"); do RSS0[$i]=$(rss "$i"); done

echo "=== $DEVICES devices over $REPLICAS replicas and $REPLICAS client processes ($PER each), $RATE changes/s for $SECONDS_ s"
SIMS=()
for i in $(seq 1 "$REPLICAS"); do
  okta=$(( i % REPLICAS + 1 ))
  "$SIM" load --server "${ADDRS[$i]}" --okta-server "${ADDRS[$okta]}" --key "$KEY" \
    --devices "$PER" --platform-mix macos=0,windows=1,linux=1 \
    --rate "$(awk "BEGIN {print $RATE / $REPLICAS}")" --duration "$SECONDS_" \
    --setup-concurrency 8 --csv "$WORK/c$i.csv" > "$WORK/c$i.out" 2>"$WORK/c$i.err" &
  SIMS+=($!)
done
# Memory: each replica's peak resident size (VmHWM) once the clients are
# done, against its size before any device: an upper bound of what a held
# poll costs (the set-up's transient allocations count too).
FAIL=0
for i in $(seq 1 "$REPLICAS"); do
  wait "${SIMS[$((i-1))]}" || { echo "client $i failed:"; tail -5 "$WORK/c$i.err"; FAIL=1; }
  echo "client $i: $(tr '\n' ' ' < "$WORK/c$i.out")"
done
[ "$FAIL" = 0 ] || exit 1
tail -q -n +2 "$WORK"/c*.csv | cut -d, -f2 | sort -n > "$WORK/all"
N=$(wc -l < "$WORK/all")
pct() { sed -n "$(awk "BEGIN {i = int(($N - 1) * $1 + 0.5) + 1; print i}")p" "$WORK/all"; }
echo "merged: $N changes applied; latency p50 $(pct 0.5) ms, p99 $(pct 0.99) ms, max $(pct 1.0) ms"
for i in $(seq 1 "$REPLICAS"); do
  hwm=$(awk '/VmHWM/ {print $2}' "/proc/$(cat "$WORK/r$i/pid")/status")
  echo "replica $i: RSS $(( ${RSS0[$i]} / 1024 )) MiB before the devices, peak $(( hwm / 1024 )) MiB with $PER devices: at most $(( (hwm - ${RSS0[$i]}) * 1024 / PER )) bytes per device"
done
