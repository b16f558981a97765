#!/usr/bin/env bash
# Installs everything building and testing phusong needs. Idempotent: what is there at the
# right version is left alone. Needs Rust (rustup), Node >= 20 and Python 3; runs apt-get
# (as root, or with sudo) only when Chromium is missing.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo -n "$@"; fi
}

log "Rust target wasm32-unknown-unknown"
if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  rustup target add wasm32-unknown-unknown
fi

log "trunk $TRUNK_VERSION"
if [ "$(trunk --version 2>/dev/null)" != "trunk $TRUNK_VERSION" ]; then
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi

WBG="$(lock_wasm_bindgen_version)"
log "wasm-bindgen-cli $WBG (the version in Cargo.lock)"
if [ -z "$WBG" ]; then
  echo "no wasm-bindgen in Cargo.lock" >&2
  exit 1
fi
if ! grep -q "^wasm_bindgen = \"$WBG\"" Trunk.toml; then
  echo "Trunk.toml [tools] wasm_bindgen must be \"$WBG\" (the version in Cargo.lock)" >&2
  exit 1
fi
if [ "$(wasm-bindgen --version 2>/dev/null | cut -d' ' -f1-2)" != "wasm-bindgen $WBG" ]; then
  # Not --locked: the CLI's own lock file may not build with the pinned toolchain.
  cargo install wasm-bindgen-cli --version "$WBG" --force
fi

log "Chromium, chromedriver, poppler-utils, LibreOffice Calc (Debian packages)"
# LibreOffice is a real reader for the tests: it writes the .ods and .xls of the
# spreadsheet equivalence test (crates/sheets/tests/equivalence.rs).
# LibreOffice Writer converts the Word export to PDF in scripts/test-docx.sh; Tinos and
# Liberation Serif (metric-compatible with Times New Roman) are the faces it and `phusong docx`
# (its charts) draw Times New Roman with.
if [ ! -x /usr/bin/chromium ] || ! command -v pdftoppm >/dev/null || ! command -v soffice >/dev/null \
  || [ ! -e /usr/lib/libreoffice/program/libswlo.so ] || ! fc-list | grep -q Tinos; then
  as_root apt-get update
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
    chromium chromium-driver poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui \
    fonts-croscore fonts-liberation2
fi

log "python-docx (PyPI: reads the Word export in scripts/test-docx.sh)"
if ! python3 -c "import docx" 2>/dev/null; then
  python3 -m pip install --quiet "python-docx==1.2.0" \
    || python3 -m pip install --quiet --break-system-packages "python-docx==1.2.0"
fi

log "npm packages of tests/e2e (playwright-core, binaryen)"
stamp=tests/e2e/node_modules/.package-lock.sha256
want="$(sha256sum tests/e2e/package-lock.json | cut -d' ' -f1)"
if [ ! -d tests/e2e/node_modules ] || [ "$(cat "$stamp" 2>/dev/null)" != "$want" ]; then
  (cd tests/e2e && npm ci --no-audit --no-fund)
  echo "$want" >"$stamp"
fi
wasm-opt --version | grep -q 'version 132' || {
  echo "wasm-opt on PATH is not version 132: $(command -v wasm-opt)" >&2
  exit 1
}

log "nightly toolchain and cargo-fuzz (the short fuzz run of scripts/test.sh)"
if ! cargo +nightly --version >/dev/null 2>&1; then
  rustup toolchain install nightly --profile minimal
fi
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi

log "crates (Trunk runs cargo offline)"
cargo fetch

log "tools ready"
