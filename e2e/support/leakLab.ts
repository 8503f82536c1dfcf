import { expect, type Page } from '@playwright/test'

// The leak lab's values (e2e/fixtures/leak-lab*): secrets must reach no agent, controls must, so that a test which
// finds no secret has proved the values had every chance to travel.

/** Typed or set by the tests inside masked places, or already in the page's masked markup. */
export const SECRET = {
  frameInput: 'sec-frame-in-8123',
  frameText: 'sec-frame-text-8124',
  shadowInput: 'sec-shadow-in-8125',
  shadowText: 'sec-shadow-text-8126',
  // In the markup of #attr-box (leak-lab-dom.js, kit/LeakLab.tsx).
  markup: [
    'sec-desc-5521',
    'sec-mail-7731',
    'sec-img-4410',
    'sec-srcdoc-2290',
    'sec-style-6612',
    'sec-date-3318',
    '918273645',
    'sec-ph-8807',
  ],
  // Set on #attr-box's elements once an agent watches.
  late: {
    mail: 'sec-late-mail-3141',
    srcset: 'sec-late-srcset-3142',
    style: 'sec-late-style-3143',
    date: 'sec-late-date-3144',
    number: '271828182',
    title: 'sec-late-title-3146',
  },
  passwordSwap: 'sec-pw-swap-1111',
  passwordSwapMore: 'sec-pw-swap-more-1112',
  passwordRerender: 'sec-pw-rerender-1113',
  passwordRerenderMore: 'sec-pw-rerender-more-1114',
  passwordAutocomplete: 'sec-pw-auto-1115',
  afterBroken: 'sec-after-broken-4401',
  defaultCard: '4000056655665556',
  maskedPortal: 'sec-portal-6070',
  maskedPortalInput: 'sec-portal-in-6071',
  lateField: 'sec-late-field-9090',
} as const

/** Typed or set in the unmasked twins: each must show in the agent's view. */
export const CONTROL = {
  frameInput: 'ctl-frame-in-1201',
  frameText: 'ctl-frame-text-1202',
  shadowInput: 'ctl-shadow-in-1203',
  plain: 'ctl-plain-1204',
  lateAttribute: 'ctl-late-attr-1205',
  oneTimeCode: 'ctl-otp-1206',
  openPortalInput: 'ctl-portal-in-1207',
} as const

/** One way a customer page gets cobrowse: Zoom's snippet, the script-tag embed, or the kit's React components. */
export interface Surface {
  name: 'Zoom snippet' | 'embed' | 'React kit'
  page: string
  /** Starts a session from the page as a customer would and resolves the PIN it shows. */
  start(customer: Page): Promise<string>
}

async function pinOf(customer: Page): Promise<string> {
  const pin = customer.locator('#pin')
  await expect(pin).toHaveText(/^[A-Z0-9]{6,10}$/)
  return (await pin.textContent()) ?? ''
}

export const SURFACES: readonly Surface[] = [
  {
    name: 'Zoom snippet',
    page: 'leak-lab.html',
    async start(customer) {
      await customer.locator('#start').click()
      return pinOf(customer)
    },
  },
  {
    name: 'embed',
    page: 'leak-lab-embed.html',
    async start(customer) {
      await customer.getByRole('button', { name: 'Get help' }).click()
      return pinOf(customer)
    },
  },
  {
    name: 'React kit',
    page: 'leak-lab-kit.html',
    async start(customer) {
      await customer.getByRole('button', { name: 'Get help' }).click()
      return pinOf(customer)
    },
  },
]

/** Sets the text of `#id` in the same-origin frame `#frame` (the page's own code changing what a frame shows). */
export function setFrameText(customer: Page, frame: string, text: string): Promise<void> {
  return customer.evaluate(
    ([frameId, value]) => {
      const doc = (document.getElementById(frameId ?? '') as HTMLIFrameElement | null)?.contentDocument
      const target = doc?.getElementById('frame-text')
      if (!target) throw new Error(`no #frame-text in #${frameId}`)
      target.textContent = value ?? ''
    },
    [frame, text],
  )
}

/** Sets the text of `#shadow-text` in the shadow root of `#host`. */
export function setShadowText(customer: Page, host: string, text: string): Promise<void> {
  return customer.evaluate(
    ([hostId, value]) => {
      const target = document.getElementById(hostId ?? '')?.shadowRoot?.getElementById('shadow-text')
      if (!target) throw new Error(`no #shadow-text in #${hostId}`)
      target.textContent = value ?? ''
    },
    [host, text],
  )
}
