#!/usr/bin/env bash
# The Word export read by real readers: `phusong docx` on conformance cases 01 and 02 (its
# coverage in NFD) and on the bundled sample (1,500 items, seed 2025), each checked with
# python-docx, then converted by LibreOffice and read with poppler (tests/docx/check_docx.py).
# Output, with the pages as PNG: tests/docx/out/.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

out=tests/docx/out
rm -rf "$out" && mkdir -p "$out"
cargo build -q -p phusong-cli
bin="${CARGO_TARGET_DIR:-target}/debug/phusong"
"$bin" sample --items 1500 --seed 2025 --out "$out/sample.json"
python3 tests/docx/check_docx.py "$bin" "$out" \
  tests/fixtures/conformance/valid/01-small \
  tests/fixtures/conformance/valid/02-split-with-bad-records \
  "$out/sample.json"
