#!/usr/bin/env bash
# Runs every test of the project, building once in release mode:
#   1. the workspace's unit, property, integration, doc and end-to-end tests
#      (the end-to-end tests start the real server binary on 127.0.0.1:0;
#      the console's run in headless Chromium over chromedriver: without
#      them they skip loudly, and REQUIRE_BROWSER=1 makes that a failure);
#   2. the fuzz targets' build (nightly);
#   3. the public SCIM conformance suites against the release binary;
#   4. the device-agent scenarios against the release binary, and the
#      operator's view: alert rules tested with promtool, the live /metrics
#      linted and holding every metric the rules name, and schemathesis
#      (PyPI, a virtualenv made once per machine) against the server's own
#      OpenAPI document with three credentials;
#   5. the real Linux agent on a Debian root (debootstrap, built once per
#      machine): PAM logins through the seed's Linux workflow, kill -9
#      faults, and its numbers (needs root; REQUIRE_AGENT_SYSTEM=1 makes a
#      skip a failure);
#   6. the Debian packages of the server and the agent (cargo deb), installed
#      with dpkg -i into a copy of that root: owners, modes, --version,
#      systemd-analyze verify, the server started as its system user;
#   7. the load harness (smoke), sign-in under a guessing attack (legitimate
#      sign-ins must all be served), the console's pages at 10,000 users and
#      30 s of sustained mixed load.
#
# PostgreSQL: tests that need it read DATABASE_URL. Without it they print a
# loud SKIP line; with REQUIRE_POSTGRES=1 (CI) a missing DATABASE_URL fails.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "=== cargo test --release --workspace"
cargo test --release --workspace --all-targets
cargo test --release --workspace --doc

echo "=== fuzz targets build (nightly)"
if rustup toolchain list | grep -q nightly; then
  command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
  (cd fuzz && cargo +nightly fuzz build)
else
  echo "SKIP (loud): no nightly toolchain; fuzz targets not built"
fi

echo "=== SCIM conformance suites against the release binary"
cargo build --release -p server -p agent-sim -p agent
bash scripts/conformance.sh target/release/directory-server

if [ -x scripts/scenarios.sh ]; then
  echo "=== device scenarios against the release binary"
  bash scripts/scenarios.sh target/release/directory-server
fi

echo "=== operations: alert rules (promtool) and the live metrics exposition"
bash scripts/operations.sh target/release/directory-server

echo "=== the OpenAPI document checked by schemathesis against the release binary"
bash scripts/schemathesis.sh target/release/directory-server

echo "=== the Linux agent on a Debian root against the release binaries"
if [ "$(id -u)" = 0 ]; then
  bash scripts/agent-system.sh target/release/directory-server target/release/directory-agent
elif [ "${REQUIRE_AGENT_SYSTEM:-}" = "1" ]; then
  echo "REQUIRE_AGENT_SYSTEM=1 but not root: the agent's system tests need chroot"; exit 1
else
  echo "SKIP (loud): the agent's system tests need root (chroot into a Debian root)"
fi

echo "=== Debian packages (cargo deb) installed into a Debian root with dpkg -i"
if [ "$(id -u)" = 0 ]; then
  bash scripts/packages.sh
elif [ "${REQUIRE_AGENT_SYSTEM:-}" = "1" ]; then
  echo "REQUIRE_AGENT_SYSTEM=1 but not root: the package checks need chroot"; exit 1
else
  echo "SKIP (loud): the package checks need root (dpkg -i into a Debian root)"
fi

echo "=== load harness, smoke variant (no targets asserted)"
cargo build --release -p benches --bin load
./target/release/load --smoke --import-users 2000 --long-polls 100

echo "=== sign-in under a guessing attack, 5-second variant (legitimate sign-ins all served)"
./target/release/load --signin-attack 5

echo "=== the console's pages at 10,000 users (server time, p50/p99)"
./target/release/load --console 10000 --seconds 2

echo "=== sustained mixed load, 30-second variant (0 errors, flat memory)"
./target/release/load --sustain 30

echo "=== all test stages passed"
