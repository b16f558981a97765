#!/usr/bin/env bash
# Short fuzz run of both targets (cargo-fuzz, libFuzzer, nightly): fuzz/fuzz_targets/load.rs
# (bytes → loader → engine) and fuzz/fuzz_targets/engine.rs (sample datasets × filters, with
# the report's sums checked).
# Usage: scripts/fuzz.sh [SECONDS]   (default 60, per target). Needs `cargo install cargo-fuzz`
# and the nightly toolchain. A crash leaves its input in fuzz/artifacts/<target>/ and
# fails the script.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

SECONDS_TO_RUN="${1:-60}"
CORPUS="$ROOT/fuzz/corpus/load"
FIXTURES="$ROOT/tests/fixtures/conformance"

# Seed corpus (gitignored): the conformance files, and one multi-file input
# (files joined by the 0xFF separator the target splits on).
mkdir -p "$CORPUS"
for f in "$FIXTURES"/valid/*/*.json "$FIXTURES"/invalid/*.json; do
  cp "$f" "$CORPUS/seed-$(basename "$(dirname "$f")")-$(basename "$f")"
done
case="$FIXTURES/valid/02-split-with-bad-records"
{
  cat "$case/part-0-plan.json"; printf '\xff'
  cat "$case/part-1-contracts.json"; printf '\xff'
  cat "$case/part-2-coverage.json"
} > "$CORPUS/seed-multi-02.json"

log "cargo +nightly fuzz run load (${SECONDS_TO_RUN}s)"
cd "$ROOT/fuzz"
# The fuzz crate has its own workspace and target dir (fuzz/target).
unset CARGO_TARGET_DIR
cargo +nightly fuzz run load "$CORPUS" -- \
  -max_total_time="$SECONDS_TO_RUN" -timeout=10 -print_final_stats=1

log "cargo +nightly fuzz run engine (${SECONDS_TO_RUN}s)"
mkdir -p "$ROOT/fuzz/corpus/engine"
cargo +nightly fuzz run engine "$ROOT/fuzz/corpus/engine" -- \
  -max_total_time="$SECONDS_TO_RUN" -timeout=10 -print_final_stats=1
