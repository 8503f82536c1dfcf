import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'

let pending: Promise<string> | undefined

/** rrweb's replayer stylesheet, read from the installed package once. */
export function loadReplayerCss(): Promise<string> {
  if (!pending) {
    const path = createRequire(import.meta.url).resolve('rrweb/dist/style.css')
    pending = readFile(path, 'utf8')
    pending.catch(() => {
      pending = undefined
    })
  }
  return pending
}
