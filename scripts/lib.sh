# Sourced by the scripts in this directory: repo root, PATH for the pinned tools.
# shellcheck shell=bash
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# binaryen@132 (npm, dev dependency of tests/e2e) must come first: Trunk takes a wasm-opt from
# PATH only when its version is exactly 132, and Debian's binaryen is older.
export PATH="$ROOT/tests/e2e/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$PATH"

TRUNK_VERSION=0.21.14

log() { printf '\n==> %s\n' "$*"; }

# The wasm-bindgen version in Cargo.lock; Trunk.toml's [tools] wasm_bindgen must equal it.
lock_wasm_bindgen_version() {
  awk '$0 == "name = \"wasm-bindgen\"" { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock
}
