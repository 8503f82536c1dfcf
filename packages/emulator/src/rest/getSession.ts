import { REST_FIDELITY } from '../config/restFidelity.js'
import type { RestContext } from './restContext.js'
import { type RestReply, restError, restOk, validationFailed } from './restReply.js'
import { liveSessionDetail, pastSessionDetail } from './sessionRows.js'

/**
 * `GET /cobrowsesdk/sessions/{sessionId}` (Zoom's `Getasession`): a live session by default, an ended one with
 * `session_type=past`. Each type looks only where it says, so a session that just ended is 30300 as `live`.
 */
export function getSession(sessionId: string, params: URLSearchParams, context: RestContext): RestReply {
  const type = params.get('session_type') || 'live'
  if (type === 'live') {
    const session = context.live().find((candidate) => candidate.id === sessionId)
    if (session) return restOk(liveSessionDetail(session))
  } else if (type === 'past') {
    const session = context.findPast(sessionId)
    if (session) return restOk(pastSessionDetail(session))
  } else {
    return validationFailed('session_type', `session_type must be live or past, got ${type}.`)
  }
  return restError(REST_FIDELITY.errors.sessionNotFound, sessionId)
}
