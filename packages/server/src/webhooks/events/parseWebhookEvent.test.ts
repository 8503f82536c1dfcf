import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WEBHOOK_EVENT_NAMES } from './generated/webhookEvents.js'
import { parseWebhookEvent } from './parseWebhookEvent.js'

interface Schema {
  type?: string
  properties?: Record<string, Schema>
  required?: string[]
  enum?: string[]
  items?: Schema
}

const specs = ['cobrowse-webhooks', 'videosdk-webhooks'].map(
  (name) =>
    JSON.parse(readFileSync(new URL(`../../../specs/${name}.openapi.json`, import.meta.url), 'utf8')) as {
      webhooks: Record<
        string,
        {
          post: {
            requestBody: {
              content: { 'application/json': { schema: Schema; examples: Record<string, { value: unknown }> } }
            }
          }
        }
      >
    },
)
const bodies = specs.flatMap((spec) =>
  Object.entries(spec.webhooks).map(([name, hook]) => ({ name, ...hook.post.requestBody.content['application/json'] })),
)

/** A value the spec allows: every property (`all`) or only the required ones, enum values taken from the spec. */
function sample(schema: Schema, all: boolean, name: string): unknown {
  switch (schema.type) {
    case 'object':
      return Object.fromEntries(
        Object.entries(schema.properties ?? {})
          .filter(([key]) => all || schema.required?.includes(key))
          .map(([key, property]) => [key, key === 'event' ? name : sample(property, all, name)]),
      )
    case 'array':
      return [sample(schema.items ?? {}, all, name)]
    case 'integer':
    case 'number':
      return 7
    case 'boolean':
      return true
    default:
      return schema.enum ? schema.enum[schema.enum.length - 1] : 'text'
  }
}

describe('parseWebhookEvent', () => {
  it('knows exactly the events of both specs', () => {
    expect([...WEBHOOK_EVENT_NAMES].sort()).toEqual(bodies.map((body) => body.name).sort())
    expect(WEBHOOK_EVENT_NAMES).toHaveLength(40)
  })

  it.each(bodies)('types $name with all fields or only the required ones', ({ name, schema }) => {
    for (const all of [true, false]) {
      const body = sample(schema, all, name)
      expect(parseWebhookEvent(body)).toEqual({ type: name, body })
    }
  })

  it.each(bodies)('delivers $name without a required field as unknown, naming the field', ({ name, schema }) => {
    const body = sample(schema, false, name) as { payload: Record<string, unknown> }
    delete body.payload.account_id
    expect(parseWebhookEvent(body)).toEqual({
      type: 'unknown',
      name,
      body,
      issues: [expect.stringMatching(/^payload\.account_id: /)],
    })
  })

  it('types the Cobrowse spec’s own examples', () => {
    for (const { name, examples } of bodies.filter((body) => body.name.startsWith('cobrowse.'))) {
      for (const { value } of Object.values(examples)) {
        expect(parseWebhookEvent(JSON.parse(value as string))).toMatchObject({ type: name })
      }
    }
  })

  it('keeps keys Zoom may add later, at every level, though the spec forbids them', () => {
    const body = {
      event: 'cobrowse.session_started',
      event_ts: 1,
      new_top: 1,
      payload: { account_id: 'a', new_mid: [1], object: { session_id: 's', start_time: 't', new_leaf: { x: 1 } } },
    }
    expect(parseWebhookEvent(body)).toEqual({ type: 'cobrowse.session_started', body })
  })

  it('does not check formats: int64 must be an integer, date-time any string', () => {
    const base = { event: 'cobrowse.session_started', payload: { account_id: 'a', object: { session_id: 's' } } }
    const ok = {
      ...base,
      event_ts: 2 ** 60,
      payload: { ...base.payload, object: { session_id: 's', start_time: 'soon' } },
    }
    expect(parseWebhookEvent(ok)?.type).toBe('cobrowse.session_started')
    const fraction = { ...ok, event_ts: 1.5 }
    expect(parseWebhookEvent(fraction)).toMatchObject({
      type: 'unknown',
      issues: [expect.stringMatching(/^event_ts: /)],
    })
  })

  it('refuses what is not an envelope and never resolves names through the prototype', () => {
    for (const body of [null, 1, 'x', [], {}, { event: '' }, { event: 1 }]) expect(parseWebhookEvent(body)).toBeNull()
    for (const name of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const body = JSON.parse(`{"event":${JSON.stringify(name)}}`)
      expect(parseWebhookEvent(body)).toEqual({ type: 'unknown', name, body, issues: [] })
    }
  })

  it('caps the issues of a body that is wrong everywhere', () => {
    const name = 'session.recording_completed'
    const schema = bodies.find((body) => body.name === name)?.schema ?? {}
    const body = sample(schema, true, name) as { payload: { object: Record<string, unknown> } }
    body.payload.object.recording_files = Array.from({ length: 50 }, () => ({ file_size: 'big' }))
    const event = parseWebhookEvent(body)
    expect(event?.type === 'unknown' && event.issues).toHaveLength(20)
  })
})
