import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { TestSecret } from './collectTestSecrets.js'

/** A secret found in a browser bundle. */
export interface SecretLeak {
  file: string
  secret: TestSecret
}

/** A browser bundle to scan: a file on disk, or text built in memory (named for the report). */
export type Bundle = { file: string } | { name: string; text: string }

/** Every file under `dir` that a browser may load (scripts, styles, pages, maps). */
export async function browserFiles(dir: string): Promise<string[]> {
  const files: string[] = []
  const entries = await readdir(dir, { withFileTypes: true, recursive: true }).catch(() => [])
  for (const entry of entries) {
    if (entry.isFile() && /\.(m?js|css|html|map|json)$/.test(entry.name)) files.push(join(entry.parentPath, entry.name))
  }
  return files
}

/** The leaks: every (bundle, secret) pair where the bundle's text contains the secret. */
export async function scanBundles(bundles: readonly Bundle[], secrets: readonly TestSecret[]): Promise<SecretLeak[]> {
  const leaks: SecretLeak[] = []
  for (const bundle of bundles) {
    const text = 'text' in bundle ? bundle.text : await readFile(bundle.file, 'utf8')
    const file = 'text' in bundle ? bundle.name : bundle.file
    for (const secret of secrets) if (text.includes(secret.value)) leaks.push({ file, secret })
  }
  return leaks
}
