import type { Attendance } from './attendance.js'
import type { Session } from './session.js'

/**
 * What happened to a session, in the order Zoom reports it: the start, then the customer joining; agents joining and
 * leaving; on the end, everyone still present leaving and then the end itself. Webhooks and the REST history are both
 * built from these, so the two can never disagree.
 */
export type SessionLifecycleEvent =
  | { type: 'session-started'; session: Session; by: Attendance }
  | { type: 'user-joined'; session: Session; attendance: Attendance }
  | { type: 'user-left'; session: Session; attendance: Attendance }
  /** `reason` is one of `FIDELITY.endReasons`; `by` is who ended it, absent when a timer did. */
  | { type: 'session-ended'; session: Session; reason: string; by?: Attendance }

/** Receives every lifecycle event, synchronously, right after the registry applied it. */
export type SessionLifecycleListener = (event: SessionLifecycleEvent) => void
