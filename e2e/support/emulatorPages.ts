import { type Browser, expect, type FrameLocator, type Page, type WebSocket } from '@playwright/test'

/** The body of Zoom's auth-sample token request (plus the emulator dev endpoint's `enableByop`). */
export interface TokenRequestBody {
  role: 1 | 2
  userId?: string
  userName?: string
  enableByop?: boolean
  expirationSeconds?: number
}

/** POSTs a token request to `tokenUrl` and returns the `{ token }` it answers, or throws with the answer. */
async function requestToken(tokenUrl: string, body: TokenRequestBody, headers: Record<string, string> = {}) {
  const response = await fetch(tokenUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  const json = (await response.json()) as { token?: string }
  if (!json.token) throw new Error(`no token from ${tokenUrl}: ${response.status} ${JSON.stringify(json)}`)
  return json.token
}

/** Mints a token with the emulator's dev endpoint (the request shape of Zoom's auth endpoint sample). */
export function devToken(emulatorUrl: string, body: TokenRequestBody): Promise<string> {
  return requestToken(`${emulatorUrl}/__emulator/token`, body)
}

/** Opens the fixture customer page (query = settings) and starts a session; resolves the PIN it shows. */
export async function startCustomer(page: Page, siteUrl: string, query = ''): Promise<string> {
  await page.goto(`${siteUrl}/customer.html${query ? `?${query}` : ''}`)
  await expect(page.locator('#status')).not.toHaveText('loading')
  await page.locator('#start').click()
  await expect(page.locator('#pin')).toHaveText(/^[A-Z0-9]{1,10}$/)
  return (await page.locator('#pin').textContent()) ?? ''
}

/** A host backend's token endpoint and the credentials of a signed-in agent (instead of the emulator's dev one). */
export interface AgentTokenSource {
  tokenUrl: string
  authorization: string
}

/** Opens Zoom's desk URL on the emulator with a fresh agent token and joins with the PIN. */
export async function joinDesk(
  page: Page,
  emulatorUrl: string,
  pin: string,
  userId = `agent-${Date.now()}`,
  source?: AgentTokenSource,
) {
  const body = { role: 2 as const, userId, userName: `Agent ${userId}` }
  const token = source
    ? await requestToken(source.tokenUrl, body, { authorization: source.authorization })
    : await devToken(emulatorUrl, body)
  await page.goto(`${emulatorUrl}/sdkapi/zcb/frame-templates/desk?access_token=${encodeURIComponent(token)}`)
  await page.getByRole('textbox', { name: 'PIN' }).fill(pin)
  await page.getByRole('button', { name: 'Join' }).click()
}

/** The customer's page as the agent sees it: the replay iframe inside the live view. */
export function mirrored(page: Page): FrameLocator {
  return page.frameLocator('[data-testid="agent-view"] iframe')
}

/** Collects the payload of every WebSocket frame the page sends and receives, from the moment this is called. */
export function captureFrames(page: Page): string[] {
  const frames: string[] = []
  const watch = (socket: WebSocket) => {
    socket.on('framesent', (frame) => frames.push(String(frame.payload)))
    socket.on('framereceived', (frame) => frames.push(String(frame.payload)))
  }
  page.on('websocket', watch)
  return frames
}

/** A customer on the fixture site with a session, and an agent joined to it in the desk (status "Connected"). */
export async function customerWithDeskAgent(
  browser: Browser,
  urls: { site: string; emulator: string },
  query = '',
): Promise<{ customer: Page; agent: Page; pin: string }> {
  const customer = await browser.newPage()
  const pin = await startCustomer(customer, urls.site, query)
  const agent = await browser.newPage()
  await joinDesk(agent, urls.emulator, pin)
  await expect(agent.getByRole('status')).toContainText('Connected')
  return { customer, agent, pin }
}

/**
 * Wheels over the agent's live view until the customer's page has scrolled past `beyond` px (remote assist on).
 * Wheeling again on each poll: the first steps may land before the replay has the customer's scroll position.
 */
export async function scrollCustomerFromDesk(agent: Page, customer: Page, beyond = 200): Promise<void> {
  await agent.getByTestId('agent-view').hover()
  await expect
    .poll(
      async () => {
        await agent.mouse.wheel(0, 400)
        return customer.evaluate(() => window.scrollY)
      },
      { timeout: 10_000 },
    )
    .toBeGreaterThan(beyond)
}
