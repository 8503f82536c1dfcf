#!/usr/bin/env bash
# Installs Debian's chromium when it is missing. Browser tests drive /usr/bin/chromium (Playwright downloads none).
set -uo pipefail
if [ -x /usr/bin/chromium ]; then
  exit 0
fi
if [ "$(id -u)" != "0" ] && ! command -v sudo >/dev/null 2>&1; then
  echo "error: /usr/bin/chromium is missing; install Debian's 'chromium' package (needs root)." >&2
  exit 1
fi
as_root() { if [ "$(id -u)" = "0" ]; then "$@"; else sudo "$@"; fi; }
echo "Installing Debian chromium for browser tests…"
as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends chromium >/dev/null
if [ ! -x /usr/bin/chromium ]; then
  echo "error: apt-get did not install /usr/bin/chromium." >&2
  exit 1
fi
