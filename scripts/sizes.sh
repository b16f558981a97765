#!/usr/bin/env bash
# Sizes of the release build as a Markdown table, written to docs/sizes.md
# (--stdout: only print it). Run after `trunk build --release`.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

wasm="$(ls dist/*_bg.wasm 2>/dev/null | head -n1)"
if [ -z "$wasm" ] || [ ! -f dist/phusong.html ]; then
  echo "sizes.sh: no release build in dist/ (run trunk build --release)" >&2
  exit 1
fi
size() { wc -c <"$1" | tr -d ' '; }
kib() { awk -v b="$1" 'BEGIN { printf "%.1f KiB", b / 1024 }'; }
row() { printf '| %s | %s | %s |\n' "$1" "$2" "$(kib "$2")"; }

wasm_raw="$(size "$wasm")"
wasm_gz="$(gzip -9 -n -c "$wasm" | wc -c | tr -d ' ')"
js="$(size "${wasm%_bg.wasm}.js")"
offline="$(size dist/phusong.html)"
offline_gz="$(gzip -9 -n -c dist/phusong.html | wc -c | tr -d ' ')"

table="$(
  echo "# Release build sizes"
  echo
  echo "Measured by \`scripts/sizes.sh\` after \`trunk build --release\`"
  echo "(profile wasm-release: rustc opt-level "z", the loader crates at 3, then wasm-opt -Oz; rustc $(rustc --version | cut -d' ' -f2);"
  echo "commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')$(git diff --quiet HEAD -- 2>/dev/null || echo ' + local changes'))."
  echo
  echo "| file | bytes | |"
  echo "| --- | ---: | ---: |"
  row "app wasm (\`$(basename "$wasm")\`)" "$wasm_raw"
  row "app wasm, gzip -9" "$wasm_gz"
  row "JS glue" "$js"
  row "\`dist/phusong.html\` (offline single file)" "$offline"
  row "\`dist/phusong.html\`, gzip -9" "$offline_gz"
)"

if [ "${1:-}" = "--stdout" ]; then
  echo "$table"
else
  mkdir -p docs
  # The notes under the table (from its first "## " heading on) are kept.
  notes="$(sed -n '/^## /,$p' docs/sizes.md 2>/dev/null || true)"
  { echo "$table"; if [ -n "$notes" ]; then echo; echo "$notes"; fi; } >docs/sizes.md
  echo "$table"
  echo "(written to docs/sizes.md)"
fi
