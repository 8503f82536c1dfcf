import { expect, type Page, test } from '@playwright/test'
// From source, like the other e2e support code: the root package does not depend on the emulator by name.
import {
  cardNumberPattern,
  createLeakCheck,
  joinAgent,
  type Leak,
  LeaksFoundError,
  PlaywrightHelperError,
  withEmulator,
} from '../packages/emulator/src/playwright/index.js'
import { startCustomer } from './support/emulatorPages.js'
import { type FixtureSite, serveFixtures } from './support/serveFixtures.js'

// @cobrowse-kit/emulator/playwright on itself: an emulator in this test process (withEmulator), the fixture shop on
// another origin, an agent in Zoom's desk (joinAgent), and the leak check over every frame and the agent's view.
// The second test is the proof that the check can fail: without masking, it must report the typed card number.

const CARD = '4111222233334444'
const OTHER_CARD = '5555 5555 5555 4444'
// No 6 characters of it in a row appear anywhere on the fixture page, so every piece found is a leak of it.
const NOTE = 'quiet-harbor-parcel-77'
const VISIBLE = 'Visible Name 12345'

const emulator = withEmulator(test)
let site: FixtureSite | undefined
test.beforeAll(async () => {
  site = await serveFixtures({ emulator: emulator.url, sdkKey: emulator.sdkKey })
})
test.afterAll(async () => {
  await site?.close()
})
const siteUrl = () => {
  if (!site) throw new Error('the fixture site is not started')
  return site.url
}

/** Starts a session on the fixture page already open in `page`, as `startCustomer` does after its own navigation. */
async function startSession(page: Page): Promise<string> {
  await expect(page.locator('#status')).not.toHaveText('loading')
  await page.locator('#start').click()
  await expect(page.locator('#pin')).toHaveText(/^[A-Z0-9]{1,10}$/)
  return (await page.locator('#pin').textContent()) ?? ''
}

const ends = (leaks: readonly Leak[], tail: string) => leaks.filter((leak) => leak.path?.endsWith(tail))

test('masked fields: nothing leaks, in any frame or in the agent view', async ({ browser }) => {
  const leakCheck = createLeakCheck({ secrets: [CARD, NOTE], patterns: [cardNumberPattern], pieceLength: 6 })
  const customer = await browser.newPage()
  leakCheck.watch(customer, 'customer')
  // The note goes out in the first full snapshot, the card as input events after the join: both paths are checked.
  await customer.goto(`${siteUrl()}/customer.html?mask=custom`)
  await customer.locator('#note').fill(NOTE)
  const pin = await startSession(customer)
  const agent = await joinAgent(browser, { emulator, pin, leakCheck })
  await expect(agent.view.getByText('Welcome to the fixture shop')).toBeVisible()

  await customer.locator('#card').pressSequentially(CARD)
  await customer.locator('#name').fill(VISIBLE)
  await expect(agent.view.locator('#card')).toHaveValue('*'.repeat(CARD.length))
  await expect(agent.view.locator('#name')).toHaveValue(VISIBLE)

  await leakCheck.expectNoLeaks()
  // The unmasked field travelled in the frames the check scanned, so the masked ones had every chance to.
  expect(leakCheck.frames.some((frame) => frame.payload.includes(VISIBLE))).toBe(true)
  expect(new Set(leakCheck.frames.map((frame) => `${frame.page} ${frame.direction}`))).toEqual(
    new Set(['customer sent', 'customer received', 'agent sent', 'agent received']),
  )
  await Promise.all([customer.close(), agent.page.close()])
})

test('without masking, the check reports the card: direction, event kind, node path and the agent view', async ({
  browser,
}) => {
  const leakCheck = createLeakCheck({ secrets: [CARD, NOTE], pieceLength: 6 })
  const customer = await browser.newPage()
  leakCheck.watch(customer, 'customer')
  // The note is typed before the session starts, so it travels in the first full snapshot; the card after the join,
  // as input events.
  await customer.goto(`${siteUrl()}/customer.html?mask=none`)
  await customer.locator('#note').fill(NOTE)
  const pin = await startSession(customer)
  const agent = await joinAgent(browser, { emulator, pin, leakCheck })
  await customer.locator('#card').pressSequentially(CARD)
  await expect(agent.view.locator('#card')).toHaveValue(CARD)

  const error = await leakCheck.expectNoLeaks().catch((caught: unknown) => caught)
  expect(error).toBeInstanceOf(LeaksFoundError)
  const { leaks, message } = error as LeaksFoundError
  await test.info().attach('leak report', { body: message, contentType: 'text/plain' })

  const card = leaks.filter((leak) => leak.match.by === 'secret' && leak.match.of === CARD)
  const input = (page: string, direction: string) =>
    ends(card, 'input#card').filter(
      (leak) => leak.where === 'frame' && leak.page === page && leak.direction === direction && leak.kind === 'input',
    )
  expect(input('customer', 'sent')).not.toHaveLength(0)
  expect(input('agent', 'received')).not.toHaveLength(0)
  expect(input('customer', 'sent')[0]).toMatchObject({ messageType: 'rrweb', jsonPath: '$.event.data.text' })
  expect(ends(card, 'input#card').filter((leak) => leak.where === 'agent-view')).toEqual([
    expect.objectContaining({ page: 'agent', field: 'value' }),
  ])
  // Pieces of the card show up while it is being typed, before the whole of it.
  expect(leaks.some((leak) => leak.match.by === 'piece' && leak.where === 'frame' && leak.kind === 'input')).toBe(true)

  const note = ends(
    leaks.filter((leak) => leak.match.by === 'secret' && leak.match.of === NOTE),
    'textarea#note',
  )
  expect(note.filter((leak) => leak.where === 'frame' && leak.kind === 'full-snapshot')).toContainEqual(
    expect.objectContaining({ page: 'agent', direction: 'received', attribute: 'value' }),
  )

  expect(message).toContain(`secret "${CARD}"`)
  expect(message).toMatch(/sent by customer \(ws:[^)]+\): rrweb input event at html > body > .*input#card/)
  expect(message).toMatch(/received by agent \(ws:[^)]+\): rrweb full snapshot at html > body > .*textarea#note/)
  expect(message).toMatch(/in the agent view of agent: value of html > body > .*input#card \(frame .*iframe\)/)
  await Promise.all([customer.close(), agent.page.close()])
})

test('a card-number pattern finds a card nobody listed', async ({ browser }) => {
  const leakCheck = createLeakCheck({ patterns: [cardNumberPattern] })
  const customer = await browser.newPage()
  leakCheck.watch(customer, 'customer')
  const pin = await startCustomer(customer, siteUrl(), 'mask=none')
  const agent = await joinAgent(browser, { emulator, pin, leakCheck })
  await customer.locator('#card').pressSequentially(OTHER_CARD)
  await expect(agent.view.locator('#card')).toHaveValue(OTHER_CARD)

  const found = (await leakCheck.findLeaks()).filter((leak) => leak.match.found === OTHER_CARD)
  expect(found.every((leak) => leak.match.by === 'pattern' && leak.match.of === 'card number')).toBe(true)
  expect(ends(found, 'input#card').map((leak) => (leak.where === 'frame' ? leak.kind : leak.field))).toEqual(
    expect.arrayContaining(['input', 'value']),
  )
  await Promise.all([customer.close(), agent.page.close()])
})

test('joinAgent says why a join failed: an unknown PIN, a token signed with the wrong secret', async ({ browser }) => {
  const unknownPin = await joinAgent(browser, { emulator, pin: '000000' }).catch((caught: unknown) => caught)
  expect(unknownPin).toBeInstanceOf(PlaywrightHelperError)
  expect(unknownPin).toMatchObject({ code: 'join_refused' })
  expect((unknownPin as Error).message).toContain('Cobrowse code not found (30308)')

  const wrongSecret = { url: emulator.url, sdkKey: emulator.sdkKey, sdkSecret: 'not-the-secret' }
  const refused = await joinAgent(browser, { emulator: wrongSecret, pin: '000000' }).catch((caught: unknown) => caught)
  expect(refused).toMatchObject({ code: 'desk_refused_token' })
  expect((refused as PlaywrightHelperError).hint).toContain('sdkKey and sdkSecret')
})
