import { WEBHOOK_FIDELITY } from '../config/webhookFidelity.js'
import type { Attendance } from '../sessions/attendance.js'
import type { SessionLifecycleEvent } from '../sessions/sessionLifecycle.js'
import { zoomTime } from '../sessions/zoomTime.js'
import type {
  CobrowseWebhookEvent,
  WebhookEndReason,
  WebhookLeaveReason,
  WebhookRoleType,
} from './cobrowseWebhookEvent.js'

const LEAVE_REASONS: ReadonlySet<string> = new Set<WebhookLeaveReason>([
  'Left the session',
  'Got disconnected from the session',
  'The session end',
  'Network connection error',
  'Unknown reason',
])

/**
 * The webhook Zoom sends for one lifecycle event. `user_id` is the attendance's Zoom-assigned id (never the JWT's
 * `user_id`), `user_connection_id` identifies one join, and `event_ts` is when the event happened.
 *
 * @example
 * registry = new SessionRegistry({ timing, log, onLifecycle: (event) => send(toCobrowseWebhookEvent(event, account)) })
 */
export function toCobrowseWebhookEvent(event: SessionLifecycleEvent, accountId: string): CobrowseWebhookEvent {
  const { session } = event
  const session_id = session.id
  switch (event.type) {
    case 'session-started':
      return {
        event: 'cobrowse.session_started',
        event_ts: session.startedAt.getTime(),
        payload: {
          account_id: accountId,
          object: {
            session_id,
            start_url: session.startUrl,
            ...userFields(event.by),
            start_time: zoomTime(session.startedAt),
          },
        },
      }
    case 'user-joined': {
      const { attendance } = event
      return {
        event: 'cobrowse.session_user_joined',
        event_ts: attendance.joinedAt.getTime(),
        payload: {
          account_id: accountId,
          object: {
            session_id,
            user_connection_id: attendance.connectionId,
            ...userFields(attendance),
            join_time: zoomTime(attendance.joinedAt),
          },
        },
      }
    }
    case 'user-left': {
      const { attendance } = event
      const leftAt = attendance.leftAt ?? new Date()
      return {
        event: 'cobrowse.session_user_left',
        event_ts: leftAt.getTime(),
        payload: {
          account_id: accountId,
          object: {
            session_id,
            user_connection_id: attendance.connectionId,
            ...userFields(attendance),
            leave_time: zoomTime(leftAt),
            leave_reason: toLeaveReason(attendance.leaveReason),
          },
        },
      }
    }
    case 'session-ended': {
      const endedAt = session.endedAt ?? new Date()
      return {
        event: 'cobrowse.session_ended',
        event_ts: endedAt.getTime(),
        payload: {
          account_id: accountId,
          object: {
            session_id,
            session_pin: session.pin,
            ...(event.by ? userFields(event.by) : {}),
            start_time: zoomTime(session.startedAt),
            end_time: zoomTime(endedAt),
            end_reason: toEndReason(event.reason),
          },
        },
      }
    }
  }
}

/** The `end_reason` for one of `FIDELITY.endReasons` (see `WEBHOOK_FIDELITY.endReasons`). */
export function toEndReason(reason: string): WebhookEndReason {
  const mapped: Readonly<Record<string, WebhookEndReason>> = WEBHOOK_FIDELITY.endReasons
  // hasOwn: a reason such as "constructor" must not find Object.prototype's members.
  return (Object.hasOwn(mapped, reason) && mapped[reason]) || WEBHOOK_FIDELITY.unknownEndReason
}

function toLeaveReason(reason: string | undefined): WebhookLeaveReason {
  // The registry always sets a reason on leave; the spec's default covers a stay that somehow has none.
  if (reason === undefined) return 'Left the session'
  return LEAVE_REASONS.has(reason) ? (reason as WebhookLeaveReason) : WEBHOOK_FIDELITY.unknownLeaveReason
}

function userFields(attendance: Attendance): { user_id: string; user_name: string; role_type: WebhookRoleType } {
  return { user_id: attendance.zoomUserId, user_name: attendance.user.userName, role_type: attendance.role }
}
