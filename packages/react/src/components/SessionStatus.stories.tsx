import type { SessionStatus as SessionStatusName } from '@cobrowse-kit/core'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, within } from 'storybook/test'
import { inLocale } from '../storybook/inLocale.js'
import { sessionIn } from '../storybook/sessionIn.js'
import { SessionStatus } from './SessionStatus.js'

// Every story gets a real session store on the test kit's fake SDK, driven into its state by `sessionIn(scene)`.
// The badge only looks, so every play function checks without changing anything.
const meta = {
  title: 'Components/SessionStatus',
  component: SessionStatus,
  // The store comes from the story's session; a control could not build one.
  argTypes: { store: { control: false } },
} satisfies Meta<typeof SessionStatus>

export default meta
type Story = StoryObj<typeof meta>

/** A play function that checks the badge names `status` with `text`, as a polite live region. */
function shows(status: SessionStatusName, text: string): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    const badge = within(canvasElement).getByRole('status')
    await expect(badge).toHaveAttribute('data-state', status)
    await expect(badge).toHaveClass(`cbk-status--${status}`)
    await expect(badge).toHaveTextContent(text)
  }
}

/** Nothing has loaded yet. */
export const Idle: Story = { loaders: [sessionIn('idle')], play: shows('idle', 'Not started') }

/** The SDK is loading. */
export const Loading: Story = { loaders: [sessionIn('loading')], play: shows('loading', 'Loading…') }

/** The SDK answered init; no session was asked for yet. */
export const Ready: Story = { loaders: [sessionIn('ready')], play: shows('ready', 'Ready') }

/** The session was asked for and the token has not arrived yet. */
export const Starting: Story = { loaders: [sessionIn('starting')], play: shows('starting', 'Starting…') }

/** The PIN is out; no agent has joined yet. */
export const Pin: Story = { name: 'PIN', loaders: [sessionIn('pin')], play: shows('pin', 'Waiting for an agent') }

/** One agent watches the page: the count is singular. */
export const ActiveOneAgent: Story = {
  name: 'Active (1 agent)',
  loaders: [sessionIn('active-one-agent')],
  play: shows('active', '1 agent connected'),
}

/** Three agents watch the page. */
export const ActiveThreeAgents: Story = {
  name: 'Active (3 agents)',
  loaders: [sessionIn('active-three-agents')],
  play: shows('active', '3 agents connected'),
}

/** The connection dropped mid-session; the SDK is reconnecting. */
export const Reconnecting: Story = {
  loaders: [sessionIn('reconnecting')],
  play: shows('reconnecting', 'Reconnecting…'),
}

/** An agent ended the session. */
export const Ended: Story = { loaders: [sessionIn('ended')], play: shows('ended', 'Session ended') }

/** The session failed (here the service refused the token, 2001). The badge names the state; the reason is the UI's. */
export const Failed: Story = {
  name: 'Error',
  loaders: [sessionIn('error-token')],
  play: shows('error', 'Something went wrong'),
}

/** The bundled Spanish strings, with three agents connected (the plural comes from the messages, not from the code). */
export const Spanish: Story = {
  loaders: [sessionIn('active-three-agents')],
  decorators: [inLocale('es')],
  play: shows('active', '3 agentes conectados'),
}
