import { expect, test } from '@playwright/test'
import { scrollCustomerFromDesk } from './support/emulatorPages.js'

// The kit's <RemoteAssistConsent /> on the playground's customer page, against the emulator: an agent asks to scroll
// from the desk, the kit's dialog asks the customer, and once allowed the agent's scroll moves the customer's page.
test("the kit's consent dialog answers an agent's scroll request, and the agent then scrolls the page", async ({
  browser,
}) => {
  const customer = await browser.newPage()
  await customer.goto('/customer.html')
  const help = customer.getByRole('region', { name: 'Help' })
  await help.getByRole('button', { name: 'Get help' }).click()
  await expect(help.locator('.cbk-cobrowse')).toHaveAttribute('data-state', 'pin')
  const pin = ((await help.locator('strong').textContent()) ?? '').replace(' ', '')

  // The agent signs in (opening the agent console sets the playground's sign-in cookie), then gets a token.
  const agent = await browser.newPage()
  await agent.goto('/agent.html')
  const token = await (await agent.request.post('/api/cobrowse/token', { data: { role: 2 } })).json()
  await agent.goto(`/sdkapi/zcb/frame-templates/desk?access_token=${token.token}`)
  await agent.getByRole('textbox', { name: 'PIN' }).fill(pin)
  await agent.getByRole('button', { name: 'Join' }).click()
  await expect(agent.getByRole('status')).toContainText('Connected')
  await expect(help.getByRole('region', { name: 'An agent can see this page' })).toBeVisible()

  await agent.getByRole('button', { name: 'Request scroll' }).click()
  const dialog = customer.getByRole('alertdialog', { name: 'Allow the agent to scroll?' })
  await expect(dialog).toContainText('Playground agent asks to scroll this page for you.')
  // The kit's dialog told the SDK it asks itself: the emulator's own prompt stays hidden (it shows before the event).
  await expect(customer.getByRole('alertdialog', { name: 'Remote assist request' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Allow' }).click()
  await expect(dialog).toHaveCount(0)
  await expect(help.getByText('The agent can scroll this page')).toBeVisible()
  await expect(customer.getByText('Agent can scroll this page', { exact: true })).toHaveCount(0)

  await scrollCustomerFromDesk(agent, customer)

  await help.getByRole('button', { name: 'Stop sharing' }).click()
  await expect(help.locator('.cbk-cobrowse')).toHaveAttribute('data-state', 'ended')
  await expect(agent.getByRole('status')).toContainText('The session has ended')
  await Promise.all([customer.close(), agent.close()])
})
