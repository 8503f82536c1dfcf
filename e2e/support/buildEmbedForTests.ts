import { buildEmbedFiles, type EmbedFiles } from '../../packages/embed/scripts/buildEmbed.js'

let built: Promise<EmbedFiles> | undefined

/** Builds the embed's two browser files from source once per test process, kept in memory. */
export function buildEmbedForTests(): Promise<EmbedFiles> {
  built ??= buildEmbedFiles()
  return built
}
