import type { UserInfo } from '../protocol/messages.js'

/** The two roles, in the wording of Zoom's webhooks and REST API (`role_type`). */
export type AttendeeRole = 'customer' | 'agent'

/**
 * One user's stay in a session, from join to leave. Zoom's REST API lists a user who rejoins once per join, each
 * stay with its own `user_connection_id`, so a reload or a second agent visit is a new attendance.
 */
export interface Attendance {
  /** `user_connection_id`: one per join. */
  readonly connectionId: string
  /** `user_id` in webhooks and REST: Zoom assigns it per session; it is not the JWT's `user_id`. */
  readonly zoomUserId: string
  readonly user: UserInfo
  readonly role: AttendeeRole
  readonly joinedAt: Date
  leftAt?: Date
  /** One of `LEAVE_REASON`'s values, set when the stay ends. */
  leaveReason?: string
}
