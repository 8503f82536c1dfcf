import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { WEBHOOK_FIDELITY } from '../config/webhookFidelity.js'
import { createWebhookSender, type EmulatorWebhookOptions, type WebhookSender } from './createWebhookSender.js'
import {
  createTestSessions,
  runTestSession,
  TEST_SESSION_EVENTS,
  type TestSessions,
  testSenderOptions,
} from './testSessions.js'
import { correctAnswer, startWebhookTestReceiver, type WebhookTestReceiver } from './webhookTestReceiver.js'

const SECRET = 'lifecycle-secret'

let receiver: WebhookTestReceiver
let lines: string[]
let sender: WebhookSender
let sessions: TestSessions

beforeEach(async () => {
  receiver = await startWebhookTestReceiver(SECRET)
  lines = []
})
afterEach(async () => {
  vi.useRealTimers()
  await sender.close()
  sessions.registry.close()
  await receiver.stop()
})

function startSender(overrides: Partial<EmulatorWebhookOptions> = {}): void {
  sender = createWebhookSender(testSenderOptions(receiver.url, SECRET, lines, overrides))
  sessions = createTestSessions(sender.listener)
}

const validations = () => receiver.received.filter((request) => request.event === 'endpoint.url_validation')
const wrongToken = () =>
  receiver.behave((request) =>
    request.event === 'endpoint.url_validation'
      ? { status: 200, body: JSON.stringify({ plainToken: request.json?.payload?.plainToken, encryptedToken: 'f00' }) }
      : { status: 200 },
  )

describe('URL validation', () => {
  it('delivers nothing to a URL that fails validation, says why, and tries again with each event', async () => {
    wrongToken()
    startSender()
    runTestSession(sessions)
    await sender.idle()

    expect(receiver.events()).toEqual([])
    expect(validations()).toHaveLength(TEST_SESSION_EVENTS.length)
    expect(sender.deliveries().map((record) => record.outcome)).toEqual(TEST_SESSION_EVENTS.map(() => 'not-validated'))
    expect(lines).toContainEqual(
      expect.stringMatching(/validation of http:\/\/127\.0\.0\.1:\d+\/webhooks\/zoom failed: encryptedToken .*dropped/),
    )
  })

  it('delivers again once the receiver answers the challenge correctly', async () => {
    wrongToken()
    startSender()
    sessions.start()
    await sender.idle()
    receiver.behave(correctAnswer(SECRET))
    runTestSession(sessions)
    await sender.idle()
    expect(receiver.events().map((request) => request.event)).toEqual(TEST_SESSION_EVENTS)
  })

  it('validates again after 72 hours', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    startSender()
    sessions.start()
    await sender.idle()
    vi.setSystemTime(Date.now() + WEBHOOK_FIDELITY.revalidateAfterMs - 1)
    sessions.start()
    await sender.idle()
    expect(validations()).toHaveLength(1)
    vi.setSystemTime(Date.now() + 1)
    sessions.start()
    await sender.idle()
    expect(validations()).toHaveLength(2)
    expect(receiver.events()).toHaveLength(6)
  })
})

describe('idle and close', () => {
  it('idle() resolves at once when nothing is pending, and after the last retry otherwise', async () => {
    startSender()
    await sender.idle()
    receiver.behave((request, attempt) =>
      request.event.startsWith('cobrowse.') && attempt < 3 ? { status: 500 } : correctAnswer(SECRET)(request, attempt),
    )
    sessions.start()
    await sender.idle()
    expect(sender.deliveries().map((record) => [record.outcome, record.attempts])).toEqual([
      ['delivered', 3],
      ['delivered', 3],
    ])
  })

  it('close() cancels a retry that is waiting, and ignores later events', async () => {
    receiver.behave((request, attempt) =>
      request.event === 'endpoint.url_validation' ? correctAnswer(SECRET)(request, attempt) : { status: 500 },
    )
    startSender({ retryDelaysMs: [60_000] })
    sessions.start()
    await vi.waitFor(() => expect(receiver.events()).toHaveLength(2), { timeout: 5000 })
    await sender.close()
    runTestSession(sessions)
    expect(sender.deliveries().map((record) => record.outcome)).toEqual(['cancelled', 'cancelled'])
    await sender.idle()
    expect(receiver.events()).toHaveLength(2)
  })

  it('close() aborts a request in flight', async () => {
    receiver.behave(() => 'hang')
    startSender({ validateUrls: false, timeoutMs: 60_000 })
    sessions.start()
    await vi.waitFor(() => expect(receiver.received).toHaveLength(1), { timeout: 5000 })
    await sender.close()
    expect(sender.deliveries().map((record) => record.outcome)).toEqual(['cancelled', 'cancelled'])
    expect(receiver.received).toHaveLength(1)
  })

  it('never lets a webhook problem reach the session code, even with a throwing log', async () => {
    wrongToken()
    sender = createWebhookSender({
      urls: [receiver.url],
      secretToken: SECRET,
      log: () => {
        throw new Error('log is broken')
      },
    })
    sessions = createTestSessions(sender.listener)
    expect(() => runTestSession(sessions)).not.toThrow()
    await sender.idle()
    expect(sender.deliveries().every((record) => record.outcome === 'not-validated')).toBe(true)
  })
})
