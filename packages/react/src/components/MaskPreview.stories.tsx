import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { agentCopyValueOf } from '../storybook/agentCopyValueOf.js'
import { PAYMENT_FIELDS, PaymentForm } from '../storybook/PaymentForm.js'
import { sessionIn } from '../storybook/sessionIn.js'
import { MaskPreview } from './MaskPreview.js'

// The preview reads the masking options of the nearest provider, so the session stories give their store
// `masking: { selectors: ['.pii'] }`: the card field is masked by <Mask>, the email by `.pii`, the name not at all.
const meta = {
  title: 'Components/MaskPreview',
  component: MaskPreview,
  args: { children: <PaymentForm /> },
  // The previewed UI is JSX; a text control would only break it.
  argTypes: { children: { control: false } },
} satisfies Meta<typeof MaskPreview>

export default meta
type Story = StoryObj<typeof meta>

const masksPii = sessionIn('idle', { masking: { selectors: ['.pii'] } })

const FILLED = { name: 'Ana Lima', card: '4242 4242 4242 4242', email: 'ana@example.com' }

/** A masked field value, as the recorder sends it: every character starred, the length kept. */
const starred = (text: string) => '*'.repeat(text.length)

/** A filled payment form under the provider's masking: the card and the email are starred, the name is not. */
export const PaymentFormMasked: Story = {
  name: 'Payment form',
  args: { children: <PaymentForm defaults={FILLED} /> },
  loaders: [masksPii],
  play: async ({ canvasElement }) => {
    await expect(agentCopyValueOf(canvasElement, PAYMENT_FIELDS.card)).toBe(starred(FILLED.card))
    await expect(agentCopyValueOf(canvasElement, PAYMENT_FIELDS.email)).toBe(starred(FILLED.email))
    await expect(agentCopyValueOf(canvasElement, PAYMENT_FIELDS.name)).toBe(FILLED.name)
  },
}

/** The customer types; the agent's side follows keystroke by keystroke, masked where it must be. */
export const FlowTyping: Story = {
  name: 'Flow: typing into the form',
  loaders: [masksPii],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Card number' }), FILLED.card)
    await userEvent.type(canvas.getByRole('textbox', { name: 'Name on card' }), FILLED.name)
    await waitFor(() => expect(agentCopyValueOf(canvasElement, PAYMENT_FIELDS.card)).toBe(starred(FILLED.card)))
    await expect(agentCopyValueOf(canvasElement, PAYMENT_FIELDS.name)).toBe(FILLED.name)
    // The customer's own field keeps what was typed: masking only touches what the agent gets.
    await expect(canvas.getByRole('textbox', { name: 'Card number' })).toHaveValue(FILLED.card)
  },
}

/** `masking={{ allInputs: true }}` as a prop, no provider: every field is starred, the name too. */
export const AllInputs: Story = {
  name: 'All inputs (prop)',
  args: { children: <PaymentForm defaults={FILLED} />, masking: { allInputs: true } },
  play: async ({ canvasElement }) => {
    for (const [field, value] of [
      [PAYMENT_FIELDS.name, FILLED.name],
      [PAYMENT_FIELDS.card, FILLED.card],
      [PAYMENT_FIELDS.email, FILLED.email],
    ] as const) {
      await expect(agentCopyValueOf(canvasElement, field)).toBe(starred(value))
    }
  },
}

/** Custom headings for the two sides, e.g. in the app's own language. */
export const CustomLabels: Story = {
  name: 'Custom labels',
  args: {
    children: <PaymentForm defaults={FILLED} />,
    customerLabel: 'Your screen',
    agentLabel: 'Support sees',
  },
  loaders: [masksPii],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('region', { name: 'Your screen' })).toBeVisible()
    await expect(canvas.getByRole('region', { name: 'Support sees' })).toBeVisible()
  },
}
