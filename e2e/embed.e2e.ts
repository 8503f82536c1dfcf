import { expect, type Page, test } from '@playwright/test'
import { captureFrames, joinDesk, mirrored, scrollCustomerFromDesk } from './support/emulatorPages.js'
import { withEmulatorSite } from './support/emulatorSite.js'

// @cobrowse-kit/embed on a plain HTML page (no React, no bundler, one script tag), against the emulator.

const env = withEmulatorSite([], { embed: true })

/** Every URL the page requests, from the moment this is called. */
function requestLog(page: Page): string[] {
  const urls: string[] = []
  page.on('request', (request) => urls.push(request.url()))
  return urls
}

const UI_CHUNK = /\/embed\/embed-ui\.js$/
const ZOOM_SDK = /\/static\/resource\/sdk\//

/** The widget (its shadow root is open, so Playwright's locators reach into it). */
const widget = (page: Page) => page.locator('[data-cobrowse-kit]').locator('.cbk-cobrowse')

async function readPin(page: Page): Promise<string> {
  const pin = widget(page).getByText(/^\d{3} \d{3}$/)
  await expect(pin).toBeVisible()
  return ((await pin.textContent()) ?? '').replace(/\s/g, '')
}

test('one script tag: PIN, a desk agent joins, masked fields stay masked, consent, end', async ({ browser }) => {
  const customer = await browser.newPage()
  const requests = requestLog(customer)
  const errors: string[] = []
  customer.on('pageerror', (error) => errors.push(error.message))
  const frames = captureFrames(customer)
  await customer.goto(`${env.site.url}/embed.html`)
  const launcher = customer.getByRole('button', { name: 'Get help' })
  await expect(launcher).toBeVisible()
  // Before intent: the tiny loader only.
  expect(requests.filter((url) => UI_CHUNK.test(url) || ZOOM_SDK.test(url))).toEqual([])

  await customer.locator('#card').fill('4111 1111 1111 1111')
  await customer.locator('#ssn').fill('078-05-1120')
  await launcher.click()
  const pin = await readPin(customer)
  await expect(widget(customer).getByRole('button', { name: /copy/i })).toBeVisible()

  const agent = await browser.newPage()
  await joinDesk(agent, env.emulator.url, pin)
  await expect(agent.getByRole('status')).toContainText('Connected')
  await expect(mirrored(agent).getByText('Welcome to the embed shop')).toBeVisible()
  await expect(mirrored(agent).locator('#card')).toHaveValue('*******************')
  await expect(mirrored(agent).locator('#ssn')).toHaveValue('***********')
  expect(frames.join('\n')).not.toContain('4111')
  expect(frames.join('\n')).not.toContain('078-05')
  await expect(customer.getByRole('region', { name: 'An agent can see this page' })).toBeVisible()

  await agent.getByRole('button', { name: 'Request scroll' }).click()
  const dialog = customer.getByRole('alertdialog', { name: 'Allow the agent to scroll?' })
  await expect(dialog).toBeVisible()
  // One question only: the widget told the SDK it asks the customer itself, so the SDK's own prompt stays hidden.
  await expect(customer.getByRole('alertdialog', { name: 'Remote assist request' })).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Allow' }).click()
  await expect(dialog).toHaveCount(0)
  await scrollCustomerFromDesk(agent, customer)

  await customer.getByRole('button', { name: 'Stop sharing' }).click()
  await expect(widget(customer)).toHaveAttribute('data-state', 'ended')
  await expect(agent.getByRole('status')).toContainText('The session has ended')
  expect(errors).toEqual([])
  await Promise.all([customer.close(), agent.close()])
})

test('before intent nothing heavy loads; hover loads the UI chunk once', async ({ page }) => {
  const requests = requestLog(page)
  await page.goto(`${env.site.url}/embed.html`)
  const launcher = page.getByRole('button', { name: 'Get help' })
  await expect(launcher).toBeVisible()
  await page.mouse.move(5, 5)
  await page.locator('#host-button').focus()
  expect(requests.filter((url) => UI_CHUNK.test(url) || ZOOM_SDK.test(url))).toEqual([])
  await launcher.hover()
  await expect.poll(() => requests.filter((url) => UI_CHUNK.test(url)).length).toBe(1)
})

/** The computed styles that show whether a stylesheet reached an element. */
const LOOK = `(element) => {
  const style = getComputedStyle(element)
  const box = element.getBoundingClientRect()
  return [style.display, style.position, style.color, style.backgroundColor, style.fontSize, style.fontFamily,
    style.padding, Math.round(box.width), Math.round(box.height), Math.round(box.x), Math.round(box.y)].join(' | ')
}`

async function lookOf(page: Page, target: 'host' | 'launcher' | 'widget'): Promise<string> {
  const locator =
    target === 'host'
      ? page.locator('#host-button')
      : target === 'launcher'
        ? page.getByRole('button', { name: 'Get help' })
        : widget(page)
  return locator.evaluate(`(${LOOK})`) as unknown as Promise<string>
}

test('a hostile host stylesheet does not change the widget, and the widget does not change the host', async ({
  page,
}) => {
  // The host page as it looks with no embed at all (the script is blocked).
  await page.route('**/embed/embed.js', (route) => route.abort())
  await page.goto(`${env.site.url}/embed.html`)
  const hostAlone = await lookOf(page, 'host')
  await page.unroute('**/embed/embed.js')

  await page.goto(`${env.site.url}/embed.html`)
  await expect(page.getByRole('button', { name: 'Get help' })).toBeVisible()
  expect(await lookOf(page, 'host')).toBe(hostAlone)
  const launcherBefore = await lookOf(page, 'launcher')
  const hostile = '* { all: unset } button { display: none } div { display: none !important }'
  const sheet = await page.addStyleTag({ content: hostile })
  expect(await lookOf(page, 'launcher')).toBe(launcherBefore)
  await sheet.evaluate('(element) => element.remove()')

  // The whole widget, once its UI chunk and styles are in: still no effect on the host, and immune to the sheet.
  await page.getByRole('button', { name: 'Get help' }).click()
  await readPin(page)
  expect(await lookOf(page, 'host')).toBe(hostAlone)
  const widgetBefore = await lookOf(page, 'widget')
  await page.addStyleTag({ content: hostile })
  expect(await lookOf(page, 'widget')).toBe(widgetBefore)
  await expect(widget(page).getByText(/^\d{3} \d{3}$/)).toBeVisible()
  await page.evaluate('window.CobrowseKit.end()')
})

test('under a strict nonce CSP the whole flow works with no CSP violation', async ({ browser }) => {
  const customer = await browser.newPage()
  const violations: string[] = []
  customer.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await customer.goto(`${env.site.url}/embed.html?csp=1`)
  await customer.getByRole('button', { name: 'Get help' }).click()
  const pin = await readPin(customer)
  const agent = await browser.newPage()
  await joinDesk(agent, env.emulator.url, pin)
  await expect(agent.getByRole('status')).toContainText('Connected')
  await expect(mirrored(agent).getByText('Welcome to the embed shop')).toBeVisible()
  await customer.getByRole('button', { name: 'Stop sharing' }).click()
  await expect(widget(customer)).toHaveAttribute('data-state', 'ended')
  expect(violations).toEqual([])
  await Promise.all([customer.close(), agent.close()])
})

test('calls queued on the global before the script loads are executed, in order', async ({ page }) => {
  // The page's own globals, with the embed blocked: the baseline for "one global, nothing leaked".
  await page.route('**/embed/embed.js', (route) => route.abort())
  await page.goto(`${env.site.url}/embed.html`)
  const baseline = (await page.evaluate('Object.keys(window)')) as string[]
  await page.unroute('**/embed/embed.js')

  await page.goto(`${env.site.url}/embed.html?queue=1`)
  // The queue subscribed to `pin` and then called `start()`: a PIN arrives with no click.
  await expect(page.locator('body')).toHaveAttribute('data-queued-pin', /^\d{6}$/)
  expect(await readPin(page)).toBe(await page.locator('body').getAttribute('data-queued-pin'))
  // With the widget, its UI chunk and a live session: the kit's one global, plus what Zoom's own SDK defines.
  const added = ((await page.evaluate('Object.keys(window)')) as string[]).filter((key) => !baseline.includes(key))
  expect(added.filter((key) => !key.startsWith('ZoomCobrowseSDK'))).toEqual(['CobrowseKit'])
  await page.evaluate('window.CobrowseKit.end()')
  await expect(widget(page)).toHaveAttribute('data-state', 'ended')
})

test('data-locale="es" speaks Spanish', async ({ page }) => {
  await page.goto(`${env.site.url}/embed.html?locale=es`)
  await expect(page.getByRole('button', { name: 'Obtener ayuda' })).toBeVisible()
})

test('bad configuration: a clear console error and a working button, never an exception in the page', async ({
  page,
}) => {
  const consoleErrors: string[] = []
  const pageErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })
  page.on('pageerror', (error) => pageErrors.push(error.message))

  // A token endpoint that fails: the widget shows the error with a way to try again.
  await page.route('**/__emulator/token', (route) => route.fulfill({ status: 500, body: 'down' }))
  await page.goto(`${env.site.url}/embed.html`)
  await page.getByRole('button', { name: 'Get help' }).click()
  await expect(widget(page)).toHaveAttribute('data-state', 'error')
  await expect(widget(page).getByRole('alert')).toContainText(/token/i)
  await expect(widget(page).getByRole('button', { name: 'Try again' })).toBeVisible()
  await expect.poll(() => consoleErrors.join('\n')).toMatch(/\[CobrowseKit\] token_fetch_failed/)
  await page.unroute('**/__emulator/token')
  await widget(page).getByRole('button', { name: 'Try again' }).click()
  await readPin(page)
  await page.evaluate('window.CobrowseKit.end()')

  // No SDK key: nothing is downloaded, the launcher stays and explains itself.
  await page.evaluate("window.CobrowseKit.unmount(); window.CobrowseKit.mount({ sdkKey: '' })")
  const launcher = page.locator('[data-cobrowse-kit]').getByRole('button')
  await expect(launcher).toHaveAttribute('aria-disabled', 'true')
  await expect.poll(() => consoleErrors.join('\n')).toMatch(/\[CobrowseKit\] \w+: .*(SDK key|sdkKey)/i)

  // An origin that does not answer (a fresh page, so no SDK is loaded yet): typed error, the page keeps working.
  await page.route('**/static/resource/sdk/**', (route) => route.abort())
  await page.goto(`${env.site.url}/embed.html`)
  await page.getByRole('button', { name: 'Get help' }).click()
  await expect(widget(page)).toHaveAttribute('data-state', 'error')
  await expect.poll(() => consoleErrors.join('\n')).toMatch(/\[CobrowseKit\] sdk_load_failed/)
  expect(pageErrors).toEqual([])
})

test('after a refresh the widget loads at once, with no intent, and the session rejoins with the same PIN', async ({
  page,
}) => {
  await page.goto(`${env.site.url}/embed.html`)
  await page.getByRole('button', { name: 'Get help' }).click()
  const pin = await readPin(page)

  const requests = requestLog(page)
  await page.reload()
  // No pointer, focus or click: the per-tab recovery mark alone brings the UI chunk and Zoom's SDK in.
  await expect.poll(() => requests.filter((url) => UI_CHUNK.test(url)).length).toBe(1)
  expect(await readPin(page)).toBe(pin)
  await page.evaluate('window.CobrowseKit.end()')
  await expect(widget(page)).toHaveAttribute('data-state', 'ended')
})

test('theme variables and position from mount() options reach the launcher and the widget', async ({ page }) => {
  await page.goto(`${env.site.url}/embed.html`)
  await expect(page.getByRole('button', { name: 'Get help' })).toBeVisible()
  await page.evaluate(
    "window.CobrowseKit.unmount(); window.CobrowseKit.mount({ position: 'top-left', theme: { '--cbk-color-accent': 'rgb(1, 2, 3)' } })",
  )
  const launcher = page.getByRole('button', { name: 'Get help' })
  await expect(launcher).toHaveCSS('background-color', 'rgb(1, 2, 3)')
  const box = await launcher.boundingBox()
  const viewport = page.viewportSize()
  expect(box && viewport && box.x < viewport.width / 2 && box.y < viewport.height / 2).toBe(true)

  await launcher.click()
  await readPin(page)
  await expect(widget(page).getByRole('button', { name: 'End session' })).toHaveCSS('color', 'rgb(1, 2, 3)')
  await page.evaluate('window.CobrowseKit.end()')
})
