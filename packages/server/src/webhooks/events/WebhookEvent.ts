import type { CobrowseWebhookEvent } from './generated/cobrowseEvents.js'
import type { VideoSdkWebhookEvent } from './generated/videoSdkEvents.js'

/**
 * An authentic event this package has no type for, or whose body does not match Zoom's published schema (a new
 * enum value, a missing required field). It is delivered rather than dropped: the signature proved Zoom sent it.
 */
export interface UnknownWebhookEvent {
  type: 'unknown'
  /** The body's `event` field, e.g. `session.new_thing`. */
  name: string
  /** The parsed JSON body, unchecked. */
  body: unknown
  /** Why the body failed its schema (`payload.object.role_type: Invalid type: …`); empty when the name is unknown. */
  issues: readonly string[]
}

/**
 * A verified webhook event, discriminated on `type`: a Cobrowse or Video SDK event whose body matched its schema,
 * or an `UnknownWebhookEvent`.
 *
 * @example
 * function onEvent(event: WebhookEvent) {
 *   if (event.type === 'cobrowse.session_ended') console.log(event.body.payload.object.end_time)
 *   else if (event.type === 'unknown') console.warn('unhandled', event.name, event.issues)
 * }
 */
export type WebhookEvent = CobrowseWebhookEvent | VideoSdkWebhookEvent | UnknownWebhookEvent
