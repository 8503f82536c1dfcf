#!/usr/bin/env bash
# The README's start command (`npm start`): installs what it needs and serves the playground on 127.0.0.1.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/pnpm.sh

ensure_deps || exit 1
export PORT=${PORT:-5173}
# The emulator and the playground pages on one port, from source (tsx; no build step).
exec node --conditions=@cobrowse-kit/source --import tsx apps/playground/server.ts
