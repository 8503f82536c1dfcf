import { REST_FIDELITY } from '../config/restFidelity.js'
import { type PagePosition, type PageTokens, pageScope, type SortKey } from './pageTokens.js'
import { readPageSize } from './readPageSize.js'
import { type RestReply, restError } from './restReply.js'

/** What every paginated listing reads first: the page size and, past page one, where the previous page stopped. */
export interface ListingRequest {
  pageSize: number
  /** The query the page tokens are bound to. */
  scope: string
  /** Absent on the first page. */
  position?: PagePosition
}

/**
 * Reads `page_size` and `next_page_token`. A token that is garbage, expired, forged or from another query is Zoom's
 * 400 30101; an empty one means the first page, since Zoom itself ends a listing with `next_page_token: ''`.
 */
export function readListingRequest(
  pathname: string,
  params: URLSearchParams,
  tokens: PageTokens,
): { ok: true; listing: ListingRequest } | { ok: false; reply: RestReply } {
  const size = readPageSize(params)
  if (!size.ok) return size
  const scope = pageScope(pathname, params)
  const token = params.get('next_page_token')
  if (token === null || token === '') return { ok: true, listing: { pageSize: size.pageSize, scope } }
  const position = tokens.read(token, scope)
  if (!position) return { ok: false, reply: restError(REST_FIDELITY.errors.badPageToken) }
  return { ok: true, listing: { pageSize: size.pageSize, scope, position } }
}

/** `next_page_token` of a page: a fresh token when `next` says more remain, `''` on the last page. */
export function nextPageToken(
  tokens: PageTokens,
  listing: ListingRequest,
  next: SortKey | undefined,
  window?: PagePosition['window'],
): string {
  if (!next) return ''
  return tokens.issue(listing.scope, window ? { after: next, window } : { after: next })
}
