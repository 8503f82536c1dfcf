import { type Browser, expect, type Page, test } from '@playwright/test'
import {
  createLeakCheck,
  type JoinedAgent,
  joinAgent,
  type LeakCheck,
} from '../packages/emulator/src/playwright/index.js'
import { withEmulatorSite } from './support/emulatorSite.js'
import { CONTROL, SECRET, SURFACES, type Surface, setFrameText, setShadowText } from './support/leakLab.js'

// The classes of page that used to leak masked values, each tried through Zoom's snippet, the script-tag embed and
// the kit's React components against the emulator. Values are typed by Playwright; the leak check reads every
// WebSocket frame of the customer and the agent, both directions, and the agent's whole view. Every test also has an
// unmasked twin whose value must reach the agent, so "no secret found" cannot mean "nothing was sent".

const env = withEmulatorSite([], { embed: true, kit: true })

interface Lab {
  customer: Page
  agent: JoinedAgent
  leakCheck: LeakCheck
  consoleLines: string[]
}

async function openLab(browser: Browser, surface: Surface, query = '', secrets: string[] = []): Promise<Lab> {
  const leakCheck = createLeakCheck({ secrets: allSecrets(secrets) })
  const customer = await browser.newPage()
  const consoleLines: string[] = []
  customer.on('console', (message) => consoleLines.push(message.text()))
  leakCheck.watch(customer, `customer (${surface.name})`)
  await customer.goto(`${env.site.url}/${surface.page}${query}`)
  const pin = await surface.start(customer)
  const agent = await joinAgent(browser, { emulator: env.emulator, pin, leakCheck })
  return { customer, agent, leakCheck, consoleLines }
}

function allSecrets(extra: string[]): string[] {
  const { markup, late, ...typed } = SECRET
  return [...markup, ...Object.values(late), ...Object.values(typed), ...extra]
}

async function close(lab: Lab) {
  await Promise.all([lab.customer.close(), lab.agent.page.close()])
}

for (const surface of SURFACES) {
  test.describe(surface.name, () => {
    test('frames and shadow roots: typing and text changes inside a masked one stay masked after the snapshot', async ({
      browser,
    }) => {
      const lab = await openLab(browser, surface)
      const { customer, agent } = lab
      await customer.frameLocator('#masked-frame').locator('#frame-input').pressSequentially(SECRET.frameInput)
      await setFrameText(customer, 'masked-frame', SECRET.frameText)
      await customer.locator('#masked-shadow #shadow-input').pressSequentially(SECRET.shadowInput)
      await setShadowText(customer, 'masked-shadow', SECRET.shadowText)
      // The twins outside the mask: what they carry must arrive.
      await customer.frameLocator('#open-frame').locator('#frame-input').pressSequentially(CONTROL.frameInput)
      await setFrameText(customer, 'open-frame', CONTROL.frameText)
      await customer.locator('#open-shadow #shadow-input').pressSequentially(CONTROL.shadowInput)

      const openFrame = agent.view.frameLocator('#open-frame')
      await expect(openFrame.locator('#frame-input')).toHaveValue(CONTROL.frameInput)
      await expect(openFrame.locator('#frame-text')).toHaveText(CONTROL.frameText)
      await expect(agent.view.locator('#open-shadow #shadow-input')).toHaveValue(CONTROL.shadowInput)
      const maskedFrame = agent.view.frameLocator('#masked-frame')
      await expect(maskedFrame.locator('#frame-input')).toHaveValue('*'.repeat(SECRET.frameInput.length))
      await lab.leakCheck.expectNoLeaks()
      await close(lab)
    })

    test('attributes: inside a mask only known-safe attributes pass, in the snapshot and when set later', async ({
      browser,
    }) => {
      const lab = await openLab(browser, surface)
      const { customer, agent } = lab
      await expect(agent.view.locator('#attr-box')).toBeAttached()
      await customer.evaluate(
        ({ late, control }) => {
          const $ = (id: string) => document.getElementById(id) as HTMLElement
          $('mail').setAttribute('href', `mailto:${late.mail}@example.com`)
          $('pic').setAttribute('srcset', `${late.srcset}.png 1x`)
          $('styled').style.setProperty('--late', late.style)
          $('when').setAttribute('datetime', late.date)
          $('meter').setAttribute('aria-valuenow', late.number)
          $('attr-box').setAttribute('title', late.title)
          $('open-mail').setAttribute('data-note', control)
        },
        { late: SECRET.late, control: CONTROL.lateAttribute },
      )
      await expect(agent.view.locator('#open-mail')).toHaveAttribute('data-note', CONTROL.lateAttribute)
      await expect(agent.view.locator('#open-mail')).toHaveAttribute('href', 'mailto:ctl-mail-1001@example.com')
      // Structure survives (the masked link is still a link to style, the meter still a meter), values do not.
      await expect(agent.view.locator('#attr-box a#mail')).toBeAttached()
      await expect(agent.view.locator('#attr-box meter#meter')).toHaveAttribute('aria-valuenow', '*'.repeat(9))
      await lab.leakCheck.expectNoLeaks()
      await close(lab)
    })

    test('passwords: a field that was a password, or whose autocomplete says so, stays masked', async ({ browser }) => {
      const lab = await openLab(browser, surface)
      const { customer, agent } = lab
      await customer.locator('#pw-swap').pressSequentially(SECRET.passwordSwap)
      await customer.locator('#pw-swap-show').click()
      await customer.locator('#pw-swap').pressSequentially(SECRET.passwordSwapMore)
      await customer.locator('#pw-rerender').pressSequentially(SECRET.passwordRerender)
      await customer.locator('#pw-rerender-show').click()
      await customer.locator('#pw-rerender').pressSequentially(SECRET.passwordRerenderMore)
      await customer.locator('#pw-auto').pressSequentially(SECRET.passwordAutocomplete)
      await customer.locator('#plain').pressSequentially(CONTROL.plain)

      await expect(agent.view.locator('#plain')).toHaveValue(CONTROL.plain)
      // The fields did turn to text on the agent's side too: only their values stay hidden.
      await expect(agent.view.locator('#pw-swap')).toHaveAttribute('type', 'text')
      await expect(agent.view.locator('#pw-rerender')).toHaveAttribute('type', 'text')
      await lab.leakCheck.expectNoLeaks()
      await close(lab)
    })
  })
}

test.describe('selector lists', () => {
  const snippet = SURFACES[0] as Surface

  test('Zoom snippet: an unclosed item switches off none of the items after it', async ({ browser }) => {
    const lab = await openLab(browser, snippet, `?selectors=${encodeURIComponent('.pii, .broken[, .after-broken')}`)
    const { customer, agent } = lab
    await customer.locator('#after-broken').pressSequentially(SECRET.afterBroken)
    await customer.locator('#masked-shadow #shadow-input').pressSequentially(SECRET.shadowInput)
    await customer.locator('#plain').pressSequentially(CONTROL.plain)
    await expect(agent.view.locator('#plain')).toHaveValue(CONTROL.plain)
    await expect(agent.view.locator('#after-broken')).toHaveValue('*'.repeat(SECRET.afterBroken.length))
    await lab.leakCheck.expectNoLeaks()
    expect(lab.consoleLines.some((line) => line.includes('.broken['))).toBe(true)
    await close(lab)
  })

  test('Zoom snippet: an item that never closes cannot mask the whole page', async ({ browser }) => {
    const lab = await openLab(browser, snippet, `?selectors=${encodeURIComponent('.pii, :not(.nothing')}`)
    const { customer, agent } = lab
    await customer.locator('#masked-shadow #shadow-input').pressSequentially(SECRET.shadowInput)
    await customer.locator('#plain').pressSequentially(CONTROL.plain)
    await expect(agent.view.locator('#plain')).toHaveValue(CONTROL.plain)
    await expect(agent.view.getByRole('heading', { name: 'Passwords' })).toBeVisible()
    await lab.leakCheck.expectNoLeaks()
    await close(lab)
  })

  // The embed loads its widget on intent and starts on the click; the React button loads the SDK on hover, where the
  // error already shows (and the button gives way to it).
  for (const [surface, query, intent] of [
    [SURFACES[1], `?mask=${encodeURIComponent('.pii, .broken[, .after-broken')}`, 'click'],
    [SURFACES[2], '?masking=bad', 'hover'],
  ] as const) {
    test(`${surface?.name}: a malformed item is a typed error naming it, and nothing is ever recorded`, async ({
      browser,
    }) => {
      if (!surface) throw new Error('missing surface')
      const leakCheck = createLeakCheck({ secrets: allSecrets([]) })
      const customer = await browser.newPage()
      const consoleLines: string[] = []
      customer.on('console', (message) => consoleLines.push(message.text()))
      const sdkRequests: string[] = []
      customer.on('request', (request) => {
        if (request.url().includes('/static/resource/sdk/')) sdkRequests.push(request.url())
      })
      leakCheck.watch(customer, 'customer')
      await customer.goto(`${env.site.url}/${surface.page}${query}`)
      await customer.locator('#after-broken').pressSequentially(SECRET.afterBroken)
      await customer.getByRole('button', { name: 'Get help' })[intent]()
      await expect(customer.locator('#error')).toHaveText('invalid_masking')
      expect(consoleLines.some((line) => line.includes("'.broken[' never closes"))).toBe(true)
      // No SDK, no socket, no recording: a broken mask list never falls back to a weaker one.
      expect(sdkRequests).toEqual([])
      expect(leakCheck.frames).toEqual([])
      await customer.close()
    })
  }
})

test.describe('the kit only', () => {
  const kit = SURFACES[2] as Surface
  const embed = SURFACES[1] as Surface

  test('portals: the masked portal container hides what a <Mask> child renders there; a plain portal does not, and the console says so', async ({
    browser,
  }) => {
    const lab = await openLab(browser, kit)
    const { customer, agent } = lab
    await customer.locator('#masked-portal-open').click()
    await customer.locator('#masked-portal-input').pressSequentially(SECRET.maskedPortalInput)
    await customer.locator('#open-portal-open').click()
    await customer.locator('#open-portal-input').pressSequentially(CONTROL.openPortalInput)
    // The documented miss, kept as the control: a portal straight into <body> is outside the mask.
    await expect(agent.view.locator('#open-portal-input')).toHaveValue(CONTROL.openPortalInput)
    await expect(agent.view.locator('#masked-portal-input')).toHaveValue('*'.repeat(SECRET.maskedPortalInput.length))
    await lab.leakCheck.expectNoLeaks()
    expect(lab.consoleLines.filter((line) => line.includes('useMaskedPortalContainer'))).toHaveLength(1)
    await close(lab)
  })

  for (const surface of [kit, embed]) {
    test(`${surface.name}: card fields are masked by their autocomplete alone; an opted-out kind is not`, async ({
      browser,
    }) => {
      const lab = await openLab(browser, surface)
      const { customer, agent } = lab
      await customer.locator('#default-card').pressSequentially(SECRET.defaultCard)
      await customer.locator('#plain').pressSequentially(CONTROL.plain)
      await expect(agent.view.locator('#plain')).toHaveValue(CONTROL.plain)
      if (surface === kit) {
        await customer.locator('#otp').pressSequentially(CONTROL.oneTimeCode)
        await expect(agent.view.locator('#otp')).toHaveValue(CONTROL.oneTimeCode)
      }
      await lab.leakCheck.expectNoLeaks()
      await close(lab)
    })
  }

  test('a <Mask> mounted while the session runs masks at once, without a restart', async ({ browser }) => {
    const lab = await openLab(browser, kit)
    const { customer, agent } = lab
    await customer.locator('#late-show').click()
    await customer.locator('#late-field').pressSequentially(SECRET.lateField)
    await customer.locator('#plain').pressSequentially(CONTROL.plain)
    await expect(agent.view.locator('#plain')).toHaveValue(CONTROL.plain)
    await expect(agent.view.locator('#late-field')).toHaveValue('*'.repeat(SECRET.lateField.length))
    await lab.leakCheck.expectNoLeaks()
    await close(lab)
  })
})
