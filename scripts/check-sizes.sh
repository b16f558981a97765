#!/usr/bin/env bash
# The size budget of the release build (run after `trunk build --release`): fails if the app
# wasm, gzip -9 -n, is over 1,000,000 B or the offline single file dist/phusong.html over
# 2,500,000 B. Prints both figures against their budgets. What costs what: docs/sizes.md.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

WASM_GZ_BUDGET=1000000
OFFLINE_BUDGET=2500000

wasm="$(ls dist/*_bg.wasm 2>/dev/null | head -n1)"
if [ -z "$wasm" ] || [ ! -f dist/phusong.html ]; then
  echo "check-sizes.sh: no release build in dist/ (run trunk build --release)" >&2
  exit 1
fi
wasm_gz="$(gzip -9 -n -c "$wasm" | wc -c | tr -d ' ')"
offline="$(wc -c <dist/phusong.html | tr -d ' ')"

status=0
check() {
  local what="$1" bytes="$2" budget="$3" verdict="ok"
  if [ "$bytes" -gt "$budget" ]; then verdict="OVER BUDGET by $((bytes - budget)) B"; status=1; fi
  printf '%-62s %9s B  (budget %9s B, %s left)  %s\n' "$what" "$bytes" "$budget" "$((budget - bytes))" "$verdict"
}
check "app wasm, gzip -9 -n ($(basename "$wasm"))" "$wasm_gz" "$WASM_GZ_BUDGET"
check "dist/phusong.html (offline single file)" "$offline" "$OFFLINE_BUDGET"
if [ "$status" -ne 0 ]; then
  echo "check-sizes.sh: over the size budget; see docs/sizes.md for what costs what" >&2
fi
exit "$status"
