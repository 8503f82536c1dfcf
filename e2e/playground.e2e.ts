import { expect, test } from '@playwright/test'

// The playground (npm start) in real Chromium: the React button driven by the test kit's fake SDK.
test('a customer gets a PIN, an agent connects, the network drops and returns, the customer ends', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto('/fake.html')
  const customer = page.getByRole('region', { name: 'Customer' })
  const widget = customer.locator('.cbk-cobrowse')
  await expect(widget).toHaveAttribute('data-state', 'idle')

  await customer.getByRole('button', { name: 'Get help' }).click()
  await expect(widget).toHaveAttribute('data-state', 'pin')
  await expect(customer.getByText(/^\d{3} \d{3}$/)).toBeVisible()

  await page.getByRole('button', { name: 'Agent joins' }).click()
  await expect(widget).toHaveAttribute('data-state', 'active')
  await expect(customer.getByText('An agent can see this page.')).toBeVisible()

  await page.getByRole('button', { name: 'Network drops' }).click()
  await expect(widget).toHaveAttribute('data-state', 'reconnecting')
  await page.getByRole('button', { name: 'Network returns' }).click()
  await expect(widget).toHaveAttribute('data-state', 'active')

  await customer.getByRole('button', { name: 'End session' }).click()
  await expect(widget).toHaveAttribute('data-state', 'ended')
  expect(errors).toEqual([])
})

test('a Zoom error shows its message and hint, and retry starts again', async ({ page }) => {
  await page.goto('/fake.html')
  const customer = page.getByRole('region', { name: 'Customer' })
  await customer.getByRole('button', { name: 'Get help' }).click()
  await expect(customer.locator('.cbk-cobrowse')).toHaveAttribute('data-state', 'pin')
  await page.getByRole('button', { name: 'PIN not found (1006)' }).click()
  await expect(customer.getByRole('alert')).toContainText('No session has this PIN.')
  await customer.getByRole('button', { name: 'Try again' }).click()
  await expect(customer.locator('.cbk-cobrowse')).toHaveAttribute('data-state', 'pin')
})

test('the SDK loads on intent and the state survives StrictMode with one init', async ({ page }) => {
  await page.goto('/fake.html')
  const state = page.getByRole('region', { name: 'State' }).locator('pre')
  await expect(state).toContainText('"status": "idle"')
  await page.getByRole('button', { name: 'Get help' }).hover()
  await expect(state).toContainText('"status": "ready"')
  await expect(page.getByTestId('init-count')).toHaveText('1')
})
