#!/usr/bin/env bash
# Static checks and package gates: lint, typecheck, build, publint + attw, size budgets. Every step runs; the exit
# status is non-zero when any failed.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/pnpm.sh

ensure_deps || exit 1
failed=()
step() {
  local name=$1
  shift
  echo "== $name"
  if ! "$@"; then failed+=("$name"); fi
}
step lint pnpm_run exec biome check .
step typecheck pnpm_run exec tsc -p tsconfig.json
step build pnpm_run -r --filter "./packages/*" run build
step "publint + attw" pnpm_run -r --filter "./packages/*" run check:package
step size pnpm_run exec size-limit
step "storybook build (offline)" pnpm_run run build-storybook
# After every build above: the playground and the emulator's bundles are built inside the check itself.
step "no test secret in any browser bundle" pnpm_run exec node --conditions=@cobrowse-kit/source --import tsx scripts/checkBundleSecrets.ts

if [ ${#failed[@]} -gt 0 ]; then
  echo "verify: failed: ${failed[*]}"
  exit 1
fi
echo "verify: lint, typecheck, build, publint + attw, size, the storybook build and the bundle secret check all passed"
