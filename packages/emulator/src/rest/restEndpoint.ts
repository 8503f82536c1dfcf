import { REST_FIDELITY } from '../config/restFidelity.js'
import type { RateCategory } from './rateLimiter.js'

/** One of the four cobrowse REST endpoints, with the session id its path names. */
export type RestEndpoint =
  | { name: 'liveSessions' }
  | { name: 'pastSessions' }
  | { name: 'session'; sessionId: string }
  | { name: 'sessionUsers'; sessionId: string }

const SESSION_PATH = /^sessions\/([^/]+)(\/users)?$/

/**
 * The endpoint a path under `/v2/cobrowsesdk/` names, or `undefined` (a 404) for anything else, including a session
 * id that is not valid percent-encoding.
 *
 * @example
 * matchRestEndpoint('/v2/cobrowsesdk/sessions/abc/users') // { name: 'sessionUsers', sessionId: 'abc' }
 */
export function matchRestEndpoint(pathname: string): RestEndpoint | undefined {
  if (!pathname.startsWith(REST_FIDELITY.prefix)) return undefined
  const rest = pathname.slice(REST_FIDELITY.prefix.length)
  if (rest === 'live_sessions') return { name: 'liveSessions' }
  if (rest === 'past_sessions') return { name: 'pastSessions' }
  const match = SESSION_PATH.exec(rest)
  if (!match?.[1]) return undefined
  let sessionId: string
  try {
    sessionId = decodeURIComponent(match[1])
  } catch {
    return undefined
  }
  return match[2] ? { name: 'sessionUsers', sessionId } : { name: 'session', sessionId }
}

/** Zoom labels `past_sessions` Resource-intensive and the other three Light. */
export function rateCategoryOf(endpoint: RestEndpoint): RateCategory {
  return endpoint.name === 'pastSessions' ? 'heavy' : 'light'
}
