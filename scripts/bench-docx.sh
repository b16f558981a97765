#!/usr/bin/env bash
# Word export browser benchmark (tests/e2e/bench/docx-bench.mjs), run on demand, not part of
# the tests: the bundled sample opened in headless Chromium, "Xuất Word" clicked, the app's
# measure `phusong:docx` read → the section "Word export: …" of docs/browser-benchmarks.md.
# Builds dist/ with trunk if it has no release build. Environment: PHUSONG_DIST, BENCH_RUNS (5).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

DIST="${PHUSONG_DIST:-$ROOT/dist}"
if [ ! -f "$DIST/index.html" ]; then
  log "no release build in $DIST: trunk build --release"
  trunk build --release
fi
log "Word export browser benchmark (app: $DIST)"
node tests/e2e/bench/docx-bench.mjs
