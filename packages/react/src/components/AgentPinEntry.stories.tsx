import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, fn, userEvent, within } from 'storybook/test'
import { AgentPinEntry } from './AgentPinEntry.js'

// The field only reports a valid PIN through `onSubmit`; a spy stands in for the agent's join, so every flow can
// check what the app would have received, and that nothing was submitted while the PIN was wrong.
const meta = {
  title: 'Components/AgentPinEntry',
  component: AgentPinEntry,
  args: { onSubmit: fn() },
} satisfies Meta<typeof AgentPinEntry>

export default meta
type Story = StoryObj<typeof meta>

const FIELD = { name: "Customer's PIN" } as const

/** Nothing typed yet: no error, and the field is not marked invalid. */
export const Empty: Story = {
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('textbox', FIELD)).toHaveValue('')
    await expect(canvas.getByRole('textbox', FIELD)).toHaveAttribute('aria-invalid', 'false')
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/** A Zoom PIN typed the way it is read out, with a space: it is submitted as its 6 digits. */
export const ValidZoomPin: Story = {
  name: 'Valid Zoom PIN',
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', FIELD), '123 456')
    await userEvent.click(canvas.getByRole('button', { name: 'Join' }))
    await expect(args.onSubmit).toHaveBeenCalledTimes(1)
    await expect(args.onSubmit).toHaveBeenCalledWith('123456')
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/** A BYOP PIN typed in lower case: it is submitted upper-cased, as Zoom stores custom PINs. */
export const ByopPin: Story = {
  name: 'BYOP PIN',
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.type(canvas.getByRole('textbox', FIELD), 'help42')
    await userEvent.click(canvas.getByRole('button', { name: 'Join' }))
    await expect(args.onSubmit).toHaveBeenCalledTimes(1)
    await expect(args.onSubmit).toHaveBeenCalledWith('HELP42')
  },
}

/** A character no PIN has: the alert says which, as it is typed, and Join submits nothing. */
export const InvalidCharacter: Story = {
  name: 'Invalid character',
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    const field = canvas.getByRole('textbox', FIELD)
    await userEvent.type(field, '12#4')
    const alert = canvas.getByRole('alert')
    await expect(alert).toHaveTextContent("A PIN has letters and digits only, not '#'.")
    await expect(field).toHaveAttribute('aria-invalid', 'true')
    await expect(field).toHaveAccessibleDescription(alert.textContent ?? '')
    await userEvent.click(canvas.getByRole('button', { name: 'Join' }))
    await expect(args.onSubmit).not.toHaveBeenCalled()
  },
}

/** `kind="zoom"` accepts Zoom's 6 digits only, and says so when a letter is typed. */
export const ZoomPinsOnly: Story = {
  name: 'Zoom PINs only',
  args: { kind: 'zoom' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('textbox', FIELD)).toHaveAttribute('inputmode', 'numeric')
    await userEvent.type(canvas.getByRole('textbox', FIELD), '12A')
    await expect(canvas.getByRole('alert')).toHaveTextContent('A Zoom PIN has digits only.')
  },
}

/** An error from outside, here from a join that found no session (Zoom's desk says "Cobrowse code not found"). */
export const ExternalError: Story = {
  name: 'External error',
  args: { error: 'Cobrowse code not found' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('alert')).toHaveTextContent('Cobrowse code not found')
    await expect(canvas.getByRole('textbox', FIELD)).toHaveAttribute('aria-invalid', 'true')
  },
}

/** Disabled while a join is under way: neither the field nor the button takes input. */
export const Disabled: Story = {
  args: { disabled: true },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('textbox', FIELD)).toBeDisabled()
    await expect(canvas.getByRole('button', { name: 'Join' })).toBeDisabled()
  },
}
