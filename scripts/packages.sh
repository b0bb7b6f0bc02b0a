#!/usr/bin/env bash
# Builds the Debian packages of the server and the agent (cargo deb, from
# the release binaries already built) and installs them with `dpkg -i` into
# a copy of the Debian root the agent's tests use, then checks what an
# operator relies on:
#   - files land where the packages say, with the right owners and modes
#     (config in /etc, data in /var/lib, a system user for the server);
#   - `--version` runs inside the root and says the workspace's version;
#   - `systemd-analyze verify` accepts both units against that root;
#   - the server starts there as its system user from the installed config
#     and data directory, and answers /healthz with its version;
#   - removing keeps the config and the data; purging removes the config.
# Usage: scripts/packages.sh (needs root for chroot; cargo-deb is installed
# into ~/.cargo/bin once per machine if missing).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION="$(cargo metadata --no-deps --format-version 1 \
  | python3 -c 'import json,sys; print(next(p["version"] for p in json.load(sys.stdin)["packages"] if p["name"] == "server"))')"

if ! command -v cargo-deb >/dev/null; then
  echo "--- installing cargo-deb (once per machine)"
  cargo install cargo-deb --locked --version 3.8.0 >/dev/null
fi
echo "--- cargo deb (server, agent)"
rm -rf target/debian
SERVER_DEB="$(cargo deb --no-build -p server -o target/debian/ 2>/dev/null | tail -1)"
AGENT_DEB="$(cargo deb --no-build -p agent -o target/debian/ 2>/dev/null | tail -1)"
ls -l "$SERVER_DEB" "$AGENT_DEB"

CACHED="$(bash scripts/debian-root.sh)"
WORK="$(mktemp -d)"
ROOT="$WORK/root"
PID=""
cleanup() {
  [ -n "$PID" ] && kill "$PID" 2>/dev/null
  wait 2>/dev/null || true
  rm -rf "$WORK"
}
trap cleanup EXIT
cp -a "$CACHED" "$ROOT"
chmod 0755 "$ROOT" # a root made by an older debian-root.sh was 0700
cp "$SERVER_DEB" "$AGENT_DEB" "$ROOT/tmp/"
fail() { echo "FAIL: $*"; exit 1; }

echo "--- dpkg -i into a copy of $CACHED"
chroot "$ROOT" dpkg -i "/tmp/$(basename "$SERVER_DEB")" "/tmp/$(basename "$AGENT_DEB")"

echo "--- owners and modes"
expect() { # PATH OWNER:GROUP MODE
  local got
  got="$(chroot "$ROOT" stat -c '%U:%G %a' "$1")" || fail "$1 is missing"
  [ "$got" = "$2 $3" ] || fail "$1 is $got, expected $2 $3"
  echo "ok: $1 $got"
}
expect /usr/bin/directory-server root:root 755
expect /etc/okta-directory root:okta-directory 750
expect /etc/okta-directory/server.toml root:okta-directory 640
expect /var/lib/okta-directory okta-directory:okta-directory 750
expect /lib/systemd/system/okta-directory-server.service root:root 644
expect /usr/share/doc/okta-directory-server/CHANGELOG.md root:root 644
expect /usr/bin/directory-agent root:root 755
expect /etc/directory-agent/agent.toml root:root 644
expect /var/lib/directory-agent root:root 700
expect /lib/systemd/system/directory-agent.service root:root 644
cmp "$ROOT/etc/okta-directory/server.toml" crates/server/packaging/server.toml \
  || fail "the installed config is not the reference"
IFS=: read -r _ _ uid _ _ home shell < <(chroot "$ROOT" getent passwd okta-directory) \
  || fail "no okta-directory user"
[ "$uid" -lt 1000 ] || fail "okta-directory is not a system user (uid $uid)"
[ "$home" = /var/lib/okta-directory ] || fail "okta-directory's home is $home"
[ "$shell" = /usr/sbin/nologin ] || fail "okta-directory's shell is $shell"
echo "ok: system user okta-directory (uid $uid, $home, $shell)"

echo "--- --version inside the root"
[ "$(chroot "$ROOT" directory-server --version)" = "directory-server $VERSION" ] \
  || fail "directory-server --version: $(chroot "$ROOT" directory-server --version)"
[ "$(chroot "$ROOT" directory-agent --version)" = "directory-agent $VERSION" ] \
  || fail "directory-agent --version: $(chroot "$ROOT" directory-agent --version)"
echo "ok: both say $VERSION"

echo "--- systemd-analyze verify"
for unit in okta-directory-server.service directory-agent.service; do
  out="$(systemd-analyze verify --root="$ROOT" "/lib/systemd/system/$unit" 2>&1)" \
    || { echo "$out"; fail "systemd-analyze verify rejects $unit"; }
  # verify exits 0 on some warnings: any line about the unit itself fails.
  if printf '%s\n' "$out" | grep -F "$unit" >/dev/null; then
    echo "$out"; fail "systemd-analyze verify warns about $unit"
  fi
  echo "ok: $unit"
done

echo "--- the server as its user, from /etc and /var/lib"
# The unit's command line and environment, on a free port.
chroot --userspec=okta-directory:okta-directory "$ROOT" env \
  DIRECTORY_DATA_DIR=/var/lib/okta-directory DIRECTORY_LISTEN=127.0.0.1:0 \
  /usr/bin/directory-server --config /etc/okta-directory/server.toml serve --log-json \
  >"$WORK/out" 2>"$WORK/log" &
PID=$!
for _ in $(seq 100); do grep -q '^listening on' "$WORK/out" 2>/dev/null && break; sleep 0.1; done
URL="$(sed -n 's/^listening on \([^ ]*\).*/\1/p' "$WORK/out")"
[ -n "$URL" ] || { cat "$WORK/log"; fail "the installed server did not start"; }
health="$(curl -fsS "$URL/healthz")"
[ "$health" = "{\"status\":\"ok\",\"version\":\"$VERSION\"}" ] || fail "/healthz: $health"
echo "ok: $URL/healthz $health"
expect /var/lib/okta-directory/server.key okta-directory:okta-directory 600
kill "$PID"; wait "$PID" 2>/dev/null || true; PID=""

echo "--- remove keeps config and data; purge removes the config"
chroot "$ROOT" dpkg -r okta-directory-server directory-agent >/dev/null
[ ! -e "$ROOT/usr/bin/directory-server" ] || fail "the binary stayed after remove"
[ -f "$ROOT/etc/okta-directory/server.toml" ] || fail "remove deleted the config"
[ -f "$ROOT/var/lib/okta-directory/server.key" ] || fail "remove deleted the data"
[ -f "$ROOT/etc/directory-agent/agent.toml" ] || fail "remove deleted the agent's config"
chroot "$ROOT" dpkg --purge okta-directory-server directory-agent >/dev/null
[ ! -e "$ROOT/etc/okta-directory/server.toml" ] || fail "purge kept the config"
[ -f "$ROOT/var/lib/okta-directory/server.key" ] || fail "purge deleted the data"
echo "ok"
echo "--- packages checked"
