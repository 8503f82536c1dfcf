// The REST client against the emulator's REST API (a real server on loopback, real sessions over its socket): the
// unit tests script Zoom's answers by hand; these check that the client and the emulator agree on Zoom's contract.
import { type RunningEmulator, startEmulator } from '@cobrowse-kit/emulator'
import { type CustomerClient, openCustomer, startMessage } from '@cobrowse-kit/emulator/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CobrowseRestError } from './CobrowseRestError.js'
import { createCobrowseRestClient } from './createCobrowseRestClient.js'
import { ZoomApiError } from './ZoomApiError.js'

const API = { apiKey: 'rest-emulator-api-key', apiSecret: 'rest-emulator-api-secret' }
const SESSIONS = 65

let emulator: RunningEmulator
let customers: CustomerClient[] = []
let clockSkewMs = 0

async function startSessions(count: number): Promise<string[]> {
  const ids: string[] = []
  for (let index = 0; index < count; index++) {
    const customer = await openCustomer(emulator.url)
    customer.send(startMessage({ sdkKey: emulator.sdkKey, sdkSecret: emulator.sdkSecret }))
    ids.push((await customer.next('started')).sessionId)
    customers.push(customer)
  }
  return ids
}

beforeAll(async () => {
  emulator = await startEmulator({
    port: 0,
    ...API,
    // Light endpoints: 1 request a second, so any two quick requests meet the limit whatever the window boundaries;
    // the clock is real time plus a skew the page-token test moves forward.
    rest: { rateLimit: { lightPerSecond: 1 }, now: () => Date.now() + clockSkewMs },
  })
  await startSessions(SESSIONS)
})

afterAll(async () => {
  for (const customer of customers) customer.close()
  customers = []
  await emulator.close()
})

const client = (options: Parameters<typeof createCobrowseRestClient>[1] = {}) =>
  createCobrowseRestClient(API, { baseUrl: `${emulator.url}/v2`, ...options })

describe('the REST client on the emulator', () => {
  it('walks every live session across 3 pages of 30 with the iterator, retrying the 429s on the way', async () => {
    // Four calls at once against a budget of one a second: some are refused with 429 (no retries on this client).
    const impatient = client({ retry: { maxRetries: 0 } })
    const burst = await Promise.allSettled([1, 2, 3, 4].map(() => impatient.listLiveSessions()))
    const refused = burst.flatMap((result) => (result.status === 'rejected' ? [result.reason] : []))
    expect(refused.length).toBeGreaterThan(0)
    expect(refused[0]).toBeInstanceOf(ZoomApiError)
    expect(refused[0]).toMatchObject({ status: 429, code: 429 })

    // Three pages fetched back to back cannot all fit in separate seconds: the walk must wait out a Retry-After.
    const statuses: number[] = []
    const patient = client({
      retry: { maxRetries: 10, baseDelayMs: 50, maxDelayMs: 2000 },
      fetch: async (input, init) => {
        const response = await fetch(input, init)
        statuses.push(response.status)
        return response
      },
    })
    const seen = new Set<string>()
    for await (const session of patient.liveSessions({ page_size: 30 })) seen.add(session.session_id)
    expect(seen.size).toBe(SESSIONS)
    expect(statuses.filter((status) => status === 200)).toHaveLength(3)
    expect(statuses).toContain(429)
  })

  it('types an unknown session as 30300 and an expired page token as 30101', async () => {
    const rest = client({ retry: { maxRetries: 5, baseDelayMs: 50, maxDelayMs: 2000 } })
    const missing = await rest.getSession('no-such-session').catch((error: unknown) => error)
    expect(missing).toBeInstanceOf(ZoomApiError)
    expect(missing).toMatchObject({ status: 404, code: 30300 })

    const first = await rest.listLiveSessions({ page_size: 30 })
    expect(first.next_page_token).not.toBe('')
    clockSkewMs += 16 * 60 * 1000
    const expired = await rest
      .listLiveSessions({ page_size: 30, next_page_token: first.next_page_token ?? '' })
      .catch((error: unknown) => error)
    expect(expired).toBeInstanceOf(ZoomApiError)
    expect(expired).toMatchObject({ status: 400, code: 30101 })
  })

  it('reports wrong API credentials as 401 with a hint about the key and secret', async () => {
    const wrong = createCobrowseRestClient(
      { apiKey: API.apiKey, apiSecret: 'not-the-api-secret' },
      { baseUrl: `${emulator.url}/v2`, retry: { maxRetries: 5, baseDelayMs: 50, maxDelayMs: 2000 } },
    )
    const error = await wrong.listLiveSessions().catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ZoomApiError)
    expect(error).toMatchObject({ status: 401, hint: expect.stringMatching(/secret/i) })
  })

  it('refuses a page size outside 30–300 before any request', async () => {
    const error = await client()
      .listLiveSessions({ page_size: 10 })
      .catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(CobrowseRestError)
    expect(error).toMatchObject({ code: 'invalid_parameter' })
  })
})
