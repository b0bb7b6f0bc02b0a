#!/usr/bin/env bash
# Devices spread over several server replicas on one PostgreSQL database and
# several client processes: a process here may hold at most 20,000 open
# files, so each replica and each client keeps under that. Client process i
# connects its devices straight to replica i and sends Okta's changes
# through replica i+1, so every change crosses replicas (LISTEN/NOTIFY).
# The fleet is seeded first (`directory-server seed-devices`: users and
# devices enrolled and bound without the API or any hashing), one CSV of
# credentials per client. Devices hold check-ins of POLL_WAIT seconds (60,
# the real agent's). Prints each process's propagation figures, the merged
# percentiles (and of how long Okta waited for the server's answers), the
# kernel's count of connections it could not take at once, and each
# replica's memory per held long-poll; keeps every
# client's latency CSV and output, and each replica's log, in OUT (default
# target/scale-out/<time>).
# The devices connect from 16 loopback addresses (DEVICE_ADDRESSES, a
# comma-separated list; empty: the default address only).
# Every device opens its check-in at once after a pause (--settle), as a
# fleet does when its server restarts. Okta's changes begin once each
# replica holds all its devices' check-ins: the latency is propagation to
# a connected fleet. With STORM=1 they begin together with the check-ins
# (agent-sim load --changes-during-reconnect): a change whose device has
# not reconnected yet waits for it.
# With BACKEND=sqlite (one replica only) the server keeps its own SQLite
# file instead: a single replica at its limit on either backend.
# With LOCKS=1 (PostgreSQL) a psql session samples pg_stat_activity about
# every 20 ms while the clients run (the first sync and the changes): how
# many samples found a backend of the run waiting on a lock, and the
# statements they waited at (kept in OUT/locks, counted in the summary).
#   usage: DATABASE_URL=postgres://... scripts/scale-out.sh DEVICES REPLICAS [RATE] [SECONDS]
#          BACKEND=sqlite scripts/scale-out.sh DEVICES 1 [RATE] [SECONDS]
# e.g. scripts/scale-out.sh 100000 6 20 60   (BENCHMARKS.md)
set -euo pipefail
cd "$(dirname "$0")/.."
DEVICES="${1:?usage: scripts/scale-out.sh DEVICES REPLICAS [RATE] [SECONDS]}"
REPLICAS="${2:?usage: scripts/scale-out.sh DEVICES REPLICAS [RATE] [SECONDS]}"
RATE="${3:-20}"
SECONDS_="${4:-30}"
BACKEND="${BACKEND:-postgres}"
case "$BACKEND" in
  postgres) : "${DATABASE_URL:?DATABASE_URL (an admin URL of a PostgreSQL server) is needed}" ;;
  sqlite) [ "$REPLICAS" = 1 ] || { echo "BACKEND=sqlite: one replica (a SQLite file is one server's)"; exit 1; } ;;
  *) echo "BACKEND is postgres or sqlite, not $BACKEND"; exit 1 ;;
esac
STORM_ARG=()
case "${STORM:-0}" in
  1) STORM_ARG=(--changes-during-reconnect) ;;
  0) ;;
  *) echo "STORM is 0 or 1, not $STORM"; exit 1 ;;
esac
BIN="${BIN:-target/release/directory-server}"
SIM="${SIM:-target/release/agent-sim}"
POLL_WAIT="${POLL_WAIT:-60}"
OUT="${OUT:-target/scale-out/$(date +%Y%m%d-%H%M%S)}"
mkdir -p "$OUT"
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
  for d in "$WORK"/r*; do if [ -f "$d/err" ]; then cp "$d/err" "$OUT/replica-${d##*/r}.log"; fi; done
  if [ "$BACKEND" = postgres ]; then
    psql "$DATABASE_URL" -qc "DROP DATABASE IF EXISTS \"$DB\" WITH (FORCE)" >/dev/null || true
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
DB_LINE=""
if [ "$BACKEND" = postgres ]; then
  psql "$DATABASE_URL" -qc "CREATE DATABASE \"$DB\""
  DB_LINE="database_url = \"${DATABASE_URL%/*}/$DB\""
fi
# The replicas (and the seeding processes) together under PostgreSQL's
# default 100 connections, each replica's listener included.
POOL=$(( 80 / REPLICAS - 1 )); [ "$POOL" -ge 4 ] || POOL=4; [ "$POOL" -le 16 ] || POOL=16

# Cheap hashing: the measured changes derive with these parameters (as in
# group-load's runs), so what is measured is propagation, not argon2.
for i in $(seq 1 "$REPLICAS"); do
  mkdir -p "$WORK/r$i"
  cat > "$WORK/r$i/server.toml" <<EOF
$DB_LINE
database_max_connections = $POOL
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
ORG="$(sed -n "s/^created org '.*' (\(.*\))$/\1/p" "$WORK/r1/out" | head -1)"
[ -n "$ORG" ] || { echo "no org in replica 1's first-start lines"; exit 1; }
for i in $(seq 2 "$REPLICAS"); do
  cp "$WORK/r1/server.key" "$WORK/r$i/server.key"
  start "$i"
done
rss() { awk "/$2/ {print \$2}" "/proc/$(cat "$WORK/r$1/pid")/status"; }

# The org's uid range must hold every seeded user (by default 100,000 uids);
# the gid range moves up past it (the two may not overlap).
curl -fsS -H "Authorization: Bearer $KEY" "${ADDRS[1]}/api/v1/settings" \
  | python3 -c 'import json, sys
s = json.load(sys.stdin); u = s["unix_accounts"]
need = u["uid_min"] + int(sys.argv[1]) + 1000
if need > u["uid_max"]:
    u["uid_max"] = need
    u["gid_min"], u["gid_max"] = need + 1, need + 100000
print(json.dumps(s))' "$(( PER * REPLICAS ))" \
  | curl -fsS -X PUT -H "Authorization: Bearer $KEY" -H "Content-Type: application/json" \
      --data @- "${ADDRS[1]}/api/v1/settings" > /dev/null
echo "=== seeding $DEVICES devices ($PER per client), each bound to a user of its own"
T0=$SECONDS
SEEDS=()
for i in $(seq 1 "$REPLICAS"); do
  "$BIN" seed-devices --data-dir "$WORK/r1" --config "$WORK/r1/server.toml" --org "$ORG" \
    --count "$PER" --prefix "f${i}x" --platforms windows,linux --concurrency 16 \
    --out "$WORK/fleet$i.csv" > "$OUT/seed$i.out" 2>&1 &
  SEEDS+=($!)
done
for p in "${SEEDS[@]}"; do wait "$p" || { echo "seeding failed:"; cat "$OUT"/seed*.out; exit 1; }; done
echo "seeded in $(( SECONDS - T0 )) s"

declare -A RSS0
for i in $(seq 1 "$REPLICAS"); do RSS0[$i]=$(rss "$i" VmRSS); done
echo "=== $DEVICES devices over $REPLICAS replicas and $REPLICAS client processes ($PER each), $RATE changes/s for $SECONDS_ s, check-ins of $POLL_WAIT s"
# The devices connect from 16 loopback addresses in turn: from one address,
# past about 14,000 connections the kernel's ephemeral port search slows to
# some 500 connects a second and the simulators, not the replicas, set the
# pace (agent-sim load --device-addresses). DEVICE_ADDRESSES= (empty)
# connects from the default address only, as before.
DEVICE_ADDRESSES="${DEVICE_ADDRESSES-$(seq -s, -f "127.0.0.%g" 1 16)}"
SIM_ARGS=()
[ -z "$DEVICE_ADDRESSES" ] || SIM_ARGS=(--device-addresses "$DEVICE_ADDRESSES")
SIM_ARGS+=("${STORM_ARG[@]}")
# The kernel's counters of connections it could not take at once (a full
# accept queue: the client's SYN is retransmitted a second later, then
# 3 s, 7 s), from here to the end of the run.
NSTAT=(env NSTAT_HISTORY="$WORK/nstat.history" nstat)
command -v nstat > /dev/null || NSTAT=()
[ "${#NSTAT[@]}" = 0 ] || "${NSTAT[@]}" -n
# The pause between the first sync and the hold, and when in it the
# replicas' memory is read (see below).
SETTLE=13 SETTLE_READ=12
LOCK_PID=""
case "${LOCKS:-0}" in
  1) [ "$BACKEND" = postgres ] || { echo "LOCKS=1 samples PostgreSQL's locks: BACKEND=postgres"; exit 1; }
     LOCK_SQL="SELECT 'S', count(*) FILTER (WHERE wait_event_type = 'Lock') FROM pg_stat_activity WHERE datname = '$DB';
SELECT 'W', wait_event, left(regexp_replace(query, '\s+', ' ', 'g'), 70) FROM pg_stat_activity WHERE datname = '$DB' AND wait_event_type = 'Lock';
SELECT pg_sleep(0.02);"
     # The writer blocks on the pipe while psql works, and ends with it.
     ( while :; do printf '%s\n' "$LOCK_SQL"; done ) 2>/dev/null | psql -Atq "$DATABASE_URL" > "$OUT/locks" 2>/dev/null &
     LOCK_PID=$!
     PIDS+=("$LOCK_PID") ;;
  0) ;;
  *) echo "LOCKS is 0 or 1, not $LOCKS"; exit 1 ;;
esac
SIMS=()
for i in $(seq 1 "$REPLICAS"); do
  okta=$(( i % REPLICAS + 1 ))
  "$SIM" load --server "${ADDRS[$i]}" --okta-server "${ADDRS[$okta]}" --key "$KEY" \
    --seeded "$WORK/fleet$i.csv" --poll-wait "$POLL_WAIT" --settle "$SETTLE" \
    --rate "$(awk "BEGIN {print $RATE / $REPLICAS}")" --duration "$SECONDS_" \
    --setup-concurrency 64 "${SIM_ARGS[@]}" \
    --csv "$OUT/c$i.csv" > "$OUT/c$i.out" 2>"$OUT/c$i.err" &
  SIMS+=($!)
done
# Memory: each replica's resident size while every device holds a poll
# (once it holds them all, and again later), against its size before any device
# checked in (per device, with whatever the first sync left allocated) and
# against its size once every device has synced and its client pauses
# (--settle, SETTLE s) before holding the polls (per held poll). That
# reading waits SETTLE_READ s into the pause (set above): a simulated
# device keeps its connection after its first sync, and the server closes
# it once idle for its header-read timeout (10 s), so the reading holds no
# connection.
declare -A RSS2=() SET_UP=()
while [ "${#RSS2[@]}" -lt "$REPLICAS" ]; do
  for i in $(seq 1 "$REPLICAS"); do
    if [ -z "${SET_UP[$i]:-}" ] && grep -q "^set up" "$OUT/c$i.err" 2>/dev/null; then
      SET_UP[$i]=$SECONDS
    fi
    if [ -z "${RSS2[$i]:-}" ] && [ -n "${SET_UP[$i]:-}" ] && [ $(( SECONDS - SET_UP[$i] )) -ge "$SETTLE_READ" ]; then
      RSS2[$i]=$(rss "$i" VmRSS)
    fi
    kill -0 "${SIMS[$((i-1))]}" 2>/dev/null || RSS2[$i]="${RSS2[$i]:-0}"
  done
  sleep 0.2
done
for i in $(seq 1 "$REPLICAS"); do
  until grep -q "^holding" "$OUT/c$i.err" 2>/dev/null; do
    kill -0 "${SIMS[$((i-1))]}" 2>/dev/null || break
    sleep 0.5
  done
done
# The first reading waits until a replica holds (nearly) all its devices'
# polls (its directory_devices_connected gauge; devices that just got a
# change are between polls), at most 60 s: a reading at a fixed time after
# "holding" divided the growth by devices that had not arrived yet.
held() { curl -fsS "${ADDRS[$1]}/metrics" 2>/dev/null | awk '/^directory_devices_connected / {n = int($2)} END {print n + 0}'; }
T_HOLD=$SECONDS
declare -A RSS1 RSS3
for i in $(seq 1 "$REPLICAS"); do
  until [ "$(held "$i")" -ge $(( PER * 995 / 1000 )) ] || [ $(( SECONDS - T_HOLD )) -ge 60 ]; do
    sleep 0.2
  done
  echo "replica $i: $(held "$i") polls held $(( SECONDS - T_HOLD )) s after the clients began holding"
done
sleep 2
for i in $(seq 1 "$REPLICAS"); do RSS1[$i]=$(rss "$i" VmRSS); done
# And again later, once the start's transient allocations had time to be
# returned: near the end of the changes, but before the first held polls
# end (at 4/5 of POLL_WAIT at the earliest) and the devices poll again.
# (Times from when the clients began holding.)
LATE=$(( SECONDS_ > 10 ? SECONDS_ - 5 : 5 ))
BEFORE_REPOLL=$(( POLL_WAIT * 4 / 5 - 5 ))
[ "$LATE" -le "$BEFORE_REPOLL" ] || LATE=$BEFORE_REPOLL
WAIT_LATE=$(( LATE - (SECONDS - T_HOLD) ))
[ "$WAIT_LATE" -ge 1 ] || WAIT_LATE=1
sleep "$WAIT_LATE"
LATE=$(( SECONDS - T_HOLD ))
for i in $(seq 1 "$REPLICAS"); do RSS3[$i]=$(rss "$i" VmRSS); done
FAIL=0
for i in $(seq 1 "$REPLICAS"); do
  wait "${SIMS[$((i-1))]}" || { echo "client $i failed:"; tail -5 "$OUT/c$i.err"; FAIL=1; }
  echo "client $i: $(tr '\n' ' ' < "$OUT/c$i.out")"
done
[ "$FAIL" = 0 ] || exit 1
[ -z "$LOCK_PID" ] || kill "$LOCK_PID" 2>/dev/null || true
tail -q -n +2 "$OUT"/c*.csv | cut -d, -f2 | sort -n > "$WORK/all"
# Column 3: from when the change was due until Okta had the answer (the
# write's part of the latency; empty when unknown).
tail -q -n +2 "$OUT"/c*.csv | cut -d, -f3 | grep -v '^$' | sort -n > "$WORK/answered" || true
N=$(wc -l < "$WORK/all")
pct() { # pct FILE Q
  local n; n=$(wc -l < "$1")
  [ "$n" -gt 0 ] || { echo "-"; return; }
  sed -n "$(awk "BEGIN {i = int(($n - 1) * $2 + 0.5) + 1; print i}")p" "$1"
}
echo "merged: $N changes applied; latency p50 $(pct "$WORK/all" 0.5) ms, p99 $(pct "$WORK/all" 0.99) ms, max $(pct "$WORK/all" 1.0) ms; Okta had the answer after p50 $(pct "$WORK/answered" 0.5) ms, p99 $(pct "$WORK/answered" 0.99) ms, max $(pct "$WORK/answered" 1.0) ms" | tee "$OUT/summary"
if [ "${#NSTAT[@]}" -gt 0 ]; then
  echo "kernel, during the run: $("${NSTAT[@]}" -z TcpExtListenOverflows TcpExtListenDrops TcpExtTCPSynRetrans TcpExtSyncookiesSent | awk '!/^#/ {printf "%s %s, ", $1, $2}' | sed 's/TcpExt//g; s/, $//')" | tee -a "$OUT/summary"
fi
if [ -n "$LOCK_PID" ]; then
  awk -F'|' '$1 == "S" {n++; if ($2 > 0) w++} END {printf "lock waits: %d of %d samples found a backend waiting on a lock; waiters by wait event and statement:\n", w, n}' "$OUT/locks" | tee -a "$OUT/summary"
  awk -F'|' '$1 == "W" {print $2 " | " $3}' "$OUT/locks" | sort | uniq -c | sort -rn | head -8 | tee -a "$OUT/summary"
fi
for i in $(seq 1 "$REPLICAS"); do
  echo "replica $i: RSS $(( ${RSS0[$i]} / 1024 )) MiB before its $PER devices checked in, $(( ${RSS2[$i]} / 1024 )) MiB once they synced, $(( ${RSS1[$i]} / 1024 )) MiB while they hold polls: $(( (${RSS1[$i]} - ${RSS0[$i]}) * 1024 / PER )) bytes per device, $(( (${RSS1[$i]} - ${RSS2[$i]}) * 1024 / PER )) bytes per held poll ($(( (${RSS3[$i]} - ${RSS2[$i]}) * 1024 / PER )) $LATE s into the hold)" | tee -a "$OUT/summary"
done
echo "results in $OUT"

