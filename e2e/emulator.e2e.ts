import { expect, test } from '@playwright/test'
import { devToken, joinDesk, mirrored, startCustomer } from './support/emulatorPages.js'
import { withEmulatorSite } from './support/emulatorSite.js'

// The emulator as a real process, a customer site on another origin using Zoom's snippet, and the desk: the flow a
// Zoom integration runs, with only the origin changed.

const env = withEmulatorSite(['--recovery-window-ms', '3000', '--agent-wait-ms', '6000'])

test('a customer gets a 6-digit PIN; an agent joins in the desk, sees the page and its changes', async ({
  browser,
}) => {
  const customer = await browser.newPage()
  const pin = await startCustomer(customer, env.site.url)
  expect(pin).toMatch(/^\d{6}$/)
  await expect(customer.locator('[data-event="session_started"]')).toHaveCount(1)

  const agent = await browser.newPage()
  await joinDesk(agent, env.emulator.url, pin, 'agent-ana')
  await expect(agent.getByRole('status')).toContainText('Connected')
  await expect(mirrored(agent).getByText('Welcome to the fixture shop')).toBeVisible()
  await expect(customer.locator('[data-event="agent_joined"]')).toContainText('agent-ana')

  await customer.locator('#add-line').click()
  await expect(mirrored(agent).getByText('Line added at 1')).toBeVisible()

  // A second agent joins and leaves through the desk's Leave button.
  const second = await browser.newPage()
  await joinDesk(second, env.emulator.url, pin, 'agent-bo')
  await expect(customer.locator('[data-event="agent_joined"]')).toHaveCount(2)
  await second.getByRole('button', { name: 'Leave' }).click()
  await expect(second.getByRole('status')).toContainText('You left the session')
  await expect(customer.locator('[data-event="agent_left"]')).toContainText('agent-bo')
  await second.close()

  await customer.locator('#end').click()
  await expect(customer.locator('[data-event="session_ended"]')).toContainText('ended_by_customer')
  await expect(agent.getByRole('status')).toContainText('The session has ended')
  await customer.close()
  await agent.close()
})

test('the BYOP agent SDK joins with the PIN and mirrors the page', async ({ browser }) => {
  const customer = await browser.newPage()
  const pin = await startCustomer(customer, env.site.url)
  const token = await devToken(env.emulator.url, { role: 2, userId: 'byop-agent', userName: 'BYOP agent' })
  const agent = await browser.newPage()
  await agent.goto(`${env.site.url}/agent-sdk.html?pin=${pin}&token=${encodeURIComponent(token)}`)
  await expect(agent.locator('#events')).toContainText('session_joined')
  const view = agent.frameLocator('#viewer-root iframe').frameLocator('[data-testid="agent-view"] iframe')
  await expect(view.getByText('Welcome to the fixture shop')).toBeVisible()
  await customer.locator('#add-line').click()
  await expect(view.getByText('Line added at 1')).toBeVisible()
  await agent.locator('#leave').click()
  await expect(agent.locator('#events')).toContainText('session_left')
  await expect(customer.locator('[data-event="agent_left"]')).toContainText('byop-agent')
  await customer.close()
  await agent.close()
})

test('an init queued on the snippet stub before the script loaded is replayed once', async ({ page }) => {
  // Hold the SDK script back so the page's init certainly lands on the snippet's stub first.
  await page.route('**/static/resource/sdk/**', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 400))
    await route.continue()
  })
  await page.goto(`${env.site.url}/customer.html`)
  await expect(page.locator('#status')).toHaveText('idle')
  await expect(page.locator('body')).toHaveAttribute('data-init-queued', 'true')
  expect(await page.evaluate(() => 'ZoomCobrowseSDKInitArgs' in window)).toBe(false)
  const pin = await startCustomer(page, env.site.url)
  expect(pin).toMatch(/^\d{6}$/)
})
