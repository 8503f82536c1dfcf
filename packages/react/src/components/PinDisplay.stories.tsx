import type { Decorator, Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, within } from 'storybook/test'
import { inLocale } from '../storybook/inLocale.js'
import { sessionIn } from '../storybook/sessionIn.js'
import { STORY_PIN } from '../storybook/sessionScenes.js'
import { stubbedClipboardWrite, stubClipboard } from '../storybook/stubClipboard.js'
import { PinDisplay } from './PinDisplay.js'

// Session stories get a real store on the test kit's fake SDK with the PIN issued (`sessionIn('pin')`); the BYOP
// stories pass a PIN of their own and need no session at all.
const meta = {
  title: 'Components/PinDisplay',
  component: PinDisplay,
  // The store comes from the story's session; a control could not build one.
  argTypes: { store: { control: false } },
} satisfies Meta<typeof PinDisplay>

export default meta
type Story = StoryObj<typeof meta>

/** A custom PIN a BYOP app chose for its customer (Zoom accepts up to 10 letters and digits). */
const BYOP_PIN = 'HELP42'

// Long enough for a reviewer to see the confirmation; the default (2 s) would clear it before the canvas is read.
const CONFIRMATION_STAYS_MS = 60 * 60 * 1000

/** The groups the customer sees, in DOM order. */
function shownGroups(canvasElement: HTMLElement): string[] {
  return [...canvasElement.querySelectorAll('.cbk-pin__group')].map((group) => group.textContent ?? '')
}

/** The PIN's root element; fails the story when the component rendered nothing. */
function pinRoot(canvasElement: HTMLElement): HTMLElement {
  const root = canvasElement.querySelector<HTMLElement>('.cbk-pin')
  if (!root) throw new Error('PinDisplay rendered nothing.')
  return root
}

/** A play function that checks, without changing anything, that `pin` shows in `groups` and is spelled out. */
function shows(pin: string, groups: string[]): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    await expect(shownGroups(canvasElement)).toEqual(groups)
    // Screen readers get one character at a time; the visual groups are hidden from them.
    await expect(within(canvasElement).getByText([...pin].join(' '))).toHaveClass('cbk-visually-hidden')
    await expect(canvasElement.querySelector('.cbk-pin__groups')).toHaveAttribute('aria-hidden', 'true')
  }
}

// The kit's dark surface behind the panel, so the contrast axe measures is the one a dark page gives.
const onDarkTheme: Decorator = (Story) => (
  <div data-cbk-theme="dark" style={{ background: '#111316', padding: '1.5rem' }}>
    <Story />
  </div>
)

const rightToLeft: Decorator = (Story) => (
  <div dir="rtl" lang="ar">
    <Story />
  </div>
)

/** Zoom's 6-digit PIN, read from the session once the SDK issued it, in two groups of three. */
export const SessionPin: Story = {
  name: 'Session PIN',
  loaders: [sessionIn('pin')],
  play: shows(STORY_PIN, [STORY_PIN.slice(0, 3), STORY_PIN.slice(3)]),
}

/** A BYOP PIN passed as `pin`: no provider needed. Six characters that are not all digits still group in threes. */
export const ByopPin: Story = {
  name: 'BYOP PIN',
  args: { pin: BYOP_PIN },
  play: shows(BYOP_PIN, ['HEL', 'P42']),
}

/** `size="large"` for customers who read the PIN from a distance or zoom in. */
export const Large: Story = {
  args: { size: 'large' },
  loaders: [sessionIn('pin')],
  play: async ({ canvasElement }) => {
    const groups = canvasElement.querySelector('.cbk-pin__groups')
    if (!groups) throw new Error('No PIN groups rendered.')
    const rootSize = Number.parseFloat(getComputedStyle(document.documentElement).fontSize)
    // 2.5rem by default (--cbk-font-size-pin-large), against 1.5rem for the normal size.
    await expect(Number.parseFloat(getComputedStyle(groups).fontSize)).toBe(2.5 * rootSize)
  },
}

/** "Copy PIN" with a clipboard that takes the write: the PIN is copied and "Copied" is announced politely. */
export const Copied: Story = {
  args: { copiedResetMs: CONFIRMATION_STAYS_MS },
  loaders: [sessionIn('pin')],
  beforeEach: stubClipboard('accepts'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    const button = canvas.getByRole('button', { name: 'Copy PIN' })
    await userEvent.click(button)
    await expect(await canvas.findByText('Copied')).toHaveAttribute('aria-live', 'polite')
    await expect(stubbedClipboardWrite()).toHaveBeenCalledWith(STORY_PIN)
    // Focus stays on the button, so a keyboard user can copy again without hunting for it.
    await expect(button).toHaveFocus()
  },
}

/** "Copy PIN" when the browser refuses the clipboard: the customer is told to select the PIN and copy it. */
export const CopyRefused: Story = {
  name: 'Copy refused',
  loaders: [sessionIn('pin')],
  beforeEach: stubClipboard('refuses'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Copy PIN' }))
    await expect(await canvas.findByText('Select the PIN and copy it')).toHaveAttribute('data-feedback', 'failed')
    await expect(canvas.queryByText('Copied')).toBeNull()
  },
}

/** The bundled Spanish strings, through `<CobrowseMessagesProvider locale="es">`. */
export const Spanish: Story = {
  loaders: [sessionIn('pin')],
  decorators: [inLocale('es')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByText('Su PIN')).toBeVisible()
    await expect(canvas.getByRole('button', { name: 'Copiar PIN' })).toBeVisible()
  },
}

/** The dark theme (`data-cbk-theme="dark"` on an ancestor), on a dark page. */
export const Dark: Story = {
  loaders: [sessionIn('pin')],
  decorators: [onDarkTheme],
  play: async ({ canvasElement }) => {
    // The kit's dark surface and text, not the light ones the system setting of the test browser would give.
    const root = pinRoot(canvasElement)
    await expect(getComputedStyle(root).backgroundColor).toBe('rgb(27, 29, 33)')
    await expect(getComputedStyle(root).color).toBe('rgb(232, 234, 237)')
  },
}

/** A right-to-left page: the panel mirrors, and the PIN itself still reads left to right. */
export const RightToLeft: Story = {
  name: 'Right to left',
  loaders: [sessionIn('pin')],
  decorators: [rightToLeft],
  play: async ({ canvasElement }) => {
    const root = pinRoot(canvasElement)
    const groups = root.querySelector<HTMLElement>('.cbk-pin__groups')
    const copy = within(root).getByRole('button', { name: 'Copy PIN' })
    if (!groups) throw new Error('No PIN groups rendered.')
    await expect(getComputedStyle(groups).direction).toBe('ltr')
    await expect(shownGroups(canvasElement)).toEqual([STORY_PIN.slice(0, 3), STORY_PIN.slice(3)])
    const [first, second] = [...groups.children].map((group) => group.getBoundingClientRect().left)
    await expect(first).toBeLessThan(second ?? Number.NEGATIVE_INFINITY)
    // The grid mirrors: the PIN's column starts on the right, so the copy button sits to its left.
    await expect(copy.getBoundingClientRect().right).toBeLessThanOrEqual(groups.getBoundingClientRect().left)
  },
}
