# Sourced by the scripts: defines `pnpm_run` (pnpm 10.34.8 without a global install) and `ensure_deps`.
PNPM_VERSION=10.34.8

pnpm_run() {
  if command -v pnpm >/dev/null 2>&1 && [ "$(pnpm --version 2>/dev/null)" = "$PNPM_VERSION" ]; then
    pnpm "$@"
  else
    # -y: some npm configs set yes=false, which makes npx abort instead of fetching pnpm.
    npx -y "pnpm@$PNPM_VERSION" "$@"
  fi
}

# Installs the workspace from the committed lockfile; a no-op in about a second when nothing changed.
ensure_deps() {
  pnpm_run install --frozen-lockfile --reporter=silent || {
    echo "error: dependency install failed (see above). Is the npm registry reachable?" >&2
    return 1
  }
}
