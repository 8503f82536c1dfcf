import * as v from 'valibot'
import { webhookEventSchemas } from './generated/webhookEvents.js'
import type { WebhookEvent } from './WebhookEvent.js'

// Enough to see what is wrong; a body with thousands of bad fields must not produce thousands of strings.
const MAX_ISSUES = 20

/**
 * Types a verified body: `null` when it is not an event envelope at all (not an object, or no non-empty string
 * `event`), else the typed event, or `unknown` with the reasons when the name is new or the body breaks its schema.
 */
export function parseWebhookEvent(body: unknown): WebhookEvent | null {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return null
  const name: unknown = (body as { event?: unknown }).event
  if (typeof name !== 'string' || name === '') return null
  // hasOwn: a name such as `constructor` or `__proto__` must not find something on Object.prototype.
  const schema = Object.hasOwn(webhookEventSchemas, name)
    ? webhookEventSchemas[name as keyof typeof webhookEventSchemas]
    : undefined
  if (!schema) return { type: 'unknown', name, body, issues: [] }
  const result = v.safeParse(schema as v.GenericSchema, body)
  if (result.success) return { type: name, body: result.output } as WebhookEvent
  const issues = result.issues
    .slice(0, MAX_ISSUES)
    .map((issue) => `${v.getDotPath(issue) ?? '(body)'}: ${issue.message}`)
  return { type: 'unknown', name, body, issues }
}
