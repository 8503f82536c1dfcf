import { expect, type FrameLocator, type Page, test } from '@playwright/test'

/** The playground's agent page: its default view is Zoom's desk (on the emulator); joins there with the PIN. */
async function joinFromAgentPage(agent: Page, pin: string): Promise<FrameLocator> {
  await agent.goto('/agent.html')
  const desk = agent.frameLocator('iframe[title="Cobrowse desk"]')
  await desk.getByRole('textbox', { name: 'PIN' }).fill(pin)
  await desk.getByRole('button', { name: 'Join' }).click()
  return desk
}

// Cobrowse Kit's own loader, store and React button run a whole customer session against the emulator: the playground
// pages behind `npm start` (the webServer of playwright.config.ts), with the kit's `origin` as the only switch.
test('the kit starts a session, an agent joins through the desk, and ending shows on both sides', async ({
  browser,
}) => {
  const customer = await browser.newPage()
  const errors: string[] = []
  customer.on('pageerror', (error) => errors.push(error.message))
  await customer.goto('/customer.html')
  const help = customer.getByRole('region', { name: 'Help' })
  const widget = help.locator('.cbk-cobrowse')
  await expect(widget).toHaveAttribute('data-state', 'idle')
  await help.getByRole('button', { name: 'Get help' }).click()
  await expect(widget).toHaveAttribute('data-state', 'pin')
  const grouped = (await help.locator('strong').textContent()) ?? ''
  expect(grouped).toMatch(/^\d{3} \d{3}$/)
  const pin = grouped.replace(' ', '')

  const agent = await browser.newPage()
  const desk = await joinFromAgentPage(agent, pin)
  await expect(desk.getByRole('status')).toContainText('Connected')
  await expect(
    desk.frameLocator('[data-testid="agent-view"] iframe').getByRole('heading', { name: 'Checkout' }),
  ).toBeVisible()

  await expect(widget).toHaveAttribute('data-state', 'active')
  await expect(customer.getByTestId('session-line')).toContainText('Session: active')

  await help.getByRole('button', { name: 'End session' }).click()
  await expect(widget).toHaveAttribute('data-state', 'ended')
  await expect(desk.getByRole('status')).toContainText('The session has ended')
  expect(errors).toEqual([])
  await Promise.all([customer.close(), agent.close()])
})

test('masked fields of the React page stay masked for the agent', async ({ browser }) => {
  const customer = await browser.newPage()
  await customer.goto('/customer.html')
  const help = customer.getByRole('region', { name: 'Help' })
  await help.getByRole('button', { name: 'Get help' }).click()
  const pin = ((await help.locator('strong').textContent()) ?? '').replace(' ', '')
  await customer.getByLabel('Card number (masked for agents)').fill('5555666677778888')
  await customer.getByLabel('Name on card').fill('Ada Lovelace')

  const agent = await browser.newPage()
  const desk = await joinFromAgentPage(agent, pin)
  const view = desk.frameLocator('[data-testid="agent-view"] iframe')
  await expect(view.locator('input[name="name"]')).toHaveValue('Ada Lovelace')
  await expect(view.locator('input[name="card"]')).toHaveValue('*'.repeat(16))
  await Promise.all([customer.close(), agent.close()])
})
