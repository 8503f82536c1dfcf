import { createRequire } from 'node:module'
import { buildEmbedFiles } from '../scripts/buildEmbed.js'

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

/** Builds the embed in memory and returns both files as text. */
export async function buildEmbedForTest(): Promise<BuiltEmbed> {
  const files = await buildEmbedFiles()
  const text = new TextDecoder()
  return { loader: text.decode(files['embed.js']), chunk: text.decode(files['embed-ui.js']) }
}
