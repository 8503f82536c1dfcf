import { expect, type Page, test } from '@playwright/test'
import { captureFrames, joinDesk, mirrored, startCustomer } from './support/emulatorPages.js'
import { withEmulatorSite } from './support/emulatorSite.js'

// Masking happens in the customer's page: a masked value must appear in no WebSocket frame, in either direction, on
// either side. Every frame is checked, for the whole value and for each 6-character piece of it.

const env = withEmulatorSite()

const SECRETS = {
  card: '4111222233334444',
  note: 'my-secret-delivery-note',
  memo: 'private-memo-words',
  code: 'qz-code-9876-xyz',
  planValue: 'gold-plan-secret',
  planLabel: 'Gold plan secret',
  otherPlan: 'basic-plan-secret',
}
const VISIBLE = 'Visible Name 12345'

function pieces(secret: string): string[] {
  const out = new Set([secret])
  for (let i = 0; i + 6 <= secret.length; i++) out.add(secret.slice(i, i + 6))
  return [...out]
}

function leaks(frames: string[], secrets: string[]): string[] {
  return secrets.flatMap((secret) =>
    pieces(secret).flatMap((piece) => (frames.some((frame) => frame.includes(piece)) ? [piece] : [])),
  )
}

async function typeEverything(customer: Page) {
  await customer.locator('#name').fill(VISIBLE)
  await customer.locator('#card').pressSequentially(SECRETS.card)
  await customer.locator('#note').pressSequentially(SECRETS.note)
  await customer.locator('#plan').selectOption(SECRETS.planValue)
  await customer.locator('#memo').click()
  await customer.keyboard.type(` ${SECRETS.memo}`)
  await customer.locator('#code').pressSequentially(SECRETS.code)
}

test('custom_input: values of masked input, textarea, select, contenteditable and attribute-matched field never hit the wire', async ({
  browser,
}) => {
  const customer = await browser.newPage()
  const customerFrames = captureFrames(customer)
  const pin = await startCustomer(customer, env.site.url, 'mask=custom')
  const agent = await browser.newPage()
  const agentFrames = captureFrames(agent)
  await joinDesk(agent, env.emulator.url, pin)
  await expect(mirrored(agent).getByText('Welcome to the fixture shop')).toBeVisible()

  await typeEverything(customer)
  // The unmasked field reaches the agent, so the masked ones had every chance to.
  await expect(mirrored(agent).locator('#name')).toHaveValue(VISIBLE)
  await expect(mirrored(agent).locator('#card')).toHaveValue('*'.repeat(SECRETS.card.length))

  // A late agent gets the buffered events, including a full snapshot taken after the typing.
  const late = await browser.newPage()
  const lateFrames = captureFrames(late)
  await joinDesk(late, env.emulator.url, pin, 'late-agent')
  await expect(mirrored(late).locator('#name')).toHaveValue(VISIBLE)

  const all = [...customerFrames, ...agentFrames, ...lateFrames]
  expect(all.length).toBeGreaterThan(10)
  expect(all.some((frame) => frame.includes(VISIBLE))).toBe(true)
  expect(leaks(all, Object.values(SECRETS))).toEqual([])
  await Promise.all([customer.close(), agent.close(), late.close()])
})

test('all_input: every field is masked, even without a selector', async ({ browser }) => {
  const customer = await browser.newPage()
  const frames = captureFrames(customer)
  const pin = await startCustomer(customer, env.site.url, 'mask=all')
  const agent = await browser.newPage()
  await joinDesk(agent, env.emulator.url, pin)
  await expect(mirrored(agent).getByText('Welcome to the fixture shop')).toBeVisible()
  await typeEverything(customer)
  await expect(mirrored(agent).locator('#name')).toHaveValue('*'.repeat(VISIBLE.length))
  expect(leaks(frames, [VISIBLE, SECRETS.card, SECRETS.note, SECRETS.memo, SECRETS.code])).toEqual([])
  await Promise.all([customer.close(), agent.close()])
})

test('without masking the same values do travel (the check above can fail)', async ({ browser }) => {
  const customer = await browser.newPage()
  const frames = captureFrames(customer)
  const pin = await startCustomer(customer, env.site.url, 'mask=none')
  const agent = await browser.newPage()
  await joinDesk(agent, env.emulator.url, pin)
  await expect(mirrored(agent).getByText('Welcome to the fixture shop')).toBeVisible()
  await customer.locator('#card').pressSequentially(SECRETS.card)
  await expect(mirrored(agent).locator('#card')).toHaveValue(SECRETS.card)
  expect(leaks(frames, [SECRETS.card])).not.toEqual([])
  await Promise.all([customer.close(), agent.close()])
})
