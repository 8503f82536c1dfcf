import type { LiveSession } from '@cobrowse-kit/server'

/** A problem the activity endpoint reports instead of failing as a whole (e.g. the REST call was refused). */
export interface ActivityProblem {
  code: string
  message: string
  hint: string
}

/** One verified webhook, reduced to what the agent console shows. */
export interface WebhookFeedEntry {
  /** The delivery's dedupe key: unique per delivery. */
  id: string
  /** Zoom's event name, e.g. `cobrowse.session_started`; for an event this package has no schema for, its name. */
  type: string
  /** When it happened, ISO 8601: the payload's own time (start, join, leave, end), else `event_ts`. */
  time: string
  sessionId?: string
  role?: 'customer' | 'agent'
  userName?: string
  /** `leave_reason` or `end_reason`. */
  reason?: string
}

/**
 * The answer of `GET /api/cobrowse/activity`: live sessions from the REST API and the recent webhook feed, newest
 * first. `rest` and `webhooks` say whether each half is configured, so the page can tell "none" from "off".
 */
export interface ActivityReport {
  rest: 'ok' | 'not_configured' | 'failed'
  /** Set when `rest` is `failed`. */
  restProblem?: ActivityProblem
  /** Sessions in progress; empty unless `rest` is `ok`. */
  live: LiveSession[]
  webhooks: 'on' | 'off'
  events: WebhookFeedEntry[]
}
