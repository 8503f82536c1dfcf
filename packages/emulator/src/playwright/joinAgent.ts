import { randomUUID } from 'node:crypto'
import type { Browser, BrowserContext, FrameLocator, Locator, Page } from '@playwright/test'
import { signSdkToken } from '../auth/signSdkToken.js'
import { PATHS } from '../protocol/paths.js'
import type { LeakCheck } from './createLeakCheck.js'
import type { EmulatorTarget } from './emulatorTarget.js'
import { PlaywrightHelperError } from './PlaywrightHelperError.js'

/**
 * Whom to join and how.
 *
 * @example
 * const options: JoinAgentOptions = { emulator, pin: '123 456', leakCheck, label: 'second agent' }
 */
export interface JoinAgentOptions {
  emulator: EmulatorTarget
  /** The PIN the customer's page shows (spaces are removed). */
  pin: string
  /** Watches the agent page (frames and view) from before it connects, so the first snapshot is checked too. */
  leakCheck?: LeakCheck
  /** Label of the agent page in leak reports. Default `agent`. */
  label?: string
  /** The agent token's `user_id`. Default: a fresh one, since the emulator refuses the same user twice (1015). */
  userId?: string
  /** The agent token's `user_name`. Default `Leak check agent`. */
  userName?: string
  /** How long to wait for the desk, the join and the first replay. Default 15000 ms. */
  timeoutMs?: number
}

/**
 * An agent in Zoom's desk on the emulator, joined and showing the customer's page.
 *
 * @example
 * const agent: JoinedAgent = await joinAgent(browser, { emulator, pin })
 * await expect(agent.view.getByRole('heading', { name: 'Checkout' })).toBeVisible()
 */
export interface JoinedAgent {
  /** The desk page. */
  page: Page
  /** The replay of the customer's page, for the test's own expectations. */
  view: FrameLocator
  /** The label its frames and view are reported under (when a leak check watches it). */
  label: string
  userId: string
}

/** The desk's replay iframe (the same selector the desk's own e2e tests use). */
const REPLAY_IFRAME = '[data-testid="agent-view"] iframe'

/**
 * Joins a session as an agent the way a support agent does with Zoom: mints an agent token (role 2) with the
 * emulator's secret, opens the desk (`/sdkapi/zcb/frame-templates/desk?access_token=…`) in a new page of `browser`,
 * enters the PIN and waits for "Connected" and the first replay. A refused token or PIN throws
 * `PlaywrightHelperError` with the desk's own message.
 *
 * @example
 * const agent = await joinAgent(browser, { emulator, pin, leakCheck })
 * await expect(agent.view.locator('input[name="card"]')).toHaveValue('****************')
 */
export async function joinAgent(browser: Browser | BrowserContext, options: JoinAgentOptions): Promise<JoinedAgent> {
  const pin = options.pin.replace(/\s/g, '')
  const timeout = options.timeoutMs ?? 15_000
  const userId = options.userId ?? `leak-check-agent-${randomUUID().slice(0, 8)}`
  const { emulator } = options
  const token = signSdkToken({
    sdkKey: emulator.sdkKey,
    sdkSecret: emulator.sdkSecret,
    role: 2,
    userId,
    userName: options.userName ?? 'Leak check agent',
  })
  const page = await browser.newPage()
  const label =
    options.leakCheck?.watch(page, options.label ?? 'agent', { agentView: true }) ?? options.label ?? 'agent'
  try {
    await joinInDesk(page, `${emulator.url}${PATHS.desk}?access_token=${encodeURIComponent(token)}`, pin, timeout)
  } catch (error) {
    // A desk that did not join is of no use to the test, and would stay open until the worker ends.
    await page.close().catch(() => {})
    throw error
  }
  return { page, view: page.frameLocator(REPLAY_IFRAME), label, userId }
}

async function joinInDesk(page: Page, deskUrl: string, pin: string, timeout: number): Promise<void> {
  const origin = new URL(deskUrl).origin
  await page.goto(deskUrl)
  const pinBox = page.getByRole('textbox', { name: 'PIN' })
  const alert = page.getByRole('alert').filter({ hasText: /\S/ })
  const alertText = async () => ((await alert.first().textContent()) ?? '').trim()
  const credentialsHint = `Give joinAgent the sdkKey and sdkSecret the emulator at ${origin} was started with.`
  if (await failureShowsFirst(pinBox, alert, timeout, 'the desk to show its PIN form')) {
    throw new PlaywrightHelperError(
      'desk_refused_token',
      `joinAgent: the desk refused the agent token: "${await alertText()}".`,
      credentialsHint,
    )
  }
  await pinBox.fill(pin)
  await page.getByRole('button', { name: 'Join' }).click()

  const connected = page.getByRole('status').filter({ hasText: /^Connected/ })
  if (await failureShowsFirst(connected, alert, timeout, `the desk to say Connected after joining PIN ${pin}`)) {
    const shown = await alertText()
    throw new PlaywrightHelperError(
      'join_refused',
      `joinAgent: the desk could not join PIN ${pin}: "${shown}".`,
      /token/i.test(shown)
        ? credentialsHint
        : 'Join while the customer page shows this PIN (its session must be live), with the PIN exactly as shown.',
    )
  }
  try {
    await page.locator(REPLAY_IFRAME).first().waitFor({ state: 'attached', timeout })
  } catch {
    throw new PlaywrightHelperError(
      'no_replay',
      `joinAgent: joined PIN ${pin}, but no replay of the customer page appeared within ${timeout} ms.`,
      'Keep the customer page open on the page being shared while the agent joins.',
    )
  }
}

/** Waits for `wanted` or `failure` to show; true when it was the failure. */
async function failureShowsFirst(wanted: Locator, failure: Locator, timeout: number, what: string): Promise<boolean> {
  try {
    await wanted.or(failure).first().waitFor({ timeout })
  } catch {
    throw new PlaywrightHelperError(
      'join_timeout',
      `joinAgent: timed out after ${timeout} ms waiting for ${what}.`,
      'Check that the emulator is still running and answers at its url, or give a larger timeoutMs.',
    )
  }
  return !(await wanted.first().isVisible())
}
