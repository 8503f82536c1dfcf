import { expect, test } from '@playwright/test'

// The playground's plain-HTML page (npm start): one script tag, tokens from the playground's own token endpoint,
// the emulator on the same origin.
test('the plain HTML page gets a PIN from the embed and the agent console lists the session', async ({ browser }) => {
  const customer = await browser.newPage()
  await customer.goto('/embed.html')
  await expect(customer.locator('script[src="/embed/embed.js"]')).toHaveCount(1)
  await customer.getByRole('button', { name: 'Get help' }).click()
  const pinText = customer.locator('[data-cobrowse-kit] .cbk-cobrowse').getByText(/^\d{3} \d{3}$/)
  await expect(pinText).toBeVisible()
  const pin = ((await pinText.textContent()) ?? '').replace(/\s/g, '')

  const agent = await browser.newPage()
  await agent.goto('/agent.html')
  await expect(agent.getByRole('table').getByRole('cell', { name: pin })).toBeVisible({ timeout: 10_000 })

  await customer.evaluate('window.CobrowseKit.end()')
  await expect(customer.locator('[data-cobrowse-kit] .cbk-cobrowse')).toHaveAttribute('data-state', 'ended')
  await Promise.all([customer.close(), agent.close()])
})
