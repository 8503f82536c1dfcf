import { expect, type Page, test } from '@playwright/test'
// From source, like the other e2e support code: the root package does not depend on the emulator by name.
import { DEV_SDK_KEY, DEV_SDK_SECRET } from '../packages/emulator/src/index.js'
import {
  attachEmulator,
  cardNumberPattern,
  createLeakCheck,
  type EmulatorTarget,
  type JoinedAgent,
  joinAgent,
  type LeakCheck,
} from '../packages/emulator/src/playwright/index.js'

// The project's own demo pages (the playground behind `npm start`, the webServer of playwright.config.ts) checked
// with @cobrowse-kit/emulator/playwright: the playground mounts the emulator on its own origin with the dev
// credentials, so the helper attaches to it and joins as an agent in Zoom's desk there.

const CARD = '4111222233334444'
const NAME = 'Ada Lovelace 1815'

async function playgroundEmulator(baseURL: string | undefined): Promise<EmulatorTarget> {
  if (!baseURL) throw new Error('playwright.config.ts sets no baseURL: these tests need the playground server')
  return attachEmulator({ url: baseURL, sdkKey: DEV_SDK_KEY, sdkSecret: DEV_SDK_SECRET })
}

/**
 * Types half the card before the agent joins (so it travels in the snapshot the agent gets) and half after (as input
 * events), and a name into the unmasked field; waits until the agent's view shows both, so every frame is in.
 */
async function typeAroundJoin(
  customer: Page,
  labels: { card: string; name: string },
  join: () => Promise<JoinedAgent>,
) {
  const card = customer.getByLabel(labels.card)
  await card.pressSequentially(CARD.slice(0, 8))
  const agent = await join()
  await card.pressSequentially(CARD.slice(8))
  await customer.getByLabel(labels.name).fill(NAME)
  await expect(card).toHaveValue(CARD)
  await expect(agent.view.locator('input[name="card"]')).toHaveValue('*'.repeat(CARD.length))
  await expect(agent.view.locator('input[name="name"]')).toHaveValue(NAME)
  return agent
}

/** The unmasked name travelled in the frames the check scanned, so the masked card had every chance to. */
function expectFramesCarry(leakCheck: LeakCheck, value: string) {
  expect(leakCheck.frames.some((frame) => frame.page === 'customer' && frame.payload.includes(value))).toBe(true)
  expect(leakCheck.frames.some((frame) => frame.page === 'agent' && frame.payload.includes(value))).toBe(true)
}

test('the React customer page keeps the card number from the agent', async ({ browser, baseURL }) => {
  const emulator = await playgroundEmulator(baseURL)
  const leakCheck = createLeakCheck({ secrets: [CARD], patterns: [cardNumberPattern], pieceLength: 6 })
  const customer = await browser.newPage()
  leakCheck.watch(customer, 'customer')
  await customer.goto('/customer.html')
  const help = customer.getByRole('region', { name: 'Help' })
  await help.getByRole('button', { name: 'Get help' }).click()
  const grouped = help.locator('strong')
  await expect(grouped).toHaveText(/^\d{3} \d{3}$/)
  const pin = (await grouped.textContent()) ?? ''

  const labels = { card: 'Card number (masked for agents)', name: 'Name on card' }
  const agent = await typeAroundJoin(customer, labels, () => joinAgent(browser, { emulator, pin, leakCheck }))

  await leakCheck.expectNoLeaks()
  expectFramesCarry(leakCheck, NAME)
  await Promise.all([customer.close(), agent.page.close()])
})

test('the script-tag page keeps the card number from the agent', async ({ browser, baseURL }) => {
  const emulator = await playgroundEmulator(baseURL)
  const leakCheck = createLeakCheck({ secrets: [CARD], patterns: [cardNumberPattern], pieceLength: 6 })
  const customer = await browser.newPage()
  leakCheck.watch(customer, 'customer')
  await customer.goto('/embed.html')
  await customer.getByRole('button', { name: 'Get help' }).click()
  const pinText = customer.locator('[data-cobrowse-kit] .cbk-cobrowse').getByText(/^\d{3} \d{3}$/)
  await expect(pinText).toBeVisible()
  const pin = (await pinText.textContent()) ?? ''

  const labels = { card: 'Card number (masked)', name: 'Name' }
  const agent = await typeAroundJoin(customer, labels, () => joinAgent(browser, { emulator, pin, leakCheck }))

  await leakCheck.expectNoLeaks()
  expectFramesCarry(leakCheck, NAME)
  await customer.evaluate('window.CobrowseKit.end()')
  await Promise.all([customer.close(), agent.page.close()])
})
