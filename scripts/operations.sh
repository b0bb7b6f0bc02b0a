#!/usr/bin/env bash
# What an operator relies on, checked against the release server:
#   1. the example alert rules parse and fire on the series they are for
#      (promtool check rules / test rules);
#   2. a live server's /metrics passes promtool's lint and exports every
#      metric the rules name.
# Usage: scripts/operations.sh path/to/directory-server
# promtool comes from Debian's `prometheus` package; without it this stage
# skips loudly, and REQUIRE_PROMTOOL=1 (CI) makes that a failure.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER="$(realpath "${1:?usage: $0 path/to/directory-server}")"
RULES=docs/operations/alerts.yml

if ! command -v promtool >/dev/null; then
  if [ "${REQUIRE_PROMTOOL:-}" = "1" ]; then
    echo "REQUIRE_PROMTOOL=1 but promtool is missing (apt-get install prometheus)"; exit 1
  fi
  echo "SKIP (loud): promtool missing; the alert rules and the exposition are not checked"
  exit 0
fi

echo "--- alert rules: promtool check rules, promtool test rules"
promtool check rules "$RULES"
(cd docs/operations && promtool test rules alerts.test.yml)

echo "--- a live server's /metrics"
WORK="$(mktemp -d)"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
"$SERVER" serve --listen 127.0.0.1:0 --data-dir "$WORK/data" >"$WORK/out" 2>"$WORK/log" &
PID=$!
for _ in $(seq 100); do grep -q '^listening on' "$WORK/out" 2>/dev/null && break; sleep 0.1; done
URL="$(sed -n 's/^listening on \([^ ]*\).*/\1/p' "$WORK/out")"
[ -n "$URL" ] || { echo "the server did not start"; cat "$WORK/log"; exit 1; }
# One request of each kind so that the labelled families have samples.
curl -fsS "$URL/healthz" >/dev/null
curl -sS -o /dev/null "$URL/scim/v2/Users"
curl -fsS "$URL/metrics" >"$WORK/metrics"

# promtool lints the classic text format; the server speaks OpenMetrics,
# where a counter's HELP and TYPE name it without `_total`. That one
# difference is expected; any other finding fails.
lint="$(promtool check metrics <"$WORK/metrics" 2>&1 || true)"
unexpected="$(printf '%s\n' "$lint" | grep -v '^$' | while read -r name rest; do
  base="${name%_total}"
  if [ "$rest" = "no help text" ] && [ "$base" != "$name" ] && grep -q "^# HELP $base " "$WORK/metrics"; then
    continue
  fi
  echo "$name $rest"
done)"
if [ -n "$unexpected" ]; then
  echo "promtool check metrics found:"; echo "$unexpected"; exit 1
fi
echo "promtool check metrics: clean (OpenMetrics counters aside)"

missing=0
for m in $(grep -o 'directory_[a-z_]*' "$RULES" | sort -u); do
  # A sample of that name, or a family of that name (a histogram's base).
  if grep -q "^$m[{ ]" "$WORK/metrics" || grep -q "^# TYPE $m " "$WORK/metrics"; then
    echo "exported: $m"
  else
    echo "NOT EXPORTED: $m (named in $RULES)"; missing=1
  fi
done
[ "$missing" = 0 ] || exit 1
echo "--- operations checks passed"
