import { setTimeout as sleep } from 'node:timers/promises'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createWebhookSender, type EmulatorWebhookOptions, type WebhookSender } from './createWebhookSender.js'
import {
  createTestSessions,
  runTestSession,
  TEST_SESSION_EVENTS,
  type TestSessions,
  testSenderOptions,
} from './testSessions.js'
import { correctAnswer, startWebhookTestReceiver, type WebhookTestReceiver } from './webhookTestReceiver.js'

const SECRET = 'sender-secret'
const LIFECYCLE = TEST_SESSION_EVENTS

let receiver: WebhookTestReceiver
let lines: string[]
let sender: WebhookSender | undefined
let sessions: TestSessions | undefined

beforeEach(async () => {
  receiver = await startWebhookTestReceiver(SECRET)
  lines = []
})
afterEach(async () => {
  await sender?.close()
  sessions?.registry.close()
  await receiver.stop()
  sender = undefined
  sessions = undefined
})

function startSender(overrides: Partial<EmulatorWebhookOptions> = {}): WebhookSender {
  sender = createWebhookSender(testSenderOptions(receiver.url, SECRET, lines, overrides))
  sessions = createTestSessions(sender.listener)
  return sender
}

function runSession(): void {
  if (!sessions) throw new Error('start the sender first')
  runTestSession(sessions)
}

const eventNames = () => receiver.events().map((request) => request.event)
const validations = () => receiver.received.filter((request) => request.event === 'endpoint.url_validation')
const recordOf = (event: string) => sender?.deliveries().find((record) => record.event === event)

describe('createWebhookSender delivery', () => {
  it('validates the URL once, then delivers every event signed and in lifecycle order', async () => {
    startSender()
    runSession()
    runSession()
    await sender?.idle()

    expect(receiver.received[0]?.event).toBe('endpoint.url_validation')
    expect(validations()).toHaveLength(1)
    expect(eventNames()).toEqual([...LIFECYCLE, ...LIFECYCLE])
    for (const request of receiver.received) {
      expect(request.signatureValid).toBe(true)
      expect(request.headers).toMatchObject({
        'content-type': 'application/json; charset=utf-8',
        'user-agent': 'Zoom Marketplace/1.0a',
        'x-zm-request-timestamp': expect.stringMatching(/^\d{10}$/),
      })
    }
    const trackingIds = new Set(receiver.received.map((request) => request.headers['x-zm-trackingid']))
    expect(trackingIds.size).toBe(receiver.received.length)
    expect(receiver.events()[0]?.json?.payload?.account_id).toBe('EmulatorDevAccount0001')
    const records = sender?.deliveries() ?? []
    expect(records.map((record) => record.body)).toEqual(receiver.events().map((request) => request.body))
    expect(records.every((r) => r.outcome === 'delivered' && r.attempts === 1 && r.status === 200)).toBe(true)
  })

  it('sends to every URL, each validated on its own, and takes 204 as delivered', async () => {
    const second = await startWebhookTestReceiver(SECRET)
    const answer = correctAnswer(SECRET)
    second.behave((request, attempt) =>
      request.event.startsWith('cobrowse.') ? { status: 204 } : answer(request, attempt),
    )
    try {
      startSender({ urls: [receiver.url, second.url], accountId: 'acct-42' })
      runSession()
      await sender?.idle()
      expect(eventNames()).toEqual(LIFECYCLE)
      expect(second.events().map((request) => request.event)).toEqual(LIFECYCLE)
      expect(second.received[0]?.event).toBe('endpoint.url_validation')
      expect(second.events()[0]?.json?.payload?.account_id).toBe('acct-42')
      const toSecond = sender?.deliveries().filter((record) => record.url === second.url) ?? []
      expect(toSecond.map((record) => [record.outcome, record.status])).toEqual(LIFECYCLE.map(() => ['delivered', 204]))
    } finally {
      await second.stop()
    }
  })

  it('waits for each answer before sending the next event, so a slow receiver sees them in order', async () => {
    let inFlight = 0
    let mostAtOnce = 0
    receiver.behave(async (request, attempt) => {
      inFlight++
      mostAtOnce = Math.max(mostAtOnce, inFlight)
      // A slow receiver: the sender must not send anything else meanwhile.
      await sleep(15)
      inFlight--
      return correctAnswer(SECRET)(request, attempt)
    })
    startSender()
    runSession()
    await sender?.idle()
    expect(mostAtOnce).toBe(1)
    expect(eventNames()).toEqual(LIFECYCLE)
  })

  it('skips the handshake when URL validation is off', async () => {
    startSender({ validateUrls: false })
    runSession()
    await sender?.idle()
    expect(validations()).toEqual([])
    expect(eventNames()).toEqual(LIFECYCLE)
  })
})

describe('createWebhookSender retries', () => {
  const failFirstStart = (status: number | 'hang') =>
    receiver.behave((request, attempt) => {
      if (request.event === 'cobrowse.session_started' && attempt === 1) return status === 'hang' ? 'hang' : { status }
      return correctAnswer(SECRET)(request, attempt)
    })

  it('retries a delivery answered 500, with the same body signed anew', async () => {
    failFirstStart(500)
    startSender()
    runSession()
    await sender?.idle()
    const starts = receiver.events().filter((request) => request.event === 'cobrowse.session_started')
    expect(starts).toHaveLength(2)
    expect(starts[1]?.body).toBe(starts[0]?.body)
    expect(starts.every((request) => request.signatureValid)).toBe(true)
    expect(starts[1]?.headers['x-zm-trackingid']).not.toBe(starts[0]?.headers['x-zm-trackingid'])
    expect(recordOf('cobrowse.session_started')).toMatchObject({ outcome: 'delivered', attempts: 2, status: 200 })
    expect(recordOf('cobrowse.session_started')).not.toHaveProperty('error')
    expect(lines).toContainEqual(expect.stringMatching(/session_started .* failed \(HTTP 500\); retry 1 of 2 in 10 ms/))
  })

  it('retries a delivery the receiver did not answer in time', async () => {
    failFirstStart('hang')
    startSender({ timeoutMs: 1000 })
    runSession()
    await sender?.idle()
    expect(recordOf('cobrowse.session_started')).toMatchObject({ outcome: 'delivered', attempts: 2 })
    expect(lines).toContainEqual(expect.stringMatching(/failed \(no answer within 1000 ms\); retry 1 of 2/))
  })

  it('gives up after the last retry and goes on with the other events', async () => {
    receiver.behave((request, attempt) =>
      request.event === 'cobrowse.session_started' ? { status: 503 } : correctAnswer(SECRET)(request, attempt),
    )
    startSender()
    runSession()
    await sender?.idle()
    expect(recordOf('cobrowse.session_started')).toMatchObject({
      outcome: 'failed',
      attempts: 3,
      status: 503,
      error: 'HTTP 503',
    })
    expect(lines).toContainEqual(expect.stringMatching(/gave up after 3 attempt\(s\)/))
    expect(sender?.deliveries().filter((record) => record.outcome === 'delivered')).toHaveLength(5)
  })

  it('retries after a network error', async () => {
    const gone = await startWebhookTestReceiver(SECRET)
    await gone.stop()
    startSender({ urls: [gone.url], validateUrls: false, retryDelaysMs: [5] })
    sessions?.start()
    await sender?.idle()
    expect(sender?.deliveries()[0]).toMatchObject({
      outcome: 'failed',
      attempts: 2,
      error: 'network error ECONNREFUSED',
    })
  })

  it('by default lets later events go on while a failed one waits for its retry', async () => {
    failFirstStart(500)
    startSender({ retryDelaysMs: [60_000] })
    runSession()
    await vi.waitFor(() => expect(eventNames()).toEqual(LIFECYCLE), { timeout: 5000 })
    expect(recordOf('cobrowse.session_started')).toMatchObject({ outcome: 'pending', attempts: 1 })
  })

  it('in strict order holds later events until the failed one is delivered', async () => {
    failFirstStart(500)
    startSender({ strictOrder: true })
    runSession()
    await sender?.idle()
    expect(eventNames()).toEqual([LIFECYCLE[0], ...LIFECYCLE])
  })
})
