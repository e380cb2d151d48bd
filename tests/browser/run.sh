#!/usr/bin/env bash
# Starts lede-server on a free loopback port, runs page.test.mjs in headless Chromium against
# it, and stops the server. `run.sh --screenshot` also rewrites docs/page.png.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root"

command -v chromium >/dev/null || { echo "chromium not found: apt-get install -y chromium" >&2; exit 1; }
[ -d "$here/node_modules/playwright-core" ] || (cd "$here" && npm ci --no-audit --no-fund --silent)
cargo build --release --quiet --locked -p lede-server

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
LEDE_LOG=warn target/release/lede-server --addr "127.0.0.1:$port" &
server=$!
trap 'kill -TERM $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 100); do
  curl -fs "http://127.0.0.1:$port/readyz" >/dev/null 2>&1 && break
  sleep 0.1
done

shot=""
[ "${1:-}" = "--screenshot" ] && shot="$root/docs/page.png"
node "$here/page.test.mjs" "http://127.0.0.1:$port/" "$root/seeds/000_236e28626ce61367.txt" $shot
