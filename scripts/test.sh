#!/usr/bin/env bash
# The README's test command (`npm test`): installs what it needs, runs every test suite, and ends with one line
# "N passed, N failed" summed over all suites. Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/pnpm.sh

ensure_deps || exit 1
rm -rf .reports && mkdir -p .reports
status=0

echo "== unit, hooks and SSR tests (vitest: jsdom + node)"
pnpm_run exec vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json || status=1

echo "== browser tests (Playwright, Debian chromium)"
if bash scripts/ensure-chromium.sh; then
  pnpm_run exec playwright test || status=1
else
  status=1
fi

node scripts/summarize-tests.mjs .reports || status=1
exit $status
