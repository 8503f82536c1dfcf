interface MaybeProcess {
  process?: { env?: Record<string, string | undefined> }
}

/**
 * True unless the bundle runs with NODE_ENV=production. Read through globalThis so core needs no Node types and
 * does not throw in browsers without a `process` shim.
 */
export function isDevelopment(): boolean {
  return (globalThis as MaybeProcess).process?.env?.NODE_ENV !== 'production'
}
