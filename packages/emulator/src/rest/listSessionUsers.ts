import { REST_FIDELITY } from '../config/restFidelity.js'
import { nextPageToken, readListingRequest } from './listingRequest.js'
import { paginate } from './paginate.js'
import type { RestCall, RestContext } from './restContext.js'
import { type RestReply, restError, restOk } from './restReply.js'
import { userConnectionRow } from './sessionRows.js'

/**
 * `GET /cobrowsesdk/sessions/{sessionId}/users` (Zoom's `Listsessionusers`): every join of a live or ended session,
 * in join order, a user who rejoined once per join.
 */
export function listSessionUsers(sessionId: string, call: RestCall, context: RestContext): RestReply {
  const session = context.live().find((candidate) => candidate.id === sessionId) ?? context.findPast(sessionId)
  if (!session) return restError(REST_FIDELITY.errors.sessionNotFound, sessionId)
  const read = readListingRequest(call.pathname, call.params, context.pageTokens)
  if (!read.ok) return read.reply
  const { listing } = read
  // Attendances are only ever appended, so the index is a stable cursor.
  const indexed = session.attendances.map((attendance, index) => ({ attendance, index }))
  const page = paginate(
    indexed,
    { keyOf: ({ attendance, index }) => [index, attendance.connectionId] },
    listing.pageSize,
    listing.position?.after,
  )
  const now = context.now()
  return restOk({
    page_size: listing.pageSize,
    next_page_token: nextPageToken(context.pageTokens, listing, page.next),
    users: page.rows.map(({ attendance }) => userConnectionRow(attendance, now)),
  })
}
