import { type Browser, expect, type Locator, type Page, test } from '@playwright/test'

// The playground's agent page on the kit's <AgentViewer>, in both modes, against a customer on the kit's React button.
// Everything runs on the playground server (the webServer of playwright.config.ts): emulator and pages on one port.

interface CustomerSide {
  page: Page
  /** The kit's button widget; its `data-state` mirrors the session status. */
  widget: Locator
  help: Locator
  pin: string
}

/** Opens a page that records its uncaught errors into `errors`. */
async function openPage(browser: Browser, path: string, errors: string[]): Promise<Page> {
  const page = await browser.newPage()
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`))
  await page.goto(path)
  return page
}

/** The customer page: "Get help", then the PIN it shows (grouped "123 456" on screen). */
async function startCustomer(browser: Browser, errors: string[]): Promise<CustomerSide> {
  const page = await openPage(browser, '/customer.html', errors)
  const help = page.getByRole('region', { name: 'Help' })
  const widget = help.locator('.cbk-cobrowse')
  await help.getByRole('button', { name: 'Get help' }).click()
  await expect(widget).toHaveAttribute('data-state', 'pin')
  const grouped = (await help.locator('strong').textContent()) ?? ''
  expect(grouped).toMatch(/^\d{3} \d{3}$/)
  return { page, widget, help, pin: grouped.replace(' ', '') }
}

/** The agent page switched to the BYOP agent SDK; resolves the section holding the kit's viewer. */
async function openSdkMode(agent: Page): Promise<Locator> {
  const choice = agent.getByRole('group', { name: 'How the agent joins' })
  await choice.getByRole('button', { name: 'Agent SDK (BYOP)' }).click()
  await expect(choice.getByRole('button', { name: 'Agent SDK (BYOP)' })).toHaveAttribute('aria-pressed', 'true')
  await expect(choice.getByRole('button', { name: 'Zoom desk' })).toHaveAttribute('aria-pressed', 'false')
  // Only the chosen viewer is mounted: no desk iframe fetches a token behind the SDK view.
  await expect(agent.locator('iframe[title="Cobrowse desk"]')).toHaveCount(0)
  return agent.getByRole('region', { name: 'Agent SDK (BYOP)' })
}

test('desk mode: the agent joins in Zoom desk, sees the page, and sees the customer end it', async ({ browser }) => {
  const errors: string[] = []
  const customer = await startCustomer(browser, errors)

  const agent = await openPage(browser, '/agent.html', errors)
  await expect(agent.getByRole('heading', { name: 'Agent console' })).toBeVisible()
  await expect(agent.getByRole('button', { name: 'Zoom desk' })).toHaveAttribute('aria-pressed', 'true')
  const desk = agent.frameLocator('iframe[title="Cobrowse desk"]')
  await desk.getByRole('textbox', { name: 'PIN' }).fill(customer.pin)
  await desk.getByRole('button', { name: 'Join' }).click()
  await expect(
    desk.frameLocator('[data-testid="agent-view"] iframe').getByRole('heading', { name: 'Checkout' }),
  ).toBeVisible()
  await expect(customer.widget).toHaveAttribute('data-state', 'active')

  await customer.help.getByRole('button', { name: 'End session' }).click()
  await expect(customer.widget).toHaveAttribute('data-state', 'ended')
  await expect(desk.getByRole('status')).toContainText('The session has ended')
  expect(errors).toEqual([])
  await Promise.all([customer.page.close(), agent.close()])
})

test('sdk mode: the agent joins with the kit’s PIN entry, sees the page, and leaves', async ({ browser }) => {
  const errors: string[] = []
  const customer = await startCustomer(browser, errors)
  const sessionLine = customer.page.getByTestId('session-line')

  const agent = await openPage(browser, '/agent.html', errors)
  const viewer = await openSdkMode(agent)
  await viewer.getByRole('textbox', { name: "Customer's PIN" }).fill(customer.pin)
  await viewer.getByRole('button', { name: 'Join' }).click()
  await expect(viewer.getByRole('status')).toHaveText('Connected')
  const sdkFrame = agent.frameLocator('.cbk-agent-viewer__container iframe')
  await expect(
    sdkFrame.frameLocator('[data-testid="agent-view"] iframe').getByRole('heading', { name: 'Checkout' }),
  ).toBeVisible()
  await expect(customer.widget).toHaveAttribute('data-state', 'active')
  await expect(sessionLine).toContainText('Playground agent')

  await viewer.getByRole('button', { name: 'Leave' }).click()
  await expect(viewer.getByRole('status')).toHaveText('You left the session')
  await expect(viewer.getByRole('button', { name: 'Leave' })).toHaveCount(0)
  await expect(sessionLine).not.toContainText('Playground agent')
  // The customer's session goes on without the agent: only the customer can end it.
  await expect(customer.widget).not.toHaveAttribute('data-state', 'ended')
  await expect(viewer.getByRole('textbox', { name: "Customer's PIN" })).toBeVisible()
  expect(errors).toEqual([])
  await Promise.all([customer.page.close(), agent.close()])
})

test('sdk mode: a PIN no session has shows Zoom’s 1006 message from the kit', async ({ browser }) => {
  const errors: string[] = []
  const agent = await openPage(browser, '/agent.html', errors)
  const viewer = await openSdkMode(agent)
  // A BYOP-shaped PIN: the playground's customers get 6-digit PINs, so no session, even one left by another test,
  // can hold it.
  await viewer.getByRole('textbox', { name: "Customer's PIN" }).fill('NOSUCH1')
  await viewer.getByRole('button', { name: 'Join' }).click()
  // Code 1006 (SESSION_JOIN_PIN_NOT_FOUND). The kit prefers the SDK's own sentence to its catalog's when the SDK gives
  // one (core's toCobrowseError), so either wording of "not found" is the 1006 message; the catalog's hint follows.
  await expect(viewer.getByRole('alert')).toContainText(/^No (live )?session has this PIN\.? Check the PIN/)
  await expect(agent.locator('.cbk-agent-viewer')).toHaveAttribute('data-state', 'error')
  await expect(viewer.getByRole('button', { name: 'Leave' })).toHaveCount(0)
  expect(errors).toEqual([])
  await agent.close()
})
