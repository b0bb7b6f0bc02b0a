#!/usr/bin/env bash
# Prints the path of a Debian root for the agent's system tests, building it
# once per machine: `debootstrap --variant=minbase` plus login, passwd,
# libpam-modules and pamtester (real PAM logins with `chroot ROOT pamtester`),
# sudo (`visudo -c` checks the agent's sudoers drop-in, `sudo -l -U` reads it),
# and systemd (its units, so `systemd-analyze verify --root` can check the
# packages' units against a real Debian system).
#
# The root is built into a temporary directory and renamed into the cache
# only when complete, so an interrupted build is never reused. Tests copy
# the cached root (`cp -a`) before changing anything in it.
#
#   DEBIAN_ROOT_CACHE  the cache directory (default /var/cache/okta-directory)
#   DEBIAN_MIRROR      the mirror (default http://deb.debian.org/debian)
set -euo pipefail

SUITE=bookworm
PACKAGES=login,passwd,libpam-modules,libpam-runtime,pamtester,sudo,systemd
# Bump when the recipe changes: an old root is then rebuilt, not reused.
RECIPE=3
CACHE="${DEBIAN_ROOT_CACHE:-/var/cache/okta-directory}"
MIRROR="${DEBIAN_MIRROR:-http://deb.debian.org/debian}"
ROOT="$CACHE/debian-$SUITE-minbase-r$RECIPE"

if [ -x "$ROOT/usr/bin/pamtester" ] && [ -x "$ROOT/usr/sbin/visudo" ] && [ -e "$ROOT/lib/systemd/system/sysinit.target" ]; then
  echo "$ROOT"
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "debian-root.sh: building the Debian root needs root (debootstrap, chroot)" >&2
  exit 1
fi
if ! command -v debootstrap >/dev/null; then
  echo "debian-root.sh: installing debootstrap" >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2 ||
    { apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >&2; }
fi
mkdir -p "$CACHE"
BUILD="$(mktemp -d "$CACHE/.build.XXXXXX")"
trap 'rm -rf "$BUILD"' EXIT
echo "debian-root.sh: debootstrap $SUITE into $BUILD (once per machine)" >&2
debootstrap --variant=minbase --include="$PACKAGES" "$SUITE" "$BUILD" "$MIRROR" >&2
# The caches debootstrap leaves are not part of a system image.
rm -rf "$BUILD"/var/cache/apt/archives/*.deb "$BUILD"/var/lib/apt/lists/*
test -x "$BUILD/usr/bin/pamtester" && test -x "$BUILD/usr/sbin/visudo" && test -e "$BUILD/lib/systemd/system/sysinit.target"
# mktemp made it 0700: a root directory is 0755, or no user but root could
# run anything inside it.
chmod 0755 "$BUILD"
mv "$BUILD" "$ROOT"
trap - EXIT
echo "$ROOT"
