#!/usr/bin/env bash
# Short fuzz run of every target (cargo-fuzz, libFuzzer, nightly): fuzz/fuzz_targets/load.rs
# (bytes → loader → engine), fuzz/fuzz_targets/engine.rs (sample datasets × filters, with
# the report's sums checked) and the spreadsheet readers, sheets_xlsx, sheets_xls, sheets_ods,
# sheets_csv (bytes → phusong-sheets → loader → engine, fuzz/common/sheets.rs), and share (a
# shared report's bundle, data block and page, crates/share), seeded from fuzz/seeds/<target>/.
# Usage: scripts/fuzz.sh [SECONDS]   (default 60, per target). Needs `cargo install cargo-fuzz`
# and the nightly toolchain. A crash leaves its input in fuzz/artifacts/<target>/ and
# fails the script, once every target has had its run.
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

cd "$ROOT/fuzz"
# The fuzz crate has its own workspace and target dir (fuzz/target).
unset CARGO_TARGET_DIR
log "cargo +nightly fuzz build (every target)"
cargo +nightly fuzz build

# A target that crashes fails the script, but only after the others have run.
failed=()
run() {
  local target="$1"
  shift
  log "cargo +nightly fuzz run $target (${SECONDS_TO_RUN}s)"
  cargo +nightly fuzz run "$target" "$@" -- \
    -max_total_time="$SECONDS_TO_RUN" -timeout=10 -print_final_stats=1 ||
    failed+=("$target")
}

run load "$CORPUS"
mkdir -p "$ROOT/fuzz/corpus/engine"
run engine "$ROOT/fuzz/corpus/engine"
# The spreadsheet readers: new inputs go to fuzz/corpus/<target> (gitignored); the
# committed seeds (fuzz/seeds/<target>) are read as a second corpus.
for target in sheets_xlsx sheets_xls sheets_ods sheets_csv; do
  mkdir -p "$ROOT/fuzz/corpus/$target"
  run "$target" "$ROOT/fuzz/corpus/$target" "$ROOT/fuzz/seeds/$target"
done

# A shared report's data (crates/share): bundles, data blocks, pages.
mkdir -p "$ROOT/fuzz/corpus/share"
run share "$ROOT/fuzz/corpus/share" "$ROOT/fuzz/seeds/share"

if ((${#failed[@]})); then
  log "crashed: ${failed[*]} (inputs in fuzz/artifacts/<target>/)"
  exit 1
fi
