#!/usr/bin/env bash
# Runs every test of the project: the workspace's unit, property, integration
# and end-to-end tests, the fuzz targets' build, and (once the server exists)
# the conformance suites and device scenarios against the release binary.
#
# PostgreSQL: tests that need it read DATABASE_URL. Without it they print a
# loud SKIP line; with REQUIRE_POSTGRES=1 (CI) they fail instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "=== cargo test --workspace"
cargo test --workspace --all-targets
cargo test --workspace --doc

echo "=== fuzz targets build (nightly)"
if rustup toolchain list | grep -q nightly; then
  command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
  (cd fuzz && cargo +nightly fuzz build)
else
  echo "SKIP: no nightly toolchain; fuzz targets not built"
fi
