import { REST_FIDELITY } from '../config/restFidelity.js'
import { nextPageToken, readListingRequest } from './listingRequest.js'
import { paginate } from './paginate.js'
import type { RestCall, RestContext } from './restContext.js'
import { type RestReply, restOk } from './restReply.js'
import { liveSessionRow } from './sessionRows.js'

/**
 * `GET /cobrowsesdk/live_sessions` (Zoom's `Listlivesessions`): sessions in progress, in `REST_FIDELITY`'s order,
 * optionally only the one with `session_pin` (compared upper-cased, as PINs are stored).
 */
export function listLiveSessions(call: RestCall, context: RestContext): RestReply {
  const read = readListingRequest(call.pathname, call.params, context.pageTokens)
  if (!read.ok) return read.reply
  const { listing } = read
  const pin = call.params.get('session_pin')?.toUpperCase() || undefined
  const sessions = context.live().filter((session) => pin === undefined || session.pin === pin)
  const page = paginate(
    sessions,
    { keyOf: (session) => [session.startedAt.getTime(), session.id], descending: REST_FIDELITY.liveNewestFirst },
    listing.pageSize,
    listing.position?.after,
  )
  return restOk({
    page_size: listing.pageSize,
    next_page_token: nextPageToken(context.pageTokens, listing, page.next),
    sessions: page.rows.map(liveSessionRow),
  })
}
