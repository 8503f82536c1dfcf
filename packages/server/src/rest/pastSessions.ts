import type { PageCursor, PageParams, SessionRoleType } from './restPage.js'

/** Which time `from`/`to` filter on (operationId `Listpastsession`); Zoom's default is `start_time`. */
export type PastSessionTimeType = 'start_time' | 'end_time'

/**
 * Query of `GET /cobrowsesdk/past_sessions` (operationId `Listpastsession`, rate label "Resource-intensive": about
 * 10 requests a minute on Pro accounts).
 */
export interface ListPastSessionsParams extends PageParams {
  time_type?: PastSessionTimeType
  /**
   * `yyyy-mm-dd` or `yyyy-MM-ddTHH:mm:ssZ`. Needs `to`; the range may span at most one month within the last six
   * months (Zoom checks that part). Without `from`/`to` Zoom lists the last 24 hours.
   */
  from?: string
  /** `yyyy-mm-dd` or `yyyy-MM-ddTHH:mm:ssZ`, not before `from`. */
  to?: string
  session_id?: string
  session_pin?: string
}

/** A user of a past session (operationId `Listpastsession`); the spec marks none of these fields required. */
export interface PastSessionUser {
  user_id?: string
  user_name?: string
  role_type?: SessionRoleType
}

/** A session that has ended (operationId `Listpastsession`). */
export interface PastSession {
  session_id: string
  /** ISO 8601 date-time. */
  start_time: string
  /** ISO 8601 date-time. */
  end_time: string
  /** `hh:mm:ss`, e.g. `00:03:19`. */
  duration: string
  user_count?: number
  session_pin?: string
  users?: PastSessionUser[]
}

/** One page of `GET /cobrowsesdk/past_sessions` (operationId `Listpastsession`). */
export interface PastSessionsPage extends PageCursor {
  /** The range Zoom applied, `yyyy-mm-dd`. */
  from?: string
  to?: string
  /** Always an array: a page without `sessions` reads as empty. */
  sessions: PastSession[]
}
