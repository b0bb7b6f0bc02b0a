#!/usr/bin/env bash
# Builds and installs the Linux device agent: the binary, its systemd unit
# and a commented configuration (an existing configuration is kept).
#   usage: sudo bash scripts/install-agent.sh
#   DESTDIR=DIR   install under DIR (image builds, packaging)
#   PREFIX=DIR    the binary's prefix (default /usr/local)
# Then: directory-agent enroll --server URL --token TOKEN && systemctl enable --now directory-agent
set -euo pipefail
cd "$(dirname "$0")/.."
DESTDIR="${DESTDIR:-}"
PREFIX="${PREFIX:-/usr/local}"
cargo build --release --locked -p agent --bin directory-agent
install -Dm755 target/release/directory-agent "$DESTDIR$PREFIX/bin/directory-agent"
sed "s|/usr/bin/directory-agent|$PREFIX/bin/directory-agent|" crates/agent/packaging/directory-agent.service \
  | install -Dm644 /dev/stdin "$DESTDIR/etc/systemd/system/directory-agent.service"
if [ ! -e "$DESTDIR/etc/directory-agent/agent.toml" ]; then
  install -Dm644 crates/agent/packaging/agent.toml "$DESTDIR/etc/directory-agent/agent.toml"
fi
install -dm700 "$DESTDIR/var/lib/directory-agent"
echo "installed $DESTDIR$PREFIX/bin/directory-agent, the unit directory-agent.service and /etc/directory-agent/agent.toml"
