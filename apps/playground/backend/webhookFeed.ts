import type { WebhookEvent, WebhookEventContext } from '@cobrowse-kit/server'
import type { WebhookFeedEntry } from './activityReport.js'

/** How many verified webhooks the playground keeps in memory. */
export const WEBHOOK_FEED_LIMIT = 50

/** The last verified webhooks, newest first, in a fixed amount of memory. */
export interface WebhookFeed {
  /** Pass as `createWebhookHandler`'s `onEvent`. */
  onEvent(event: WebhookEvent, context: WebhookEventContext): void
  /** Newest first. */
  entries(): WebhookFeedEntry[]
}

/**
 * Creates an in-memory feed of the last `limit` webhooks.
 *
 * @example
 * const feed = createWebhookFeed()
 * const handleWebhook = createWebhookHandler({ secretToken, onEvent: feed.onEvent })
 */
export function createWebhookFeed(limit = WEBHOOK_FEED_LIMIT): WebhookFeed {
  const entries: WebhookFeedEntry[] = []
  return {
    onEvent(event, context) {
      entries.unshift(toFeedEntry(event, context.deliveryKey))
      entries.length = Math.min(entries.length, limit)
    },
    entries: () => [...entries],
  }
}

/** Reduces a verified event to a feed line; fields the event does not have are left out. */
export function toFeedEntry(event: WebhookEvent, id: string): WebhookFeedEntry {
  switch (event.type) {
    case 'cobrowse.session_started':
      return cobrowseEntry(id, event.type, event.body.payload.object.start_time, event.body.payload.object)
    case 'cobrowse.session_user_joined':
      return cobrowseEntry(id, event.type, event.body.payload.object.join_time, event.body.payload.object)
    case 'cobrowse.session_user_left': {
      const { object } = event.body.payload
      return cobrowseEntry(id, event.type, object.leave_time, object, object.leave_reason)
    }
    case 'cobrowse.session_ended': {
      const { object } = event.body.payload
      return cobrowseEntry(id, event.type, object.end_time, object, object.end_reason)
    }
    // A new event name, or a body that failed its schema: still authentic, so it is listed by name.
    case 'unknown':
      return { id, type: event.name, time: new Date().toISOString() }
    default:
      return { id, type: event.type, time: new Date(event.body.event_ts).toISOString() }
  }
}

/** The fields every cobrowse event carries about its session and user. */
interface CobrowseSubject {
  session_id: string
  role_type?: 'customer' | 'agent'
  user_name?: string
}

function cobrowseEntry(
  id: string,
  type: string,
  time: string,
  subject: CobrowseSubject,
  reason?: string,
): WebhookFeedEntry {
  return {
    id,
    type,
    time,
    sessionId: subject.session_id,
    ...(subject.role_type ? { role: subject.role_type } : {}),
    ...(subject.user_name ? { userName: subject.user_name } : {}),
    ...(reason ? { reason } : {}),
  }
}
