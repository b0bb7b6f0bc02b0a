#!/usr/bin/env bash
# Checks the release server against its own OpenAPI document
# (/api/v1/openapi.json) with schemathesis (PyPI): every operation, with
# generated valid and invalid input, must answer without a server error,
# with a documented status code, content type, headers and body schema.
# Three runs, one per credential, so that operations behind a session or a
# device credential are reached, not only refused:
#   1. an admin's API key (every operation);
#   2. an admin's session cookie and CSRF token (sign-in, MFA, sessions;
#      signing out is left out, it would end the run's session);
#   3. a device's credential (the agent API; long-polls capped at 1 s).
# Usage: scripts/schemathesis.sh path/to/directory-server
# The virtualenv is built once per machine under $SCHEMATHESIS_VENV.
set -euo pipefail
cd "$(dirname "$0")/.."
SERVER="$(realpath "${1:?usage: $0 path/to/directory-server}")"
VERSION=4.32.5
VENV="${SCHEMATHESIS_VENV:-/var/cache/okta-directory/schemathesis-$VERSION}"

if [ ! -x "$VENV/bin/schemathesis" ]; then
  echo "--- installing schemathesis $VERSION into $VENV (once per machine)"
  rm -rf "$VENV.tmp"
  python3 -m venv "$VENV.tmp"
  "$VENV.tmp/bin/pip" install -q "schemathesis==$VERSION"
  rm -rf "$VENV"
  mv "$VENV.tmp" "$VENV"
fi
# A venv's scripts name their interpreter by the path it was made at.
sed -i "1s|^#!.*python.*|#!$VENV/bin/python3|" "$VENV/bin/schemathesis"

WORK="$(mktemp -d)"
PID=""
cleanup() { [ -n "$PID" ] && kill "$PID" 2>/dev/null; rm -rf "$WORK"; }
trap cleanup EXIT
# Long-polls of at most 1 s: the fuzzer sends any `wait` it likes.
printf 'long_poll_max_secs = 1\n' >"$WORK/server.toml"
"$SERVER" --config "$WORK/server.toml" serve --listen 127.0.0.1:0 --data-dir "$WORK/data" --log-json \
  >"$WORK/out" 2>"$WORK/log" &
PID=$!
for _ in $(seq 100); do grep -q '^listening on' "$WORK/out" 2>/dev/null && break; sleep 0.1; done
URL="$(sed -n 's/^listening on \([^ ]*\).*/\1/p' "$WORK/out")"
KEY="$(sed -n 's/^API key for .* (shown once): //p' "$WORK/out")"
[ -n "$URL" ] && [ -n "$KEY" ] || { echo "the server did not start"; cat "$WORK/log"; exit 1; }

st() { # NAME ARGS...: one schemathesis run that must find nothing
  local name="$1"; shift
  echo "--- schemathesis: $name"
  "$VENV/bin/schemathesis" run "$URL/api/v1/openapi.json" \
    --checks not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance \
    --max-examples 25 --seed 1 --generation-database none --workers 2 \
    --request-timeout 10 --no-color "$@" >"$WORK/st.log" 2>&1 || {
      cat "$WORK/st.log"; echo "schemathesis ($name) found failures"; exit 1; }
  sed -n '/SUMMARY/,$p' "$WORK/st.log"
}

st "every operation, with the admin's API key" -H "Authorization: Bearer $KEY"

# An admin who signs in: the org requires MFA, so the session is at the
# enrolment stage, where the MFA enrolment routes answer.
ORG="$(sed -n "s/^created org '.*' (\(.*\))$/\1/p" "$WORK/out")"
printf 'Schema-Check-Passw0rd\n' | "$SERVER" create-admin --data-dir "$WORK/data" --org "$ORG" \
  --login st@example.com --password-stdin >/dev/null
curl -fsS -c "$WORK/cookies" -H 'content-type: application/json' \
  -d '{"login":"st@example.com","password":"Schema-Check-Passw0rd"}' \
  "$URL/api/v1/sign-in" >"$WORK/session.json"
CSRF="$(python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["csrf_token"])' "$WORK/session.json")"
COOKIE="$(awk '$6 ~ /directory-admin/ {print $6 "=" $7}' "$WORK/cookies")"
[ -n "$COOKIE" ] && [ -n "$CSRF" ] || { echo "no admin session"; exit 1; }
st "sign-in, MFA and sessions, with an admin's session" --include-tag sign-in \
  --exclude-path-regex 'sign-out' -H "Cookie: $COOKIE" -H "x-csrf-token: $CSRF"

TOKEN="$(curl -fsS -H "Authorization: Bearer $KEY" -H 'content-type: application/json' \
  -d '{"expires_in_seconds":600}' "$URL/api/v1/enrolment-tokens" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["token"])')"
CRED="$(curl -fsS -H "Authorization: Bearer $TOKEN" -H 'content-type: application/json' \
  -d '{"name":"schemathesis","platform":"linux"}' "$URL/agent/v1/enroll" \
  | python3 -c 'import json,sys; print(json.load(sys.stdin)["credential"])')"
st "the agent API, with a device's credential" --include-tag agent \
  --exclude-path-regex 'enroll' -H "Authorization: Bearer $CRED"

# The server logged no panic and answered no 5xx (schemathesis checked the
# answers; the log says whether anything went wrong unseen).
if grep -E '"level":"ERROR"|panicked' "$WORK/log"; then
  echo "the server logged errors during the runs"; exit 1
fi
echo "--- schemathesis: 0 failures in three runs"
