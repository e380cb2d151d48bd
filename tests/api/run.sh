#!/usr/bin/env bash
# The HTTP API against its own OpenAPI document, as a generated client would use it:
# schemathesis (from PyPI, in a virtual environment made here) runs every check, in every phase,
# on every operation of the document that a lede-server started here on 127.0.0.1 serves.
# A fixed seed, no example database and one worker make a failure reproduce (schemathesis
# 4.32.5 generated fewer cases, and once crashed, with two workers); any finding fails the run.
set -euo pipefail
cd "$(dirname "$0")/../.."
root=$PWD
target=${CARGO_TARGET_DIR:-$root/target}

version=4.32.5
venv=$target/schemathesis-venv
if [[ "$("$venv/bin/schemathesis" --version 2>/dev/null)" != *"$version"* ]]; then
  rm -rf "$venv"
  python3 -m venv "$venv"
  "$venv/bin/pip" install --quiet --disable-pip-version-check "schemathesis==$version"
fi

cargo build --quiet --locked -p lede-server
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$target/debug/lede-server" --addr "127.0.0.1:$port" 2>"$target/schemathesis-server.log" &
server=$!
work=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT

# Run from an empty folder: no schemathesis.toml is picked up, and its caches land there.
cd "$work"
SCHEMATHESIS_HOOKS="$root/tests/api/hooks.py" "$venv/bin/schemathesis" run \
  "http://127.0.0.1:$port/openapi.json" \
  --wait-for-schema 60 \
  --checks all \
  --phases examples,coverage,fuzzing,stateful \
  --max-examples "${LEDE_API_EXAMPLES:-500}" \
  --seed 1 \
  --generation-database none \
  --workers 1 \
  --no-color
