import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { inLocale } from '../storybook/inLocale.js'
import { requireStorySession, sessionIn } from '../storybook/sessionIn.js'
import { RemoteAssistConsent } from './RemoteAssistConsent.js'

// A real session store on the test kit's fake SDK in each state. The fake takes host answers the way the emulator's
// SDK does (approveRemoteAssist / declineRemoteAssist), so the dialog's buttons drive the real store.
const meta = {
  title: 'Components/RemoteAssistConsent',
  component: RemoteAssistConsent,
  argTypes: { store: { control: false }, onAnswer: { control: false } },
} satisfies Meta<typeof RemoteAssistConsent>

export default meta
type Story = StoryObj<typeof meta>

/** No session: nothing to show. */
export const Idle: Story = {
  loaders: [sessionIn('idle')],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('region')).toBeNull()
    await expect(within(canvasElement).queryByRole('alertdialog')).toBeNull()
  },
}

/** An agent can see the page: the persistent banner, whose button ends the session. */
export const AgentWatching: Story = {
  loaders: [sessionIn('active')],
  play: async ({ canvasElement }) => {
    const banner = within(canvasElement).getByRole('region', { name: 'An agent can see this page' })
    await expect(within(banner).getByRole('button', { name: 'Stop sharing' })).toBeVisible()
  },
}

/** An agent asks to scroll: the kit's dialog, focus on the safe answer. */
export const Requested: Story = {
  loaders: [sessionIn('remote-assist-requested')],
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('alertdialog', { name: 'Allow the agent to scroll?' })
    await expect(within(dialog).getByRole('button', { name: 'Deny' })).toHaveFocus()
  },
}

/** Allowing starts remote assist; the banner then offers to stop the scrolling. */
export const FlowAllow: Story = {
  name: 'Flow: allow, then stop scrolling',
  loaders: [sessionIn('remote-assist-requested')],
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await userEvent.click(await canvas.findByRole('button', { name: 'Allow' }))
    await expect(await canvas.findByText('The agent can scroll this page')).toBeVisible()
    await expect(requireStorySession(context).fake.calls.remoteAssistAnswers).toEqual([true])
    await userEvent.click(canvas.getByRole('button', { name: 'Stop scrolling' }))
    await waitFor(() => expect(canvas.getByText('An agent can see this page')).toBeVisible())
  },
}

/** Escape denies; remote assist stays off. */
export const FlowDeny: Story = {
  name: 'Flow: Escape denies',
  loaders: [sessionIn('remote-assist-requested')],
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await canvas.findByRole('alertdialog')
    await userEvent.keyboard('{Escape}')
    await waitFor(() => expect(canvas.queryByRole('alertdialog')).toBeNull())
    await expect(requireStorySession(context).fake.calls.remoteAssistAnswers).toEqual([false])
  },
}

/** `consent="sdk"`: the SDK's own prompt asks (as Zoom's does); the kit shows only the banner. */
export const SdkPrompt: Story = {
  name: 'SDK asks (consent="sdk")',
  args: { consent: 'sdk' },
  loaders: [sessionIn('remote-assist-requested')],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).queryByRole('alertdialog')).toBeNull()
    await expect(within(canvasElement).getByRole('region', { name: 'An agent can see this page' })).toBeVisible()
  },
}

/** The request in Spanish. */
export const Spanish: Story = {
  decorators: [inLocale('es')],
  loaders: [sessionIn('remote-assist-requested')],
  play: async ({ canvasElement }) => {
    const dialog = await within(canvasElement).findByRole('alertdialog', {
      name: '¿Permitir que el agente desplace la página?',
    })
    await expect(within(dialog).getByRole('button', { name: 'Permitir' })).toBeVisible()
  },
}
