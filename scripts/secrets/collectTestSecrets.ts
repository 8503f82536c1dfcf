import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'

/** A secret literal found in the repository's test, bench, demo or dev-default code, and where. */
export interface TestSecret {
  value: string
  /** `file:line` (repo-relative) of its first occurrence. */
  source: string
}

// A string literal bound to a name that says it is a secret: `sdkSecret: 'x'`, `const API_SECRET = "x"`,
// `secretToken = 'x'`, `--webhook-secret x` on a command line. Eight characters at least: a placeholder such as
// `'secret'` is an ordinary word any bundle may contain, so it could never be told apart from a leak.
const SECRET_BINDING = /\b\w*secret\w*\b['"]?\s*[:=]\s*(['"`])([^'"`\s$]{8,})\1/gi
const SECRET_FLAG = /--[\w-]*secret[\w-]*[ =](['"]?)([^\s'"]{8,})\1/gi

/** Every secret literal in `text`. */
export function findSecretLiterals(text: string): string[] {
  const found: string[] = []
  for (const pattern of [SECRET_BINDING, SECRET_FLAG]) {
    for (const match of text.matchAll(pattern)) if (match[2]) found.push(match[2])
  }
  return found
}

const SKIP_DIRS = new Set(['node_modules', 'dist', '.git', 'storybook-static', 'test-results', 'playwright-report'])

/** Test files, e2e and bench code, the demo server and the emulator's dev credentials: where secrets are used. */
function holdsTestSecrets(path: string): boolean {
  return (
    /\.(test|test-d|server\.test)\.tsx?$/.test(path) ||
    /^(e2e|bench)\//.test(path) ||
    /^apps\/[^/]+\/server\.ts$/.test(path) ||
    /^packages\/[^/]+\/src\/testing\//.test(path) ||
    path === 'packages/emulator/src/config/emulatorOptions.ts'
  )
}

async function* walk(root: string, dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name)) yield* walk(root, join(dir, entry.name))
    } else if (/\.(ts|tsx|mjs|js|html|sh)$/.test(entry.name)) {
      yield relative(root, join(dir, entry.name))
    }
  }
}

/** Walks the repository at `root` and returns each distinct secret literal with its first location. */
export async function collectTestSecrets(root: string): Promise<TestSecret[]> {
  const secrets = new Map<string, TestSecret>()
  for await (const path of walk(root, root)) {
    if (!holdsTestSecrets(path)) continue
    const lines = (await readFile(join(root, path), 'utf8')).split('\n')
    lines.forEach((line, index) => {
      for (const value of findSecretLiterals(line)) {
        if (!secrets.has(value)) secrets.set(value, { value, source: `${path}:${index + 1}` })
      }
    })
  }
  return [...secrets.values()]
}
