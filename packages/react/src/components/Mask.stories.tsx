import type { Meta, StoryObj } from '@storybook/react-vite'
import { useState } from 'react'
import { createPortal } from 'react-dom'
import { expect, screen, userEvent, waitFor, within } from 'storybook/test'
import { useMaskedPortalContainer } from '../hooks/useMaskedPortalContainer.js'
import { agentCopyValueOf } from '../storybook/agentCopyValueOf.js'
import { Mask } from './Mask.js'
import { MaskPreview } from './MaskPreview.js'

// <Mask> changes nothing the customer sees, so every story shows it inside <MaskPreview>: the agent's side is where
// the masking is visible. No provider: the preview then masks <Mask> only, which is exactly what is under review.
const meta = {
  title: 'Components/Mask',
  component: Mask,
  // The masked UI is JSX; a text control would only break it.
  argTypes: { children: { control: false } },
  decorators: [
    (Story) => (
      <MaskPreview>
        <Story />
      </MaskPreview>
    ),
  ],
} satisfies Meta<typeof Mask>

export default meta
type Story = StoryObj<typeof meta>

const CARD = '4242 4242 4242 4242'

/** A card number field wrapped in `<Mask>`: the customer types it, the agent sees stars in its place. */
export const CardField: Story = {
  name: 'Card field',
  render: (args) => (
    <label style={{ display: 'grid', gap: '0.25rem' }}>
      Card number
      <Mask {...args}>
        <input name="card" autoComplete="cc-number" inputMode="numeric" />
      </Mask>
    </label>
  ),
  args: { as: 'span' },
  play: async ({ canvasElement }) => {
    const field = within(canvasElement).getByRole('textbox', { name: 'Card number' })
    await userEvent.type(field, CARD)
    await waitFor(() => expect(agentCopyValueOf(canvasElement, 'card')).toBe('*'.repeat(19)))
    await expect(field).toHaveValue(CARD)
  },
}

/** `as="span"` masks a few words inside running text, such as the last digits of a saved card. */
export const InlineText: Story = {
  name: 'Inline text',
  args: { as: 'span', children: '4242' },
  render: (args) => (
    <p>
      Paying with the card ending in <Mask {...args} />.
    </p>
  ),
  play: async ({ canvasElement }) => {
    const agentSide = canvasElement.querySelector('[data-testid="mask-preview-agent"]')
    await expect(agentSide).toHaveTextContent('Paying with the card ending in ****.')
    await expect(within(canvasElement).getByText('4242')).toHaveAttribute('data-cobrowse-mask')
  },
}

/** A popover-like list pinned to the page corner, as a dropdown library would place it (logical sides, for RTL). */
const SAVED_CARDS_LIST = {
  position: 'fixed',
  insetBlockEnd: '1rem',
  insetInlineStart: '1rem',
  margin: 0,
  padding: '0.5rem 0.75rem',
  listStyle: 'none',
  background: 'Canvas',
  color: 'CanvasText',
  border: '1px solid GrayText',
  borderRadius: '0.5rem',
} as const

/** Saved cards shown in a dropdown: a portal, rendered into the masked container so it is masked like `<Mask>`. */
function SavedCards() {
  const container = useMaskedPortalContainer()
  const [open, setOpen] = useState(false)
  return (
    <Mask>
      <button type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        Saved cards
      </button>
      {open &&
        container &&
        createPortal(
          <ul aria-label="Saved cards" style={SAVED_CARDS_LIST}>
            <li>Visa ending 4242</li>
            <li>Mastercard ending 4444</li>
          </ul>,
          container,
        )}
    </Mask>
  )
}

/**
 * A `<Mask>` child rendered through a portal lands at the end of `<body>`, outside the mask; the element from
 * `useMaskedPortalContainer()` keeps it masked. (The preview copies the story only, not what portals render.)
 */
export const PortalContainer: Story = {
  name: 'Dropdown in a portal',
  render: () => <SavedCards />,
  play: async ({ canvasElement }) => {
    await userEvent.click(within(canvasElement).getByRole('button', { name: 'Saved cards' }))
    const list = await screen.findByRole('list', { name: 'Saved cards' })
    await expect(canvasElement.contains(list)).toBe(false)
    await expect(list.closest('[data-cobrowse-mask]')).toHaveAttribute('data-cobrowse-portal')
  },
}
