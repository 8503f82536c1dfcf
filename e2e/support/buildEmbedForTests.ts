import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { buildEmbed } from '../../packages/embed/scripts/buildEmbed.js'

let built: Promise<string> | undefined

/** Builds the embed's two browser files from source once per test process, into a temporary folder. */
export function buildEmbedForTests(): Promise<string> {
  built ??= mkdtemp(join(tmpdir(), 'cobrowse-embed-')).then(async (outdir) => {
    await buildEmbed({ outdir })
    return outdir
  })
  return built
}
