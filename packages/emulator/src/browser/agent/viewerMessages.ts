/**
 * The `postMessage` protocol between the BYOP viewer iframe and the agent SDK in the embedding page. Each side
 * checks the other's origin and window before trusting a message; the `source` tag only skips unrelated messages.
 */

export const VIEWER_MESSAGE_SOURCE = 'zcb-agent-viewer'
export const SDK_MESSAGE_SOURCE = 'zcb-agent-sdk'

/** Viewer → SDK: how the visit goes. */
export type ViewerToSdk = { source: typeof VIEWER_MESSAGE_SOURCE } & (
  | { type: 'joined'; sessionId: string; customer: { userId: string; userName: string } }
  | { type: 'error'; code: number; errorMsg: string }
  | { type: 'left' }
  | { type: 'ended'; reason: string }
)

/** SDK → viewer: the integrator called `leave()` or `end()`. */
export interface SdkToViewer {
  source: typeof SDK_MESSAGE_SOURCE
  type: 'leave'
}

const VIEWER_TYPES = new Set(['joined', 'error', 'left', 'ended'])

/** True for a message the viewer sent (shape only; check `event.origin` and `event.source` too). */
export function isViewerMessage(data: unknown): data is ViewerToSdk {
  if (typeof data !== 'object' || data === null) return false
  const { source, type } = data as { source?: unknown; type?: unknown }
  return source === VIEWER_MESSAGE_SOURCE && typeof type === 'string' && VIEWER_TYPES.has(type)
}

/** True for a message the SDK sent (shape only; check `event.origin` and `event.source` too). */
export function isSdkMessage(data: unknown): data is SdkToViewer {
  if (typeof data !== 'object' || data === null) return false
  const { source, type } = data as { source?: unknown; type?: unknown }
  return source === SDK_MESSAGE_SOURCE && type === 'leave'
}
