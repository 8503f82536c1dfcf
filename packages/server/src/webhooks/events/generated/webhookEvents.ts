// Generated from both families by:
//   node --import tsx packages/server/scripts/generateWebhookEvents.ts
// Do not edit by hand: change the generator or the spec, then run it again.
// The specs say additionalProperties: false, yet the schemas are loose on purpose: a field Zoom adds must not turn
// real deliveries into failures. Formats (int64, date-time, email) are documented, not enforced: int64 is an
// integer number, date-time and email are strings.

import {
  COBROWSE_WEBHOOK_EVENT_NAMES,
  type CobrowseWebhookEvent,
  type CobrowseWebhookEventBodies,
  cobrowseEventSchemas,
} from './cobrowseEvents.js'
import {
  VIDEO_SDK_WEBHOOK_EVENT_NAMES,
  type VideoSdkWebhookEvent,
  type VideoSdkWebhookEventBodies,
  videoSdkEventSchemas,
} from './videoSdkEvents.js'

/** Every webhook event name with a generated type and schema (URL validation is handled, not delivered). */
export const WEBHOOK_EVENT_NAMES = [...COBROWSE_WEBHOOK_EVENT_NAMES, ...VIDEO_SDK_WEBHOOK_EVENT_NAMES] as const

/** A webhook event name with a generated type and schema. */
export type KnownWebhookEventName = (typeof WEBHOOK_EVENT_NAMES)[number]

/** The body type of each known webhook event, by name. */
export type WebhookEventBodies = CobrowseWebhookEventBodies & VideoSdkWebhookEventBodies

/** The run-time schema of each known webhook event, by name. */
export const webhookEventSchemas = { ...cobrowseEventSchemas, ...videoSdkEventSchemas } as const

/** A verified webhook event of a known name whose body matched its schema. */
export type KnownWebhookEvent = CobrowseWebhookEvent | VideoSdkWebhookEvent
