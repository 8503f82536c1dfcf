import {
  type CobrowseRestClient,
  createCobrowseRestClient,
  type WebhookEvent,
  ZoomApiError,
} from '@cobrowse-kit/server'
import { expect, test } from '@playwright/test'
import { joinDesk } from './support/emulatorPages.js'
import { type HostBackend, startHostBackend } from './support/hostBackend.js'
import { type FixtureSite, serveFixtures } from './support/serveFixtures.js'
import { type SpawnedEmulator, spawnEmulator } from './support/spawnEmulator.js'

// @cobrowse-kit/server end to end: a host backend built on it mints the tokens of a real browser session on the
// emulator, receives the emulator's four signed cobrowse webhooks (verified and typed), and its REST client sees the
// session live and then past.

const SDK_KEY = 'e2e-server-sdk-key'
const SDK_SECRET = 'e2e-server-sdk-secret'
const API_KEY = 'e2e-server-api-key'
const API_SECRET = 'e2e-server-api-secret'
const WEBHOOK_SECRET = 'e2e-server-webhook-secret'
const AGENT_SESSION = 'signed-in-agent-7'

let backend: HostBackend
let emulator: SpawnedEmulator
let site: FixtureSite
let rest: CobrowseRestClient

test.beforeAll(async () => {
  backend = await startHostBackend({
    sdkKey: SDK_KEY,
    sdkSecret: SDK_SECRET,
    webhookSecret: WEBHOOK_SECRET,
    agentSession: AGENT_SESSION,
  })
  emulator = await spawnEmulator([
    ...['--sdk-key', SDK_KEY, '--sdk-secret', SDK_SECRET, '--api-key', API_KEY, '--api-secret', API_SECRET],
    ...['--webhook-url', backend.webhookUrl, '--webhook-secret', WEBHOOK_SECRET],
  ])
  site = await serveFixtures({ emulator: emulator.url, sdkKey: SDK_KEY })
  backend.allowedOrigins.add(site.url)
  rest = createCobrowseRestClient({ apiKey: API_KEY, apiSecret: API_SECRET }, { baseUrl: `${emulator.url}/v2` })
})

test.afterAll(async () => {
  await site?.close()
  await emulator?.stop()
  await backend?.close()
})

/** The cobrowse events received so far for one session, as `type role` lines, in arrival order. */
function timeline(sessionId: string): string[] {
  return backend.events.flatMap((event: WebhookEvent) => {
    if (event.type === 'unknown' || !event.type.startsWith('cobrowse.')) return []
    const object = event.body.payload.object as { session_id: string; role_type?: string }
    return object.session_id === sessionId ? [`${event.type} ${object.role_type ?? '-'}`] : []
  })
}

test('a session minted by the kit’s token handler produces 4 verified webhooks and shows in live, then past', async ({
  browser,
}) => {
  const customer = await browser.newPage()
  await customer.goto(`${site.url}/customer.html?tokenUrl=${encodeURIComponent(backend.tokenUrl)}&user=Robin`)
  await customer.locator('#start').click()
  await expect(customer.locator('#pin')).toHaveText(/^\d{6}$/)
  const pin = (await customer.locator('#pin').textContent()) ?? ''

  // Live through the REST client, found by its PIN.
  const live = await rest.listLiveSessions({ session_pin: pin })
  expect(live.sessions).toHaveLength(1)
  const sessionId = live.sessions[0]?.session_id ?? ''
  await expect
    .poll(() => timeline(sessionId))
    .toEqual(['cobrowse.session_started customer', 'cobrowse.session_user_joined customer'])

  // An agent token only for the signed-in agent; an anonymous caller is refused.
  const anonymous = await fetch(backend.tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 2, userName: 'Mallory' }),
  })
  expect(anonymous.status).toBe(403)
  const agent = await browser.newPage()
  await joinDesk(agent, emulator.url, pin, 'agent-e2e', {
    tokenUrl: backend.tokenUrl,
    authorization: `Bearer ${AGENT_SESSION}`,
  })
  await expect(agent.getByRole('status')).toContainText('Connected')
  await expect.poll(() => timeline(sessionId).length).toBe(3)
  const users = []
  for await (const user of rest.sessionUsers(sessionId)) users.push(`${user.role_type} ${user.user_name}`)
  expect(users).toEqual(['customer Robin', 'agent Agent agent-e2e'])

  await customer.locator('#end').click()
  await expect
    .poll(() => timeline(sessionId))
    .toEqual([
      'cobrowse.session_started customer',
      'cobrowse.session_user_joined customer',
      'cobrowse.session_user_joined agent',
      'cobrowse.session_user_left customer',
      'cobrowse.session_user_left agent',
      'cobrowse.session_ended customer',
    ])
  const ended = backend.events.find((event) => event.type === 'cobrowse.session_ended')
  // Narrowed by `type`: the body is the typed cobrowse.session_ended event.
  expect(ended?.type === 'cobrowse.session_ended' && ended.body.payload.object.session_pin).toBe(pin)

  // Past now, and no longer live.
  const past = await rest.getSession(sessionId, { sessionType: 'past' })
  expect(past).toMatchObject({ session_id: sessionId, session_pin: pin, user_count: 2 })
  expect(past.duration).toMatch(/^\d{2}:\d{2}:\d{2}$/)
  const error = await rest.getSession(sessionId).catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(ZoomApiError)
  expect(error).toMatchObject({ status: 404, code: 30300 })
  await Promise.all([customer.close(), agent.close()])
})
