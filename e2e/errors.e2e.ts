import { expect, test } from '@playwright/test'
import { joinDesk, startCustomer } from './support/emulatorPages.js'
import { withEmulatorSite } from './support/emulatorSite.js'

// Zoom's error codes, each produced by its trigger through the real customer SDK and desk. The server's rules for every
// code are also covered over raw sockets in packages/emulator (sessions and ws tests).

const env = withEmulatorSite()

async function startFails(page: import('@playwright/test').Page, query: string, code: number) {
  await page.goto(`${env.site.url}/customer.html?${query}`)
  await expect(page.locator('#status')).not.toHaveText('loading')
  await page.locator('#start').click()
  await expect(page.locator('[data-event="session_error"]')).toContainText(`"code":${code}`)
  await expect(page.locator('#pin')).toHaveText('')
}

test('2001: a token not signed with the SDK secret', async ({ page }) => {
  await startFails(page, 'token=eyJhbGciOiJIUzI1NiJ9.eyJyb2xlX3R5cGUiOjF9.forged', 2001)
})

test('1009: a BYOP token without a custom PIN', async ({ page }) => {
  await startFails(page, 'byopToken=1', 1009)
})

test('1008: a custom PIN that is not letters and digits', async ({ page }) => {
  await startFails(page, 'byop=not-valid!', 1008)
})

test('BYOP: the custom PIN is upper-cased; 1010 when another live session has it', async ({ browser }) => {
  const first = await browser.newPage()
  const pin = await startCustomer(first, env.site.url, 'byop=help42')
  expect(pin).toBe('HELP42')
  const other = await browser.newContext()
  await startFails(await other.newPage(), 'byop=HELP42', 1010)
  await other.close()
  await first.close()
})

test('1006 in the desk: an unknown PIN shows "Cobrowse code not found"', async ({ page }) => {
  await joinDesk(page, env.emulator.url, '000000')
  await expect(page.getByRole('alert')).toContainText('Cobrowse code not found')
  await expect(page.getByRole('textbox', { name: 'PIN' })).toBeVisible()
})

test('1002: a second start while the first is still connecting', async ({ page }) => {
  await page.goto(`${env.site.url}/customer.html`)
  await expect(page.locator('#status')).toHaveText('idle')
  await page.evaluate(() => {
    const start = document.getElementById('start')
    start?.click()
    start?.click()
  })
  await expect(page.locator('[data-event="session_error"]')).toContainText('"code":1002')
  await expect(page.locator('#pin')).toHaveText(/^\d{6}$/)
})
