import { toCobrowseError } from '@cobrowse-kit/core'
import type { EmbedBridge } from '../shared/embedUi.js'

/**
 * Reports something the widget threw (a render error, a listener that threw) through the loader's console reporter
 * instead of letting it reach the host page. The last resort when even the reporter fails is a plain console line.
 *
 * @example
 * try { render() } catch (error) { reportThrown(bridge, error) }
 */
export function reportThrown(bridge: EmbedBridge, thrown: unknown): void {
  const error = toCobrowseError(thrown)
  try {
    bridge.reportError({ code: String(error.code), message: error.message, hint: error.hint })
  } catch {
    console.error('[CobrowseKit]', thrown)
  }
}
