import type { CobrowseKitApi, EmbedCommand } from './cobrowseKitApi.js'
import { createEmbedApi } from './createEmbedApi.js'
import { reportProblem } from './embedProblem.js'
import { uiChunkUrl } from './findLoaderScript.js'
import { readScriptOptions } from './readScriptOptions.js'

type KitWindow = Window & { CobrowseKit?: unknown }

function isInstalled(value: unknown): value is CobrowseKitApi {
  return typeof value === 'object' && value !== null && typeof (value as CobrowseKitApi).__ui === 'function'
}

/**
 * Installs `window.CobrowseKit`: replaces the command queue the page may have started with the API object, runs the
 * queued commands in order, then mounts from the script tag's attributes when it names an SDK key (unless the queue
 * already mounted, or the tag says `data-auto="off"`). A second copy of embed.js leaves the first one in charge.
 */
export function installCobrowseKit(window: Window, script: HTMLScriptElement | null): CobrowseKitApi {
  const kitWindow = window as KitWindow
  const existing = kitWindow.CobrowseKit
  if (isInstalled(existing)) {
    reportProblem({
      code: 'already_loaded',
      message: `embed.js ${existing.version} already runs here; this copy stays idle.`,
      hint: 'Include the script once.',
    })
    return existing
  }
  const { options, auto } = readScriptOptions(script)
  const { api, isMounted } = createEmbedApi(window.document, options, uiChunkUrl(script, window.document))
  kitWindow.CobrowseKit = api
  if (Array.isArray(existing)) api.push(...(existing as EmbedCommand[]))
  else if (existing !== undefined) {
    reportProblem({
      code: 'invalid_queue',
      message: 'window.CobrowseKit was not an array; it was replaced.',
      hint: 'Start the queue as window.CobrowseKit || [].',
    })
  }
  if (auto && options.sdkKey && !isMounted()) api.mount()
  return api
}
