import type { PageCursor, PageParams, SessionRoleType } from './restPage.js'

/** Query of `GET /cobrowsesdk/sessions/{sessionId}/users` (operationId `Listsessionusers`). */
export type ListSessionUsersParams = PageParams

/** The Zoom data center a user connected through (operationId `Listsessionusers`). */
export type ZoomDataCenter = 'US' | 'AU' | 'BR' | 'CA' | 'DE' | 'HK' | 'IN' | 'JP' | 'CN' | 'MX' | 'NL' | 'SG' | 'TW'

/**
 * One attendance of a user in a session (operationId `Listsessionusers`): a user who rejoins appears once per join,
 * each with its own `user_connection_id`. `user_id` is Zoom's id, not the JWT's `user_id`.
 */
export interface SessionUser {
  user_connection_id: string
  user_id: string
  user_name: string
  role_type: SessionRoleType
  ip_address?: string
  data_center?: ZoomDataCenter
  /** ISO 8601 date-time. */
  join_time?: string
  /** ISO 8601 date-time; in a live session, present only once the user has left. */
  leave_time?: string
  /** `hh:mm:ss`. */
  duration?: string
}

/** One page of `GET /cobrowsesdk/sessions/{sessionId}/users` (operationId `Listsessionusers`). */
export interface SessionUsersPage extends PageCursor {
  /** Always an array: a page without `users` reads as empty. */
  users: SessionUser[]
}
