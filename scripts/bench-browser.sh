#!/usr/bin/env bash
# Browser benchmark (tests/e2e/bench/browser-bench.mjs), run on demand, not part of the tests:
# phusong loading 10k / 100k / 1M-item files in headless Chromium against JSON.parse and
# DuckDB-WASM, memory, sizes, the offline file → docs/browser-benchmarks.md. ~3 min on 2 cores (plus generating the data once).
# The data files are generated once by the CLI into $BENCH_DATA (default /work/bench-data,
# outside the repository). Builds dist/ with trunk if it has no release build.
# Environment: PHUSONG_DIST, BENCH_DATA, BENCH_SIZES (10000,100000,1000000), BENCH_RUNS (7),
# BENCH_RUNS_1M (3), BENCH_SKIP_DUCKDB=1, BENCH_CHROMIUM_FLAGS, BENCH_FROM=results.json (only rewrite the doc).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DIST="${PHUSONG_DIST:-$ROOT/dist}"
if [ -z "${BENCH_FROM:-}" ] && [ ! -f "$DIST/phusong.html" ]; then
  log "no release build in $DIST: trunk build --release"
  trunk build --release
fi
if [ ! -d tests/e2e/node_modules/@duckdb/duckdb-wasm ]; then
  log "npm ci (tests/e2e)"
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi
export BENCH_DATA="${BENCH_DATA:-/work/bench-data}"
log "browser benchmark (data: $BENCH_DATA, app: $DIST)"
node tests/e2e/bench/browser-bench.mjs
