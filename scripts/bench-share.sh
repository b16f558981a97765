#!/usr/bin/env bash
# Shared report browser benchmark (tests/e2e/bench/share-bench.mjs), run on demand, not part of
# the tests: "Lưu báo cáo để gửi" with the sample and 100,000 items (time to make, size, time to
# open), and the offline file's boot → the section "Shared report …" of docs/browser-benchmarks.md.
# Builds dist/ with trunk if it has no release build. Environment: PHUSONG_DIST, BENCH_RUNS (3),
# BENCH_DATA, BENCH_SHARE_ITEMS (100000), PHUSONG_COMPARE_HTML (another build's phusong.html).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DIST="${PHUSONG_DIST:-$ROOT/dist}"
if [ ! -f "$DIST/phusong.html" ]; then
  log "no release build in $DIST: trunk build --release"
  trunk build --release
fi
log "shared report browser benchmark (app: $DIST)"
node tests/e2e/bench/share-bench.mjs
