import type { CobrowseRestRequestOptions } from './restClientOptions.js'

/** Which store `GET /cobrowsesdk/sessions/{sessionId}` reads (operationId `Getasession`); Zoom's default is `live`. */
export type SessionType = 'live' | 'past'

/** A session in progress, from `GET /cobrowsesdk/sessions/{sessionId}?session_type=live` (operationId `Getasession`). */
export interface LiveSessionDetails {
  session_id: string
  /** ISO 8601 date-time. */
  start_time: string
  session_pin?: string
  user_count?: number
}

/** An ended session, from `GET /cobrowsesdk/sessions/{sessionId}?session_type=past` (operationId `Getasession`). */
export interface PastSessionDetails {
  session_id: string
  /** ISO 8601 date-time. */
  start_time: string
  /** ISO 8601 date-time. */
  end_time: string
  /** `hh:mm:ss`. */
  duration: string
  session_pin?: string
  user_count?: number
}

/** Options of `getSession` for a live session (the default). */
export interface GetLiveSessionOptions extends CobrowseRestRequestOptions {
  sessionType?: 'live'
}

/** Options of `getSession` for an ended session. */
export interface GetPastSessionOptions extends CobrowseRestRequestOptions {
  sessionType: 'past'
}

/** Options of `getSession` when the session type is only known at run time. */
export interface GetSessionOptions extends CobrowseRestRequestOptions {
  sessionType?: SessionType
}
