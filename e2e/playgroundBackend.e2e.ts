import { type Browser, expect, type Page, test } from '@playwright/test'

// The playground as a host app wires @cobrowse-kit/server: tokens from /api/cobrowse/token (agents need the sign-in
// cookie), the emulator's signed webhooks verified at /api/cobrowse/webhooks, and live sessions read through the REST
// client. Everything runs on the playground server (the webServer of playwright.config.ts).

/** Opens a page in a context of its own (own cookies) that records its uncaught errors and every URL it requests. */
async function openPage(browser: Browser, path: string, errors: string[], requested: string[]): Promise<Page> {
  const page = await browser.newPage()
  page.on('pageerror', (error) => errors.push(`${path}: ${error.message}`))
  page.on('request', (request) => requested.push(new URL(request.url()).pathname))
  await page.goto(path)
  return page
}

test('without the agent sign-in cookie: no agent token, no activity; customers still get tokens', async ({
  request,
}) => {
  const agentToken = await request.post('/api/cobrowse/token', { data: { role: 2, userName: 'Mallory' } })
  expect(agentToken.status()).toBe(403)
  expect(await agentToken.json()).toMatchObject({ code: 'agent_not_authorized' })

  const customerToken = await request.post('/api/cobrowse/token', { data: { role: 1 } })
  expect(customerToken.status()).toBe(200)
  expect((await customerToken.json()).token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/)

  // A page on another site cannot use the endpoint even for customers: same-origin only.
  const crossSite = await request.post('/api/cobrowse/token', {
    data: { role: 1 },
    headers: { origin: 'https://evil.example' },
  })
  expect(crossSite.status()).toBe(403)
  expect(await crossSite.json()).toMatchObject({ code: 'origin_not_allowed' })

  const activity = await request.get('/api/cobrowse/activity')
  expect(activity.status()).toBe(403)
  expect(await activity.json()).toMatchObject({ code: 'agent_not_signed_in' })
  const forged = await request.get('/api/cobrowse/activity', { headers: { cookie: 'playground_agent=guess' } })
  expect(forged.status()).toBe(403)
})

test('the agent console lists the live session by its PIN and the webhooks from start to end', async ({ browser }) => {
  const errors: string[] = []
  const customerRequests: string[] = []
  const agentRequests: string[] = []

  const customer = await openPage(browser, '/customer.html', errors, customerRequests)
  const help = customer.getByRole('region', { name: 'Help' })
  const widget = help.locator('.cbk-cobrowse')
  const customerToken = customer.waitForResponse((response) => response.url().endsWith('/api/cobrowse/token'))
  await help.getByRole('button', { name: 'Get help' }).click()
  expect((await customerToken).status()).toBe(200)
  await expect(widget).toHaveAttribute('data-state', 'pin')
  const pin = ((await help.locator('strong').textContent()) ?? '').replace(' ', '')
  expect(pin).toMatch(/^\d{6}$/)

  const agent = await openPage(browser, '/agent.html', errors, agentRequests)
  const desk = agent.frameLocator('iframe[title="Cobrowse desk"]')
  await desk.getByRole('textbox', { name: 'PIN' }).fill(pin)
  await desk.getByRole('button', { name: 'Join' }).click()
  await expect(
    desk.frameLocator('[data-testid="agent-view"] iframe').getByRole('heading', { name: 'Checkout' }),
  ).toBeVisible()
  await expect(widget).toHaveAttribute('data-state', 'active')

  const panel = agent.getByRole('region', { name: 'Live sessions and webhooks' })
  const row = panel.getByRole('table', { name: 'Live sessions' }).getByRole('row').filter({ hasText: pin })
  // The agent's name comes from the server's resolveUser, not from the page.
  await expect(row).toContainText('Playground customer (customer)', { timeout: 10_000 })
  await expect(row).toContainText('Playground agent (agent)', { timeout: 10_000 })
  const sessionId = (await row.getByRole('cell').last().textContent()) ?? ''
  expect(sessionId).not.toBe('')

  const feed = panel.getByRole('log', { name: 'Webhook feed' })
  const feedItem = (label: string) =>
    feed.getByRole('listitem').filter({ hasText: label }).filter({ hasText: sessionId })
  await expect(feedItem('Session started')).toContainText('Playground customer (customer)', { timeout: 10_000 })
  await expect(feedItem('User joined').filter({ hasText: 'Playground agent (agent)' })).toHaveCount(1, {
    timeout: 10_000,
  })

  await help.getByRole('button', { name: 'End session' }).click()
  await expect(widget).toHaveAttribute('data-state', 'ended')
  await expect(feedItem('Session ended')).toHaveCount(1, { timeout: 10_000 })
  await expect(row).toHaveCount(0, { timeout: 10_000 })

  // Both pages took their tokens from the host backend, none from the emulator's dev endpoint.
  for (const requested of [customerRequests, agentRequests]) {
    expect(requested).toContain('/api/cobrowse/token')
    expect(requested).not.toContain('/__emulator/token')
  }
  expect(errors).toEqual([])
  await Promise.all([customer.close(), agent.close()])
})
