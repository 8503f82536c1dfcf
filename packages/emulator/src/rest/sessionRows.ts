import { REST_FIDELITY } from '../config/restFidelity.js'
import type { Attendance } from '../sessions/attendance.js'
import { zoomDuration, zoomTime } from '../sessions/zoomTime.js'
import type { PastSession, SessionRecord } from './sessionHistory.js'

/** A user as session listings show one (`users[]` of `live_sessions` and `past_sessions`). */
export interface SessionUserRow {
  user_id: string
  user_name: string
  role_type: 'customer' | 'agent'
}

/** One join, as `sessions/{sessionId}/users` lists it. */
export interface UserConnectionRow extends SessionUserRow {
  user_connection_id: string
  ip_address: string
  data_center: string
  join_time: string
  /** Only once the user has left. */
  leave_time?: string
  duration: string
}

/** `live_sessions` row: the users connected now. */
export function liveSessionRow(session: SessionRecord) {
  return {
    session_id: session.id,
    start_time: zoomTime(session.startedAt),
    session_pin: session.pin,
    users: presentUsers(session),
  }
}

/** `past_sessions` row: everyone who took part, once each. */
export function pastSessionRow(session: PastSession) {
  const users = distinctUsers(session.attendances)
  return { ...pastSessionDetail(session), user_count: users.length, users }
}

/** `sessions/{sessionId}` of a live session. */
export function liveSessionDetail(session: SessionRecord) {
  return {
    session_id: session.id,
    start_time: zoomTime(session.startedAt),
    session_pin: session.pin,
    user_count: presentUsers(session).length,
  }
}

/** `sessions/{sessionId}?session_type=past`. */
export function pastSessionDetail(session: PastSession) {
  return {
    session_id: session.id,
    start_time: zoomTime(session.startedAt),
    end_time: zoomTime(session.endedAt),
    duration: zoomDuration(session.startedAt, session.endedAt),
    session_pin: session.pin,
    user_count: distinctUsers(session.attendances).length,
  }
}

/** One join of `sessions/{sessionId}/users`; a stay still going counts its duration up to `now`. */
export function userConnectionRow(attendance: Attendance, now: number): UserConnectionRow {
  const { leftAt } = attendance
  return {
    user_connection_id: attendance.connectionId,
    ...userRow(attendance),
    ip_address: REST_FIDELITY.ipAddress,
    data_center: REST_FIDELITY.dataCenter,
    join_time: zoomTime(attendance.joinedAt),
    ...(leftAt && { leave_time: zoomTime(leftAt) }),
    duration: zoomDuration(attendance.joinedAt, leftAt ?? now),
  }
}

function userRow(attendance: Attendance): SessionUserRow {
  return { user_id: attendance.zoomUserId, user_name: attendance.user.userName, role_type: attendance.role }
}

function presentUsers(session: SessionRecord): SessionUserRow[] {
  return distinctUsers(session.attendances.filter((attendance) => attendance.leftAt === undefined))
}

/** One row per Zoom user id, in order of first join: a customer who reloaded is still one person. */
function distinctUsers(attendances: readonly Attendance[]): SessionUserRow[] {
  const byUser = new Map<string, SessionUserRow>()
  for (const attendance of attendances) {
    if (!byUser.has(attendance.zoomUserId)) byUser.set(attendance.zoomUserId, userRow(attendance))
  }
  return [...byUser.values()]
}
