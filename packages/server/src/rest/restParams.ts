import { CobrowseRestError } from './CobrowseRestError.js'
import type { ListLiveSessionsParams } from './liveSessions.js'
import type { ListPastSessionsParams } from './pastSessions.js'
import type { PageParams } from './restPage.js'
import type { SessionType } from './sessionDetails.js'
import type { ListSessionUsersParams } from './sessionUsers.js'

// Checks mirror the spec where it is exact (page_size bounds, enums, date shapes); the range rules that depend on
// Zoom's clock (one month, last six months) are left to Zoom, which answers 400.

/** Query of `Listlivesessions`, checked. */
export function liveSessionsQuery(params: ListLiveSessionsParams | undefined): URLSearchParams {
  const given = record(params)
  const query = pageQuery(given)
  optionalString(query, given, 'session_pin')
  return query
}

/** Query of `Listpastsession`, checked. */
export function pastSessionsQuery(params: ListPastSessionsParams | undefined): URLSearchParams {
  const given = record(params)
  const query = pageQuery(given)
  oneOf(query, 'time_type', given.time_type, ['start_time', 'end_time'])
  const from = zoomDate(query, 'from', given.from)
  const to = zoomDate(query, 'to', given.to)
  if (from !== undefined && to === undefined) {
    throw invalid(
      'from needs to: Zoom refuses a range without its end.',
      'Pass to as well, at most a month after from.',
    )
  }
  if (from !== undefined && to !== undefined && from > to) {
    throw invalid(`from (${given.from}) is after to (${given.to}).`, 'Swap them, or fix the dates.')
  }
  optionalString(query, given, 'session_id')
  optionalString(query, given, 'session_pin')
  return query
}

/** Query of `Listsessionusers`, checked. */
export function sessionUsersQuery(params: ListSessionUsersParams | undefined): URLSearchParams {
  return pageQuery(record(params))
}

/** Query of `Getasession`, checked. */
export function sessionTypeQuery(sessionType: SessionType | undefined): URLSearchParams {
  const query = new URLSearchParams()
  oneOf(query, 'session_type', sessionType ?? 'live', ['live', 'past'])
  return query
}

/**
 * `/cobrowsesdk/sessions/{sessionId}` with the id encoded, so an id with `/` or `?` cannot change the path. `.` and
 * `..` are refused: URLs resolve them (even encoded) as path steps, which would reach another endpoint.
 */
export function sessionPath(sessionId: string, suffix = ''): string {
  if (typeof sessionId !== 'string' || sessionId === '' || sessionId === '.' || sessionId === '..') {
    throw invalid(
      `sessionId must be a session id string, got ${describe(sessionId)}.`,
      'Pass the session_id Zoom reported.',
    )
  }
  return `/cobrowsesdk/sessions/${encodeURIComponent(sessionId)}${suffix}`
}

function pageQuery(given: Record<string, unknown>): URLSearchParams {
  const query = new URLSearchParams()
  const pageSize = given.page_size
  if (pageSize !== undefined) {
    if (typeof pageSize !== 'number' || !Number.isInteger(pageSize) || pageSize < 30 || pageSize > 300) {
      throw invalid(
        `page_size must be a whole number from 30 to 300, got ${describe(pageSize)}.`,
        'Zoom accepts 30 to 300 records per page; leave it out for 30.',
      )
    }
    query.set('page_size', String(pageSize))
  }
  optionalString(query, given, 'next_page_token' satisfies keyof PageParams)
  return query
}

function record(params: unknown): Record<string, unknown> {
  if (params === undefined || params === null) return {}
  if (typeof params === 'object' && !Array.isArray(params)) return params as Record<string, unknown>
  throw invalid(
    `The parameters must be an object, got ${describe(params)}.`,
    'Pass an object such as { page_size: 100 }.',
  )
}

/** Sets `name` when given; an empty string counts as not given, as Zoom's own empty cursor does. */
function optionalString(query: URLSearchParams, given: Record<string, unknown>, name: string): void {
  const value = given[name]
  if (value === undefined || value === '') return
  if (typeof value !== 'string') throw invalid(`${name} must be a string, got ${describe(value)}.`)
  query.set(name, value)
}

function oneOf(query: URLSearchParams, name: string, value: unknown, allowed: readonly string[]): void {
  if (value === undefined) return
  if (typeof value !== 'string' || !allowed.includes(value)) {
    throw invalid(`${name} must be ${allowed.map((item) => `'${item}'`).join(' or ')}, got ${describe(value)}.`)
  }
  query.set(name, value)
}

const ZOOM_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}):(\d{2})Z)?$/

/**
 * Sets a `yyyy-mm-dd` or `yyyy-MM-ddTHH:mm:ssZ` date and returns its day. Only days are compared: a `to` given as a
 * bare day may well mean the end of that day.
 */
function zoomDate(query: URLSearchParams, name: string, value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined
  const parts = typeof value === 'string' ? ZOOM_DATE.exec(value) : null
  const [year, month, day, hours, minutes, seconds] = (parts?.slice(1) ?? []).map((part) => Number(part ?? 0))
  const at = parts ? Date.UTC(year ?? 0, (month ?? 1) - 1, day, hours, minutes, seconds) : Number.NaN
  // Date.UTC rolls 2025-02-30 over into March; the round trip catches dates that do not exist.
  const real = !Number.isNaN(at) && new Date(at).toISOString().slice(0, 10) === String(value).slice(0, 10)
  if (!real || (hours ?? 0) > 23 || (minutes ?? 0) > 59 || (seconds ?? 0) > 59) {
    throw invalid(
      `${name} must be a date as yyyy-mm-dd or yyyy-MM-ddTHH:mm:ssZ, got ${describe(value)}.`,
      'Write it like 2025-02-14 or 2025-02-14T19:09:01Z.',
    )
  }
  query.set(name, value as string)
  return String(value).slice(0, 10)
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value)
  if (value === null || typeof value !== 'object') return String(value)
  return Array.isArray(value) ? 'an array' : 'an object'
}

function invalid(message: string, hint?: string): CobrowseRestError {
  return new CobrowseRestError('invalid_parameter', message, hint === undefined ? {} : { hint })
}
