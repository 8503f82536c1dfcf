#!/usr/bin/env bash
# The README's test command (`npm test`): installs what it needs, runs every test suite, and ends with one line
# "N passed, N failed" summed over all suites. Exit status is non-zero when anything failed.
set -uo pipefail
cd "$(dirname "$0")/.."
. scripts/lib/pnpm.sh

ensure_deps || exit 1
rm -rf .reports && mkdir -p .reports
status=0

# Before Vitest: its storybook project runs the story tests in Debian chromium too, not only Playwright.
chromium=ok
bash scripts/ensure-chromium.sh || { chromium=missing; status=1; }

echo "== unit, hooks, SSR and story tests (vitest: jsdom + node + Storybook stories in chromium)"
pnpm_run exec vitest run --reporter=default --reporter=json --outputFile.json=.reports/vitest.json || status=1

echo "== browser tests (Playwright, Debian chromium)"
if [ "$chromium" = ok ]; then
  pnpm_run exec playwright test || status=1
fi

node scripts/summarize-tests.mjs .reports || status=1
exit $status
