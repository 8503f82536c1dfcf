import { REST_FIDELITY } from '../config/restFidelity.js'
import { zoomDate, zoomTime } from '../sessions/zoomTime.js'
import { type RestReply, validationFailed } from './restReply.js'

/** The time range `past_sessions` reads, inclusive, in epoch milliseconds. */
export interface PastWindow {
  from: number
  to: number
}

const DAY_MS = 86_400_000
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/

/**
 * `from` and `to` of `past_sessions`: both or neither (then the last 24 hours), each `yyyy-mm-dd` (a UTC day; `to`
 * covers its whole day) or `yyyy-MM-ddTHH:mm:ssZ`, `from` not after `to`, at most a month apart, and `from` within
 * the last six months.
 *
 * @example
 * readPastWindow(new URLSearchParams('from=2025-02-01&to=2025-02-14'), Date.now())
 */
export function readPastWindow(
  params: URLSearchParams,
  now: number,
): { ok: true; window: PastWindow } | { ok: false; reply: RestReply } {
  const fromText = params.get('from') || undefined
  const toText = params.get('to') || undefined
  if (fromText === undefined && toText === undefined) {
    return { ok: true, window: { from: now - REST_FIDELITY.defaultPastWindowMs, to: now } }
  }
  if (toText === undefined) return refuse('to', 'to is required when from is given.')
  if (fromText === undefined) return refuse('from', 'from is required when to is given.')
  const from = readMoment(fromText)
  if (from === undefined) return refuse('from', `from must be yyyy-mm-dd or yyyy-MM-ddTHH:mm:ssZ, got ${fromText}.`)
  const to = readMoment(toText)
  if (to === undefined) return refuse('to', `to must be yyyy-mm-dd or yyyy-MM-ddTHH:mm:ssZ, got ${toText}.`)
  if (from > to) return refuse('from', 'from must not be later than to.')
  if (to > addMonths(from, REST_FIDELITY.maxRangeMonths)) {
    return refuse('to', 'The date range must be within one month.')
  }
  const earliest = addMonths(startOfDay(now), -REST_FIDELITY.maxLookbackMonths)
  if (from < earliest) {
    return refuse('from', `from must be within the last six months (not before ${zoomDate(earliest)}).`)
  }
  // A date-only `to` names a whole day: the range runs to that day's last millisecond.
  return { ok: true, window: { from, to: DATE.test(toText) ? to + DAY_MS - 1 : to } }
}

/** The moment a `from`/`to` value names (a day's start for dates); `undefined` for anything else. */
function readMoment(text: string): number | undefined {
  if (!DATE.test(text) && !DATE_TIME.test(text)) return undefined
  const at = Date.parse(text)
  // Date.parse rolls 2025-02-30 over into March; a value that does not print back the same is not a real date.
  if (Number.isNaN(at)) return undefined
  const printed = DATE.test(text) ? zoomDate(at) : zoomTime(at)
  return printed === text ? at : undefined
}

function addMonths(at: number, months: number): number {
  const date = new Date(at)
  date.setUTCMonth(date.getUTCMonth() + months)
  return date.getTime()
}

function startOfDay(at: number): number {
  return Math.floor(at / DAY_MS) * DAY_MS
}

function refuse(field: string, message: string): { ok: false; reply: RestReply } {
  return { ok: false, reply: validationFailed(field, message) }
}
