import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildEmbed } from '../scripts/buildEmbed.js'

// Test support for the tests that run the shipped files rather than the source: the two files exactly as buildEmbed
// writes them, and jsdom to give each run a fresh window. Outside src/, so it is never published.

/** The part of jsdom's API these tests use (the repo has jsdom without its type package). */
export interface Jsdom {
  JSDOM: new (
    html: string,
    options: { runScripts: 'outside-only'; url: string; virtualConsole: VirtualConsoleLike },
  ) => { window: Window & typeof globalThis }
  VirtualConsole: new () => VirtualConsoleLike
}

/** jsdom's console, which receives what the page logs. */
export interface VirtualConsoleLike {
  on(event: 'error' | 'jsdomError', listener: (...args: unknown[]) => void): void
}

export const { JSDOM, VirtualConsole } = createRequire(import.meta.url)('jsdom') as Jsdom

/** The built `embed.js` and `embed-ui.js`, as text. */
export interface BuiltEmbed {
  loader: string
  chunk: string
}

/** Builds the embed into a temporary folder, reads both files and removes the folder. */
export async function buildEmbedForTest(): Promise<BuiltEmbed> {
  const outdir = await mkdtemp(join(tmpdir(), 'cobrowse-embed-test-'))
  try {
    await buildEmbed({ outdir })
    const [loader, chunk] = await Promise.all([
      readFile(join(outdir, 'embed.js'), 'utf8'),
      readFile(join(outdir, 'embed-ui.js'), 'utf8'),
    ])
    return { loader, chunk }
  } finally {
    await rm(outdir, { recursive: true, force: true })
  }
}
