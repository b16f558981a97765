#!/usr/bin/env bash
# Builds the app and serves it on http://127.0.0.1:8080/ (PORT=... to change).
# The offline single file is dist/phusong.html: it can also be opened directly, no server.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

bash scripts/install-tools.sh
log "trunk build --release"
trunk build --release

PORT="${PORT:-8080}"
# "#sample" opens the bundled sample at once (stored data stays stored, shown without "#sample").
URL="http://127.0.0.1:$PORT/#sample"
log "serving dist/ at $URL (Ctrl-C stops)"
echo "offline single file: file://$ROOT/dist/phusong.html"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ] && command -v xdg-open >/dev/null; then
  (sleep 1 && xdg-open "$URL" >/dev/null 2>&1 || true) &
fi
exec python3 -m http.server "$PORT" --bind 127.0.0.1 --directory dist
