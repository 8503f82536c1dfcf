// Copies one file, creating the target's folder: `node scripts/copy-file.mjs <from> <to>`, paths relative to the
// working directory. Package builds use it to ship assets tsc does not emit (the React package's stylesheet).
import { copyFileSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

const [from, to] = process.argv.slice(2)
if (!from || !to) {
  console.error('usage: node scripts/copy-file.mjs <from> <to>')
  process.exit(1)
}
mkdirSync(dirname(resolve(to)), { recursive: true })
copyFileSync(resolve(from), resolve(to))
