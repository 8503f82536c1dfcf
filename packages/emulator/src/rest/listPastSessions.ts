import { REST_FIDELITY } from '../config/restFidelity.js'
import { zoomDate } from '../sessions/zoomTime.js'
import { nextPageToken, readListingRequest } from './listingRequest.js'
import { paginate } from './paginate.js'
import { readPastWindow } from './readPastWindow.js'
import type { RestCall, RestContext } from './restContext.js'
import { type RestReply, restOk, validationFailed } from './restReply.js'
import type { PastSession } from './sessionHistory.js'
import { pastSessionRow } from './sessionRows.js'

const TIME_TYPES = ['start_time', 'end_time'] as const

/**
 * `GET /cobrowsesdk/past_sessions` (Zoom's `Listpastsession`, Resource-intensive): ended sessions whose start (or
 * end, with `time_type=end_time`) falls in `from`..`to` (default: the last 24 hours), in `REST_FIDELITY`'s order,
 * optionally only `session_id` or `session_pin`. Later pages keep the range the first page resolved, so "the last
 * 24 hours" does not slide under a client paging through it.
 */
export function listPastSessions(call: RestCall, context: RestContext): RestReply {
  const { params } = call
  const read = readListingRequest(call.pathname, params, context.pageTokens)
  if (!read.ok) return read.reply
  const { listing } = read
  const timeType = params.get('time_type') || 'start_time'
  if (!isTimeType(timeType)) {
    return validationFailed('time_type', `time_type must be start_time or end_time, got ${timeType}.`)
  }
  let window = listing.position?.window
  if (!window) {
    const resolved = readPastWindow(params, context.now())
    if (!resolved.ok) return resolved.reply
    window = [resolved.window.from, resolved.window.to]
  }
  const [from, to] = window
  const timeOf = (session: PastSession) => (timeType === 'start_time' ? session.startedAt : session.endedAt).getTime()
  const sessionId = params.get('session_id') || undefined
  const pin = params.get('session_pin')?.toUpperCase() || undefined
  const sessions = context.past().filter((session) => {
    const at = timeOf(session)
    return (
      at >= from &&
      at <= to &&
      (sessionId === undefined || session.id === sessionId) &&
      (pin === undefined || session.pin === pin)
    )
  })
  const page = paginate(
    sessions,
    { keyOf: (session) => [timeOf(session), session.id], descending: REST_FIDELITY.pastNewestFirst },
    listing.pageSize,
    listing.position?.after,
  )
  return restOk({
    from: zoomDate(from),
    to: zoomDate(to),
    page_size: listing.pageSize,
    next_page_token: nextPageToken(context.pageTokens, listing, page.next, window),
    sessions: page.rows.map(pastSessionRow),
  })
}

function isTimeType(value: string): value is (typeof TIME_TYPES)[number] {
  return (TIME_TYPES as readonly string[]).includes(value)
}
