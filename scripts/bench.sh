#!/usr/bin/env bash
# Load benchmark (crates/engine/benches/load.rs): JSON floor, `load`, full pipeline
# on sample datasets of 10k, 100k and 1M items. Takes a few minutes on 2 cores.
# Usage: scripts/bench.sh [criterion filter, e.g. 100k_items]
set -euo pipefail
source "$(dirname "$0")/lib.sh"

TARGET="${CARGO_TARGET_DIR:-$ROOT/target}"
log "cargo bench -p phusong-engine --bench load (release, target: $TARGET)"
cargo bench -p phusong-engine --bench load -- "$@"

log "table (median time per iteration; MB = 10^6 bytes)"
python3 - "$TARGET/criterion" <<'PY'
import json, os, sys
root = sys.argv[1]
kinds = ["floor", "load", "pipeline"]
groups = sorted((g for g in os.listdir(root) if g.endswith("k_items")), key=lambda g: int(g[:-7]))
print("| items | file MB | step | median time | MB/s | items/s | × floor |")
print("|---:|---:|---|---:|---:|---:|---:|")
for g in groups:
    items = int(g[:-7]) * 1000
    t = {}
    size = None
    for k in kinds:
        d = os.path.join(root, g, k, "new")
        try:
            est = json.load(open(os.path.join(d, "estimates.json")))
            meta = json.load(open(os.path.join(d, "benchmark.json")))
        except FileNotFoundError:
            continue
        t[k] = est["median"]["point_estimate"] / 1e9
        size = meta["throughput"]["Bytes"]
    for k in kinds:
        if k not in t:
            continue
        ratio = t[k] / t["floor"] if "floor" in t else float("nan")
        print(f"| {items:,} | {size/1e6:.1f} | {k} | {t[k]*1e3:,.1f} ms | {size/1e6/t[k]:,.0f} | {items/t[k]:,.0f} | {ratio:.2f} |")
PY
echo
echo "Raw figures: $TARGET/criterion/<size>_items/{floor,load,pipeline}/new/estimates.json"
echo "Copy the table above into docs/benchmarks.md (with the machine: nproc, CPU model, date)."
