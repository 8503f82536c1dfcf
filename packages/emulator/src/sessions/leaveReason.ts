/** Why a user left, in the wording of Zoom's `session_user_left` webhook (`leave_reason`). */
export const LEAVE_REASON = {
  left: 'Left the session',
  disconnected: 'Got disconnected from the session',
  /** Everyone still present when the session ends leaves with this reason. */
  sessionEnded: 'The session end',
} as const
