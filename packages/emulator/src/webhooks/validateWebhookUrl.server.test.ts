import { createHmac } from 'node:crypto'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { validateWebhookUrl } from './validateWebhookUrl.js'
import { type ReceiverBehaviour, startWebhookTestReceiver, type WebhookTestReceiver } from './webhookTestReceiver.js'

const SECRET = 'validation-secret'
// Long enough for a loaded CI machine to answer; only the hanging receiver waits it out.
const TIMEOUT_MS = 1000
let receiver: WebhookTestReceiver

beforeEach(async () => {
  receiver = await startWebhookTestReceiver(SECRET)
})
afterEach(() => receiver.stop())

const validate = (url = receiver.url, signal = new AbortController().signal) =>
  validateWebhookUrl(url, { secretToken: SECRET, timeoutMs: TIMEOUT_MS, signal })

const echo =
  (reply: (plainToken: string) => unknown): ReceiverBehaviour =>
  (request) => ({ status: 200, body: JSON.stringify(reply(String(request.json?.payload?.plainToken))) })

const hmac = (key: string, text: string) => createHmac('sha256', key).update(text).digest('hex')

describe('validateWebhookUrl', () => {
  it("sends Zoom's signed challenge and accepts the right answer", async () => {
    expect(await validate()).toEqual({ ok: true })
    const [request] = receiver.received
    expect(request?.signatureValid).toBe(true)
    expect(Object.keys(request?.json ?? {})).toEqual(['event', 'payload', 'event_ts'])
    expect(request?.json).toMatchObject({
      event: 'endpoint.url_validation',
      payload: { plainToken: expect.stringMatching(/^[\w-]{16,}$/) },
      event_ts: expect.any(Number),
    })
  })

  it('sends a new plainToken each time', async () => {
    await validate()
    await validate()
    const [first, second] = receiver.received.map((request) => request.json?.payload?.plainToken)
    expect(second).not.toBe(first)
  })

  it.each<[string, ReceiverBehaviour, RegExp]>([
    ['a status other than 200', () => ({ status: 204 }), /answered HTTP 204, expected 200/],
    ['a body that is not JSON', () => ({ status: 200, body: 'ok' }), /not a JSON object/],
    ['a JSON array', () => ({ status: 200, body: '[]' }), /not a JSON object/],
    ['another plainToken', echo(() => ({ plainToken: 'x', encryptedToken: hmac(SECRET, 'x') })), /does not echo/],
    [
      'a token encrypted with another secret',
      echo((plainToken) => ({ plainToken, encryptedToken: hmac('other-secret', plainToken) })),
      /encryptedToken is not the hex HMAC-SHA256/,
    ],
    ['no answer in time', () => 'hang', /no answer within 1000 ms/],
  ])('fails on %s, saying why', async (_, behaviour, reason) => {
    receiver.behave(behaviour)
    expect(await validate()).toEqual({ ok: false, reason: expect.stringMatching(reason) })
  })

  it('fails on a refused connection', async () => {
    const closed = await startWebhookTestReceiver(SECRET)
    await closed.stop()
    expect(await validate(closed.url)).toEqual({ ok: false, reason: expect.stringMatching(/ECONNREFUSED/) })
  })

  it('reports a cancelled validation as cancelled, not as a failure of the receiver', async () => {
    receiver.behave(() => 'hang')
    const abort = new AbortController()
    const result = validate(receiver.url, abort.signal)
    abort.abort()
    expect(await result).toEqual({ ok: false, cancelled: true })
  })
})
