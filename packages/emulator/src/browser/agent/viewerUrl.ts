import { PATHS } from '../../protocol/paths.js'

/** What the viewer page needs to join, carried in its URL fragment. */
export interface ViewerParams {
  pin: string
  token: string
  /** Origin of the page embedding the viewer; the viewer reports to it with `postMessage`. */
  parent?: string
}

/**
 * The viewer page's URL. Everything goes in the fragment, which browsers never send to the server, so the agent's
 * token stays out of request logs.
 *
 * @example
 * buildViewerUrl('http://localhost:4010', { pin: '123456', token: 'eyJ…', parent: 'http://localhost:3000' })
 * // 'http://localhost:4010/sdkapi/zcb/frame-templates/agent-viewer#pin=123456&token=eyJ…&parent=http%3A%2F%2F…'
 */
export function buildViewerUrl(origin: string, params: ViewerParams): string {
  const fragment = new URLSearchParams({ pin: params.pin, token: params.token })
  if (params.parent) fragment.set('parent', params.parent)
  return `${origin}${PATHS.agentViewer}#${fragment}`
}

/** Reads the fragment written by {@link buildViewerUrl}; absent fields stay undefined. */
export function parseViewerFragment(hash: string): Partial<ViewerParams> {
  const fragment = new URLSearchParams(hash.replace(/^#/, ''))
  const params: Partial<ViewerParams> = {}
  const pin = fragment.get('pin')
  const token = fragment.get('token')
  const parent = fragment.get('parent')
  if (pin) params.pin = pin
  if (token) params.token = token
  if (parent) params.parent = parent
  return params
}
