import { expect, test } from '@playwright/test'
import {
  customerWithDeskAgent,
  devToken,
  mirrored,
  scrollCustomerFromDesk,
  startCustomer,
} from './support/emulatorPages.js'
import { withEmulatorSite } from './support/emulatorSite.js'

// Recovery after a refresh, remote assist, annotations and multi-tab, on an emulator with short windows.
const RECOVERY_MS = 3000

const env = withEmulatorSite(['--recovery-window-ms', String(RECOVERY_MS), '--agent-wait-ms', '10000'])

test('a refresh within the window is recoverable and join() resumes with the same PIN', async ({ browser }) => {
  const { customer, agent, pin } = await customerWithDeskAgent(browser, {
    site: env.site.url,
    emulator: env.emulator.url,
  })
  await expect(mirrored(agent).getByText('Welcome to the fixture shop')).toBeVisible()

  await customer.reload()
  await expect(customer.locator('#status')).toHaveText('session_recoverable')
  await expect(agent.getByRole('status')).toContainText('Customer is reconnecting')
  await customer.locator('#join').click()
  await expect(customer.locator('#pin')).toHaveText(pin)
  await expect(agent.getByRole('status')).toContainText('Connected')
  await customer.locator('#add-line').click()
  await expect(mirrored(agent).getByText('Line added at 1')).toBeVisible()
  await Promise.all([customer.close(), agent.close()])
})

test('after the window the session has ended for everyone', async ({ browser }) => {
  const { customer, agent } = await customerWithDeskAgent(browser, { site: env.site.url, emulator: env.emulator.url })
  await customer.goto('about:blank')
  await expect(agent.getByRole('status')).toContainText('The session has ended', { timeout: RECOVERY_MS + 5000 })
  await customer.goto(`${env.site.url}/customer.html`)
  await expect(customer.locator('#status')).toHaveText('idle')
  await Promise.all([customer.close(), agent.close()])
})

test('remote assist: the agent asks, the customer allows, the agent scrolls the customer page, either stops', async ({
  browser,
}) => {
  const { customer, agent } = await customerWithDeskAgent(browser, { site: env.site.url, emulator: env.emulator.url })
  await expect(mirrored(agent).getByText('Welcome to the fixture shop')).toBeVisible()

  await agent.getByRole('button', { name: 'Request scroll' }).click()
  const dialog = customer.getByRole('alertdialog')
  await expect(dialog).toBeVisible()
  await expect(customer.locator('[data-event="remote_assist_requested"]')).toHaveCount(1)
  await dialog.getByRole('button', { name: 'Allow' }).click()
  await expect(customer.locator('[data-event="remote_assist_started"]')).toHaveCount(1)

  await scrollCustomerFromDesk(agent, customer)

  await agent.getByRole('button', { name: 'Stop scroll' }).click()
  await expect(customer.locator('[data-event="remote_assist_stopped"]')).toHaveCount(1)
  await Promise.all([customer.close(), agent.close()])
})

test('the customer can stop remote assist from its banner, and the agent is told', async ({ browser }) => {
  const { customer, agent } = await customerWithDeskAgent(browser, { site: env.site.url, emulator: env.emulator.url })
  await agent.getByRole('button', { name: 'Request scroll' }).click()
  await customer.getByRole('alertdialog').getByRole('button', { name: 'Allow' }).click()
  const banner = customer.getByRole('status').filter({ hasText: 'Agent can' })
  await expect(banner).toBeVisible()
  await banner.getByRole('button', { name: 'Stop' }).click()
  await expect(customer.locator('[data-event="remote_assist_stopped"]')).toHaveCount(1)
  await expect(agent.getByRole('button', { name: 'Request scroll' })).toBeEnabled()
  await expect(agent.getByText(/stopped/i)).toBeVisible()
  await Promise.all([customer.close(), agent.close()])
})

test('a declined request tells the agent and nothing scrolls', async ({ browser }) => {
  const { customer, agent } = await customerWithDeskAgent(browser, { site: env.site.url, emulator: env.emulator.url })
  await agent.getByRole('button', { name: 'Request scroll' }).click()
  await customer.getByRole('alertdialog').getByRole('button', { name: 'Deny' }).click()
  await expect(agent.getByText(/declined/i)).toBeVisible()
  expect(await customer.evaluate(() => window.scrollY)).toBe(0)
  await Promise.all([customer.close(), agent.close()])
})

test("annotations: the agent's pen stroke appears on the customer page, undo removes it", async ({ browser }) => {
  const { customer, agent } = await customerWithDeskAgent(browser, { site: env.site.url, emulator: env.emulator.url })
  await expect(mirrored(agent).getByText('Welcome to the fixture shop')).toBeVisible()

  await agent.getByRole('button', { name: 'Pen', exact: true }).click()
  // The overlay sits over the scaled replay (letterboxed inside the view).
  const box = await agent.locator('svg.zcb-overlay').boundingBox()
  if (!box) throw new Error('the annotation overlay has no box')
  await agent.mouse.move(box.x + 60, box.y + 60)
  await agent.mouse.down()
  await agent.mouse.move(box.x + 160, box.y + 90, { steps: 8 })
  await agent.mouse.up()
  await expect(agent.locator('polyline[data-mark-id]')).toHaveCount(1)
  await expect(customer.locator('polyline[data-mark-id]')).toHaveCount(1)

  await agent.getByRole('button', { name: 'Undo' }).click()
  await expect(customer.locator('polyline[data-mark-id]')).toHaveCount(0)
  await Promise.all([customer.close(), agent.close()])
})

test('annotations: rectangle, vanishing pen and eraser from the desk', async ({ browser }) => {
  const { customer, agent } = await customerWithDeskAgent(browser, { site: env.site.url, emulator: env.emulator.url })
  await expect(mirrored(agent).getByText('Welcome to the fixture shop')).toBeVisible()
  const box = await agent.locator('svg.zcb-overlay').boundingBox()
  if (!box) throw new Error('the annotation overlay has no box')
  const drag = async (from: [number, number], to: [number, number]) => {
    await agent.mouse.move(box.x + from[0], box.y + from[1])
    await agent.mouse.down()
    await agent.mouse.move(box.x + to[0], box.y + to[1], { steps: 6 })
    await agent.mouse.up()
  }

  await agent.getByRole('button', { name: 'Rectangle' }).click()
  await drag([100, 100], [220, 180])
  await expect(customer.locator('rect[data-mark-id]')).toHaveCount(1)

  await agent.getByRole('button', { name: 'Vanishing pen' }).click()
  await drag([300, 120], [380, 160])
  await expect(customer.locator('polyline[data-mark-id]')).toHaveCount(1)
  await expect(customer.locator('polyline[data-mark-id]')).toHaveCount(0, { timeout: 5000 })

  await agent.getByRole('button', { name: 'Eraser' }).click()
  await agent.mouse.click(box.x + 100, box.y + 140)
  await expect(customer.locator('rect[data-mark-id]')).toHaveCount(0)
  await Promise.all([customer.close(), agent.close()])
})

test("annotations: with allowCustomerAnnotation the customer's own stroke reaches the agent", async ({ browser }) => {
  const { customer, agent } = await customerWithDeskAgent(
    browser,
    { site: env.site.url, emulator: env.emulator.url },
    'customerAnnotate=1',
  )
  await expect(mirrored(agent).getByText('Welcome to the fixture shop')).toBeVisible()
  await customer.getByRole('button', { name: 'Draw' }).click()
  await customer.mouse.move(120, 200)
  await customer.mouse.down()
  await customer.mouse.move(260, 240, { steps: 8 })
  await customer.mouse.up()
  await expect(agent.locator('svg.zcb-overlay [data-mark-id]')).toHaveCount(1)
  await Promise.all([customer.close(), agent.close()])
})

test('annotations: without allowCustomerAnnotation the customer has no pen', async ({ page }) => {
  await startCustomer(page, env.site.url)
  await expect(page.getByRole('button', { name: 'Draw' })).toHaveCount(0)
})

test('multi-tab persistence: a second tab of the site continues the session instead of failing with 1004', async ({
  browser,
}) => {
  const context = await browser.newContext()
  const first = await context.newPage()
  const pin = await startCustomer(first, env.site.url, 'multitab=1')
  const second = await context.newPage()
  await second.goto(`${env.site.url}/customer.html?multitab=1`)
  await expect(second.locator('#status')).toHaveText('session_recoverable')
  await second.locator('#join').click()
  await expect(second.locator('#pin')).toHaveText(pin)
  await expect(first.locator('[data-event="session_ended"]')).toContainText('moved_to_another_tab')
  await context.close()
})

test('without multi-tab persistence a second tab of the same browser gets 1004', async ({ browser }) => {
  const context = await browser.newContext()
  const first = await context.newPage()
  await startCustomer(first, env.site.url)
  const second = await context.newPage()
  await second.goto(`${env.site.url}/customer.html`)
  await expect(second.locator('#status')).toHaveText('idle')
  await second.locator('#start').click()
  await expect(second.locator('[data-event="session_error"]')).toContainText('1004')
  await context.close()
})

test('the agent token is checked: a customer token in the desk URL is refused with 124', async ({ page }) => {
  const customerToken = await devToken(env.emulator.url, { role: 1, userId: 'not-an-agent' })
  await page.goto(`${env.emulator.url}/sdkapi/zcb/frame-templates/desk?access_token=${customerToken}`)
  await expect(page.getByText(/Invalid token/)).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'PIN' })).toHaveCount(0)
})
