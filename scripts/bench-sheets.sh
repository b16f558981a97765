#!/usr/bin/env bash
# Spreadsheet browser benchmark (tests/e2e/bench/sheets-bench.mjs), run on demand, not part of
# the tests: the sample as .xlsx chosen in the app → report in headless Chromium, against
# SheetJS (npm xlsx 0.18.5: XLSX.read + sheet_to_json, same bytes, same page) and against the
# same data as JSON → the section "Spreadsheets: …" of docs/browser-benchmarks.md (the rest of
# the file is scripts/bench-browser.sh's). ~4 min on 2 cores (plus generating the data once).
# The data files (.xlsx and .json) are generated once by the CLI into $BENCH_DATA (default
# /work/bench-data, outside the repository). Builds dist/ with trunk if it has no release build.
# Environment: PHUSONG_DIST, BENCH_DATA, BENCH_SIZES (10000,100000), BENCH_RUNS (5),
# BENCH_XLSX_TIMEOUT (ms, 300000), BENCH_FROM=sheets-bench-results.json (only rewrite the section).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DIST="${PHUSONG_DIST:-$ROOT/dist}"
if [ -z "${BENCH_FROM:-}" ] && [ ! -f "$DIST/index.html" ]; then
  log "no release build in $DIST: trunk build --release"
  trunk build --release
fi
if [ ! -d tests/e2e/node_modules/xlsx ]; then
  log "npm ci (tests/e2e)"
  (cd tests/e2e && npm ci --no-audit --no-fund)
fi
export BENCH_DATA="${BENCH_DATA:-/work/bench-data}"
log "spreadsheet browser benchmark (data: $BENCH_DATA, app: $DIST)"
node tests/e2e/bench/sheets-bench.mjs
