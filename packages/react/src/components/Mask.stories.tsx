import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
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
    await waitFor(() => expect(agentCopyValueOf(canvasElement, 'card')).toBe('**** **** **** ****'))
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
