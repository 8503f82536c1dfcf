#!/usr/bin/env bash
# The README's start command (`npm start`): installs what it needs and serves the playground on 127.0.0.1.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/pnpm.sh

ensure_deps || exit 1
PORT=${PORT:-5173}
echo "Cobrowse Kit playground: http://127.0.0.1:$PORT"
exec_cmd=(pnpm_run --filter @cobrowse-kit/playground exec vite --host 127.0.0.1 --port "$PORT" --strictPort)
"${exec_cmd[@]}"
