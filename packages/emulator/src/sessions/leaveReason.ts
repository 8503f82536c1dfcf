/** Why an agent left, in the wording of Zoom's `session_user_left` webhook (`leave_reason`). */
export const LEAVE_REASON = {
  left: 'Left the session',
  disconnected: 'Got disconnected from the session',
} as const
