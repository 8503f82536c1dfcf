import { createHmac } from 'node:crypto'
import { once } from 'node:events'
import { createServer, type RequestListener, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import express from 'express'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { toNodeHandler } from '../node/toNodeHandler.js'
import { createWebhookHandler } from './createWebhookHandler.js'
import type { WebhookEvent } from './events/WebhookEvent.js'
import { WebhookConfigError } from './WebhookConfigError.js'
import type { WebhookDedupeStore } from './WebhookDedupeStore.js'
import type { WebhookHandlerError } from './WebhookHandlerError.js'
import type { WebhookEventContext } from './WebhookHandlerOptions.js'

const SECRET = 'secret-token'
const URL_ = 'http://127.0.0.1/zoom/webhooks'

function nowSeconds(offset = 0): string {
  return String(Math.floor(Date.now() / 1000) + offset)
}

function signedHeaders(body: string, timestamp = nowSeconds()): Record<string, string> {
  const digest = createHmac('sha256', SECRET).update(`v0:${timestamp}:${body}`).digest('hex')
  return { 'content-type': 'application/json', 'x-zm-request-timestamp': timestamp, 'x-zm-signature': `v0=${digest}` }
}

function post(body: string, headers = signedHeaders(body)): Request {
  return new Request(URL_, { method: 'POST', body, headers })
}

function endedEvent(sessionId = 's1') {
  return JSON.stringify({
    event: 'cobrowse.session_ended',
    event_ts: 1743483350000,
    payload: { account_id: 'acc', object: { session_id: sessionId, end_time: '2025-04-01T12:30:00Z' } },
  })
}

function setup(options: Partial<Parameters<typeof createWebhookHandler>[0]> = {}) {
  const events: [WebhookEvent, WebhookEventContext][] = []
  const errors: WebhookHandlerError[] = []
  const handler = createWebhookHandler({
    secretToken: SECRET,
    onEvent: (event, context) => {
      events.push([event, context])
    },
    onError: (error) => errors.push(error),
    ...options,
  })
  return { handler, events, errors }
}

describe('createWebhookHandler', () => {
  it('delivers an authentic event to onEvent, then answers 200', async () => {
    const { handler, events } = setup()
    const body = endedEvent()
    const response = await handler(post(body))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ received: true })
    expect(events).toHaveLength(1)
    const [event, context] = events[0] ?? []
    expect(event).toEqual({ type: 'cobrowse.session_ended', body: JSON.parse(body) })
    expect(context).toMatchObject({ duplicate: false, raw: body })
    expect(context?.deliveryKey).toMatch(/^cobrowse\.session_ended:1743483350000:[0-9a-f]{64}$/)
  })

  it('answers URL validation without calling onEvent', async () => {
    const { handler, events } = setup()
    const body = JSON.stringify({ event: 'endpoint.url_validation', payload: { plainToken: 'abc' }, event_ts: 1 })
    const response = await handler(post(body))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({
      plainToken: 'abc',
      encryptedToken: createHmac('sha256', SECRET).update('abc').digest('hex'),
    })
    expect(events).toHaveLength(0)
  })

  it('drops a duplicate delivery, even when Zoom re-signs it with a new timestamp', async () => {
    const { handler, events } = setup()
    const body = endedEvent()
    const first = post(body)
    const again = new Request(first.url, { method: 'POST', body, headers: first.headers })
    expect((await handler(first)).status).toBe(200)
    const duplicate = await handler(again)
    expect(duplicate.status).toBe(200)
    expect(await duplicate.json()).toEqual({ received: true, duplicate: true })
    expect((await handler(post(body, signedHeaders(body, nowSeconds(-60))))).status).toBe(200)
    expect(events).toHaveLength(1)
    expect((await handler(post(endedEvent('s2')))).status).toBe(200)
    expect(events).toHaveLength(2)
  })

  it('refuses a replay of a captured request once its timestamp is stale', async () => {
    const { handler, events } = setup({ dedupe: false })
    const body = endedEvent()
    const response = await handler(post(body, signedHeaders(body, nowSeconds(-301))))
    expect(response.status).toBe(401)
    expect(await response.json()).toMatchObject({ code: 'timestamp_out_of_range' })
    expect(events).toHaveLength(0)
  })

  it('delivers every authentic request when dedupe is off', async () => {
    const { handler, events } = setup({ dedupe: false })
    const body = endedEvent()
    await handler(post(body))
    await handler(post(body))
    expect(events).toHaveLength(2)
  })

  it('refuses other methods, media types, oversized and unsigned bodies with a 4xx and a reason', async () => {
    const { handler, events } = setup({ maxBodyBytes: 1024 })
    const body = endedEvent()
    const get = await handler(new Request(URL_))
    expect([get.status, get.headers.get('allow'), (await get.json()).code]).toEqual([405, 'POST', 'method_not_allowed'])
    const text = await handler(post(body, { ...signedHeaders(body), 'content-type': 'text/plain' }))
    expect([text.status, (await text.json()).code]).toEqual([415, 'unsupported_content_type'])
    const big = `{"event":"x","pad":"${'a'.repeat(2000)}"}`
    const large = await handler(post(big))
    expect([large.status, (await large.json()).code]).toEqual([413, 'body_too_large'])
    const unsigned = await handler(
      new Request(URL_, { method: 'POST', body, headers: { 'content-type': 'application/json' } }),
    )
    expect(unsigned.status).toBe(401)
    expect(await unsigned.json()).toMatchObject({ code: 'signature_missing', hint: expect.any(String) })
    expect(events).toHaveLength(0)
  })

  it('answers 500 when onEvent fails, reports it, and processes Zoom’s retry', async () => {
    let fail = true
    const { handler, errors } = setup({
      onEvent: async () => {
        if (fail) throw new Error('database down')
      },
    })
    const body = endedEvent()
    const failed = await handler(post(body))
    expect(failed.status).toBe(500)
    expect(await failed.json()).toMatchObject({ code: 'event_handler_failed' })
    expect(errors).toHaveLength(1)
    expect(errors[0]).toMatchObject({
      code: 'event_handler_failed',
      eventName: 'cobrowse.session_ended',
      cause: new Error('database down'),
    })
    fail = false
    const retried = await handler(post(body))
    expect(await retried.json()).toEqual({ received: true })
  })

  it('processes the event anyway when the dedupe store fails, and reports the failure', async () => {
    const broken: WebhookDedupeStore = {
      claim: () => Promise.reject(new Error('redis down')),
      release: () => {
        throw new Error('redis down')
      },
    }
    const { handler, events, errors } = setup({ dedupe: broken })
    expect((await handler(post(endedEvent()))).status).toBe(200)
    expect(events).toHaveLength(1)
    expect(errors.map((error) => error.code)).toEqual(['dedupe_claim_failed'])

    const releaseFails: WebhookDedupeStore = { claim: () => true, release: broken.release }
    const failing = setup({ dedupe: releaseFails, onEvent: () => Promise.reject(new Error('boom')) })
    expect((await failing.handler(post(endedEvent()))).status).toBe(500)
    expect(failing.errors.map((error) => error.code)).toEqual(['dedupe_release_failed', 'event_handler_failed'])
  })

  it('survives an onError that throws', async () => {
    const handler = createWebhookHandler({
      secretToken: SECRET,
      onEvent: () => {
        throw new Error('boom')
      },
      onError: () => {
        throw new Error('logger down')
      },
    })
    expect((await handler(post(endedEvent()))).status).toBe(500)
  })

  it('reports to console.error when no onError is given', async () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const handler = createWebhookHandler({ secretToken: SECRET, onEvent: () => Promise.reject(new Error('boom')) })
    await handler(post(endedEvent()))
    expect(spy).toHaveBeenCalledWith(expect.objectContaining({ code: 'event_handler_failed' }))
    spy.mockRestore()
  })

  it('throws WebhookConfigError at creation for setup mistakes', () => {
    const onEvent = () => {}
    const bad = [
      { secretToken: '', onEvent },
      { secretToken: SECRET, onEvent: undefined as unknown as typeof onEvent },
      { secretToken: SECRET, onEvent, toleranceSeconds: -1 },
      { secretToken: SECRET, onEvent, maxBodyBytes: 0 },
      { secretToken: SECRET, onEvent, dedupeTtlMs: Number.NaN },
    ]
    for (const options of bad) expect(() => createWebhookHandler(options)).toThrow(WebhookConfigError)
  })
})

describe('createWebhookHandler on a real Node listener', () => {
  let server: Server | undefined
  afterEach(async () => {
    server?.close()
    if (server) await once(server, 'close')
    server = undefined
  })

  async function listen(app: RequestListener): Promise<string> {
    server = createServer(app)
    server.listen(0, '127.0.0.1')
    await once(server, 'listening')
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}/zoom/webhooks`
  }

  it('verifies the raw bytes through toNodeHandler, mounted before express.json()', async () => {
    const { handler, events } = setup()
    const app = express()
    app.post('/zoom/webhooks', toNodeHandler(handler))
    app.use(express.json())
    const url = await listen(app)
    // Pretty-printed JSON: a body re-serialised by a JSON parser would no longer match the signature.
    const body = JSON.stringify(JSON.parse(endedEvent()), null, 2)
    const response = await fetch(url, { method: 'POST', body, headers: signedHeaders(body) })
    expect(response.status).toBe(200)
    expect(events).toHaveLength(1)
  })

  it('works behind express.raw() too', async () => {
    const { handler, events } = setup()
    const app = express()
    app.post('/zoom/webhooks', express.raw({ type: 'application/json' }), toNodeHandler(handler))
    const url = await listen(app)
    const body = JSON.stringify(JSON.parse(endedEvent()), null, 2)
    const response = await fetch(url, { method: 'POST', body, headers: signedHeaders(body) })
    expect(response.status).toBe(200)
    expect(events).toHaveLength(1)
  })
})
