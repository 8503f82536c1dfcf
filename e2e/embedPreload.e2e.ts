import { expect, type Page, test } from '@playwright/test'
import { withEmulatorSite } from './support/emulatorSite.js'

// Intent-to-PIN: pointing at (or focusing) the embed's launcher downloads Zoom's SDK script before any click, against
// the real emulator, and nothing else a click does happens early: no widget, no token request, no socket.

const env = withEmulatorSite([], { embed: true })

const UI_CHUNK = /\/embed\/embed-ui\.js$/
const ZOOM_SDK = /\/static\/resource\/sdk\//
const TOKEN = /\/__emulator\/token$/

/** Everything the page asks the network for, from the moment this is called: requests and sockets. */
function networkLog(page: Page) {
  const requests: string[] = []
  const sockets: string[] = []
  page.on('request', (request) => requests.push(request.url()))
  page.on('websocket', (socket) => sockets.push(socket.url()))
  const count = (pattern: RegExp) => requests.filter((url) => pattern.test(url)).length
  return { requests, sockets, count }
}

/** Page errors and the console's error lines, which must stay free of unhandled rejections. */
function problems(page: Page) {
  const pageErrors: string[] = []
  const consoleErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(error.message))
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  return { pageErrors, consoleErrors }
}

const widget = (page: Page) => page.locator('[data-cobrowse-kit]').locator('.cbk-cobrowse')
const launcher = (page: Page) => page.getByRole('button', { name: 'Get help' })

/** Resolves once the SDK script the page asked for has been read to its end. */
const sdkLoaded = (page: Page) => page.waitForResponse((response) => ZOOM_SDK.test(response.url()))

test('hovering the launcher loads the SDK script before any click; the click then asks for the token, once', async ({
  page,
}) => {
  const network = networkLog(page)
  const seen = problems(page)
  await page.goto(`${env.site.url}/embed.html`)
  await expect(launcher(page)).toBeVisible()
  expect(network.count(UI_CHUNK) + network.count(ZOOM_SDK)).toBe(0)

  const loaded = sdkLoaded(page)
  await launcher(page).hover()
  const response = await loaded
  expect(response.status()).toBe(200)
  await response.finished()
  expect(network.count(UI_CHUNK)).toBe(1)
  expect(network.count(ZOOM_SDK)).toBe(1)
  // The chunk first, then the SDK: the UI chunk is what knows how to warm it.
  expect(network.requests.findIndex((url) => UI_CHUNK.test(url))).toBeLessThan(
    network.requests.findIndex((url) => ZOOM_SDK.test(url)),
  )

  // A dwell well past the download: still nothing that only a click may do.
  await page.waitForTimeout(500)
  expect(network.count(TOKEN)).toBe(0)
  expect(network.sockets).toEqual([])
  // The launcher is still the loader's own; the widget's slot is empty.
  await expect(page.locator('[data-cobrowse-kit]').locator('.cbk-loader__launcher')).toHaveCount(1)
  await expect(page.locator('[data-cobrowse-kit]').locator('.cbk-loader__ui > *')).toHaveCount(0)
  await expect(page.locator('[data-cobrowse-kit]')).toHaveAttribute('data-state', 'idle')

  await launcher(page).click()
  await expect(widget(page).getByText(/^\d{3} \d{3}$/)).toBeVisible()
  expect(network.count(TOKEN)).toBe(1)
  expect(network.sockets).toHaveLength(1)
  // The session store's load was the preload's: the script was not fetched a second time.
  expect(network.count(ZOOM_SDK)).toBe(1)
  expect(network.count(UI_CHUNK)).toBe(1)
  await page.evaluate('window.CobrowseKit.end()')
  await expect(widget(page)).toHaveAttribute('data-state', 'ended')
  expect(seen.pageErrors).toEqual([])
  // The kit's own lines only: the fixture site has no favicon, and Chromium logs that 404.
  expect(seen.consoleErrors.filter((line) => line.includes('[CobrowseKit]'))).toEqual([])
})

test('keyboard focus preloads the SDK too', async ({ page }) => {
  const network = networkLog(page)
  await page.goto(`${env.site.url}/embed.html`)
  await expect(launcher(page)).toBeVisible()
  const loaded = sdkLoaded(page)
  await launcher(page).focus()
  await loaded
  expect(network.count(ZOOM_SDK)).toBe(1)
  expect(network.count(TOKEN)).toBe(0)
})

test('a preload the CDN refuses is reported on the console, never thrown, and the click loads it again', async ({
  page,
}) => {
  const network = networkLog(page)
  const seen = problems(page)
  await page.route(ZOOM_SDK, (route) => route.abort('blockedbyclient'))
  await page.goto(`${env.site.url}/embed.html`)
  await launcher(page).hover()
  await expect.poll(() => seen.consoleErrors.join('\n')).toMatch(/\[CobrowseKit\] sdk_load_failed: /)
  expect(network.count(TOKEN)).toBe(0)
  await expect(launcher(page)).toBeVisible()

  await page.unroute(ZOOM_SDK)
  await launcher(page).click()
  await expect(widget(page).getByText(/^\d{3} \d{3}$/)).toBeVisible()
  expect(network.count(ZOOM_SDK)).toBe(2)
  expect(network.count(TOKEN)).toBe(1)
  // One report, the preload's: no unhandled rejection, and the retry at the click succeeded silently.
  expect(seen.consoleErrors.filter((line) => line.includes('[CobrowseKit]'))).toHaveLength(1)
  expect(seen.pageErrors).toEqual([])
  await page.evaluate('window.CobrowseKit.end()')
})
