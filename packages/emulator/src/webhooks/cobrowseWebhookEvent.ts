/** `role_type` in webhooks: a string, unlike the JWT's numeric `role_type`. */
export type WebhookRoleType = 'customer' | 'agent'

/** `leave_reason` of `cobrowse.session_user_left`, as the spec enumerates it. */
export type WebhookLeaveReason =
  | 'Left the session'
  | 'Got disconnected from the session'
  | 'The session end'
  | 'Network connection error'
  | 'Unknown reason'

/** `end_reason` of `cobrowse.session_ended`, as the spec enumerates it. */
export type WebhookEndReason = 'The session ended' | 'Network connection error' | 'Unknown reason'

/** Who a webhook is about; all three are optional in the spec. */
interface WebhookUserFields {
  user_id?: string
  user_name?: string
  role_type?: WebhookRoleType
}

/** `payload.object` of `cobrowse.session_started`. Times are ISO 8601 in UTC without milliseconds. */
export interface SessionStartedObject extends WebhookUserFields {
  session_id: string
  start_time: string
  start_url?: string
}

/** `payload.object` of `cobrowse.session_user_joined`. */
export interface SessionUserJoinedObject extends WebhookUserFields {
  session_id: string
  user_connection_id: string
  user_id: string
  join_time: string
}

/** `payload.object` of `cobrowse.session_user_left`. */
export interface SessionUserLeftObject extends WebhookUserFields {
  session_id: string
  user_connection_id: string
  user_id: string
  leave_time: string
  leave_reason?: WebhookLeaveReason
}

/** `payload.object` of `cobrowse.session_ended`; the user fields name who ended it. */
export interface SessionEndedObject extends WebhookUserFields {
  session_id: string
  end_time: string
  session_pin?: string
  start_time?: string
  end_reason?: WebhookEndReason
}

/** The envelope every Zoom event shares: `event_ts` is epoch milliseconds. */
export interface WebhookEnvelope<Name extends string, EventObject> {
  event: Name
  event_ts: number
  payload: { account_id: string; object: EventObject }
}

/**
 * One of the four cobrowse events, exactly as the vendored spec `cobrowse-webhooks.openapi.json` defines them (no
 * extra properties anywhere).
 */
export type CobrowseWebhookEvent =
  | WebhookEnvelope<'cobrowse.session_started', SessionStartedObject>
  | WebhookEnvelope<'cobrowse.session_user_joined', SessionUserJoinedObject>
  | WebhookEnvelope<'cobrowse.session_user_left', SessionUserLeftObject>
  | WebhookEnvelope<'cobrowse.session_ended', SessionEndedObject>

/** The four event names. */
export type CobrowseWebhookEventName = CobrowseWebhookEvent['event']
