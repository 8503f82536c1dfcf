import type { PageCursor, PageParams, SessionRoleType } from './restPage.js'

/** Query of `GET /cobrowsesdk/live_sessions` (operationId `Listlivesessions`). */
export interface ListLiveSessionsParams extends PageParams {
  /** Only the session with this PIN (Zoom's changelog calls it `pin_code`; the spec and this client `session_pin`). */
  session_pin?: string
}

/** A user in a live session (operationId `Listlivesessions`). `user_id` is Zoom's id, not the JWT's `user_id`. */
export interface LiveSessionUser {
  user_id: string
  user_name: string
  role_type: SessionRoleType
}

/** A session in progress (operationId `Listlivesessions`). */
export interface LiveSession {
  session_id: string
  /** ISO 8601 date-time, e.g. `2025-02-14T19:09:01Z`. */
  start_time: string
  session_pin?: string
  users: LiveSessionUser[]
}

/** One page of `GET /cobrowsesdk/live_sessions` (operationId `Listlivesessions`). */
export interface LiveSessionsPage extends PageCursor {
  /** Always an array: a page without `sessions` reads as empty. */
  sessions: LiveSession[]
}
