#!/usr/bin/env bash
# THE test command: native tests + clippy, the release web build, the end-to-end tests.
# Expects the tools of scripts/install-tools.sh (run that first on a fresh machine).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

log "cargo fmt --check"
cargo fmt --all -- --check

log "cargo test (the crates: the workspace's default members)"
cargo test
log "cargo test -p phusong-app (the app's own tests, native: its layers, its edits)"
cargo test -p phusong-app
log "cargo test -p phusong-model --features schema (the JSON Schema of the input format)"
cargo test -p phusong-model --features schema

log "cargo clippy (crates, native; the app, wasm32)"
cargo clippy --all-targets -- -D warnings
cargo clippy -p phusong-app --target wasm32-unknown-unknown -- -D warnings

log "the Word export read by python-docx, LibreOffice and poppler (scripts/test-docx.sh)"
bash scripts/test-docx.sh

log "fuzz the loader and the engine with filters (short run; long-run figures in docs/fuzzing.md)"
bash scripts/fuzz.sh "${PHUSONG_FUZZ_SECONDS:-45}"

log "trunk build --release (dist/ and dist/phusong.html)"
trunk build --release

bash scripts/sizes.sh --stdout
log "size budget: app wasm ≤ 1,000,000 B gzipped, dist/phusong.html ≤ 2,500,000 B (scripts/check-sizes.sh)"
bash scripts/check-sizes.sh

log "end-to-end tests (headless Chromium)"
cd tests/e2e
npm test
