import type { RestAnswer } from './attemptRequest.js'
import { CobrowseRestError } from './CobrowseRestError.js'

/** The JSON object of a successful answer; anything else is an `invalid_response`. */
export function parseJsonObject(answer: RestAnswer, label: string): Record<string, unknown> {
  let body: unknown
  try {
    body = JSON.parse(answer.text)
  } catch (error) {
    throw unreadable(answer.status, `${label} answered ${answer.status} with a body that is not JSON.`, error)
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw unreadable(answer.status, `${label} answered ${answer.status} with JSON that is not an object.`)
  }
  return body as Record<string, unknown>
}

/**
 * Checks the envelope of a page, not each record: the cursor must be a string and the list an array of objects, or
 * paging could loop or crash later. A missing list reads as empty, so callers can always iterate it.
 */
export function readPage<Page>(body: Record<string, unknown>, listKey: string, label: string): Page {
  const token = body.next_page_token
  if (token !== undefined && token !== null && typeof token !== 'string') {
    throw unreadable(undefined, `${label} answered a next_page_token that is not a string.`)
  }
  const list = body[listKey] ?? []
  if (!Array.isArray(list) || list.some((item) => typeof item !== 'object' || item === null)) {
    throw unreadable(undefined, `${label} answered a "${listKey}" field that is not an array of objects.`)
  }
  // null is how some gateways spell "no more pages"; it means the same as Zoom's empty string.
  return { ...body, next_page_token: token ?? '', [listKey]: list } as Page
}

/** Checks that a session's details name the session. */
export function readSessionDetails<Details>(body: Record<string, unknown>, label: string): Details {
  if (typeof body.session_id !== 'string')
    throw unreadable(undefined, `${label} answered details without a session_id.`)
  return body as Details
}

function unreadable(status: number | undefined, message: string, cause?: unknown): CobrowseRestError {
  return new CobrowseRestError('invalid_response', message, { ...(status === undefined ? {} : { status }), cause })
}
