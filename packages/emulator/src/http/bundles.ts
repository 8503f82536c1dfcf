import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

/** A browser entry of the emulator and the module format it ships in. */
export interface BundleEntry {
  /** Entry file path without its extension. */
  basePath: string
  format: 'iife' | 'esm'
}

/** The browser bundles the emulator serves. */
export type BundleName = 'customerSdk' | 'agentSdk' | 'desk' | 'viewer'

// Relative to this file, which sits in src/http (source, tests, tsx) or dist/http (published build).
const fromHere = (relative: string): string => fileURLToPath(new URL(relative, import.meta.url))

/** The browser entries served by the emulator. */
export const BUNDLE_ENTRIES: Record<BundleName, BundleEntry> = {
  customerSdk: { basePath: fromHere('../browser/customer/index'), format: 'iife' },
  agentSdk: { basePath: fromHere('../browser/agent/index'), format: 'esm' },
  desk: { basePath: fromHere('../browser/desk/index'), format: 'iife' },
  viewer: { basePath: fromHere('../browser/agent/viewerPage'), format: 'iife' },
}

/** Built browser bundles by name. */
export interface Bundles<Name extends string = BundleName> {
  /** The minified bundle, built on first request and then kept; a failed build is retried on the next request. */
  get(name: Name): Promise<string>
}

/**
 * Bundles the browser entries with esbuild on demand. Building lazily keeps emulator start-up instant and means a
 * server that only serves tokens never pays for bundling rrweb.
 */
export function createBundles<Name extends string = BundleName>(
  entries: Record<Name, BundleEntry> = BUNDLE_ENTRIES as Record<Name, BundleEntry>,
): Bundles<Name> {
  const cache = new Map<Name, Promise<string>>()
  return {
    get(name) {
      const cached = cache.get(name)
      if (cached) return cached
      const pending = bundle(entries[name])
      cache.set(name, pending)
      pending.catch(() => cache.delete(name))
      return pending
    },
  }
}

async function bundle(entry: BundleEntry): Promise<string> {
  const result = await build({
    entryPoints: [resolveEntry(entry.basePath)],
    bundle: true,
    platform: 'browser',
    target: 'es2020',
    format: entry.format,
    minify: true,
    sourcemap: false,
    write: false,
    logLevel: 'silent',
  })
  const output = result.outputFiles[0]
  if (!output) throw new Error(`esbuild produced no output for ${entry.basePath}`)
  return output.text
}

/** From source the entry is TypeScript; in the published package only the compiled `.js` exists. */
function resolveEntry(basePath: string): string {
  const candidates = [`${basePath}.ts`, `${basePath}.js`]
  const found = candidates.find((candidate) => existsSync(candidate))
  if (!found) throw new Error(`Browser entry not found: ${candidates.join(' or ')}`)
  return found
}
