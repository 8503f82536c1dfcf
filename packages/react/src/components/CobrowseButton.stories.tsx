import type { SessionStatus } from '@cobrowse-kit/core'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { expect, userEvent, waitFor, within } from 'storybook/test'
import { requireStorySession, sessionIn } from '../storybook/sessionIn.js'
import { STORY_PIN } from '../storybook/sessionScenes.js'
import { stubbedClipboardWrite, stubClipboard } from '../storybook/stubClipboard.js'
import { CobrowseButton } from './CobrowseButton.js'

// Every story gets a real session store on the test kit's fake SDK, driven into its state by `sessionIn(scene)`.
// State stories only look (the canvas keeps showing their state); "Flow:" stories click through a change.
const meta = {
  title: 'Components/CobrowseButton',
  component: CobrowseButton,
  // The store comes from the story's session; a control could not build one.
  argTypes: { store: { control: false } },
} satisfies Meta<typeof CobrowseButton>

export default meta
type Story = StoryObj<typeof meta>

// The PIN as the button groups it for reading aloud: "428 193".
const GROUPED_PIN = new RegExp(`${STORY_PIN.slice(0, 3)}\\s${STORY_PIN.slice(3)}`)

/** The root's `data-state`: the session status the component rendered. */
function renderedState(canvasElement: HTMLElement): string | null | undefined {
  return canvasElement.querySelector('.cbk-cobrowse')?.getAttribute('data-state')
}

/** A play function that checks, without changing anything, that the component renders the scene's status. */
function shows(status: SessionStatus): NonNullable<Story['play']> {
  return async ({ canvasElement }) => {
    await expect(renderedState(canvasElement)).toBe(status)
    if (status === 'error') await expect(within(canvasElement).getByRole('alert')).toBeVisible()
  }
}

/** Nothing has loaded yet: the SDK loads on hover or focus. */
export const Idle: Story = { loaders: [sessionIn('idle')], play: shows('idle') }

/** The SDK is loading after a hover or focus. It looks like idle on purpose: nothing for the customer to do yet. */
export const Loading: Story = { loaders: [sessionIn('loading')], play: shows('loading') }

/** The session was asked for and the token has not arrived yet. */
export const Starting: Story = {
  loaders: [sessionIn('starting')],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByRole('button', { name: /starting/i })).toBeDisabled()
  },
}

/** The PIN is ready for the customer to read out to the agent. */
export const Pin: Story = {
  loaders: [sessionIn('pin')],
  play: async ({ canvasElement }) => {
    await expect(within(canvasElement).getByText(GROUPED_PIN)).toBeVisible()
  },
}

/** `copyable`: the PIN as `<PinDisplay>` shows it, with its copy button (the script-tag embed uses this). */
export const PinCopyable: Story = {
  name: 'PIN with copy',
  args: { copyable: true },
  loaders: [sessionIn('pin')],
  beforeEach: stubClipboard('accepts'),
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Copy PIN' }))
    await expect(await canvas.findByText('Copied')).toHaveAttribute('aria-live', 'polite')
    await expect(stubbedClipboardWrite()).toHaveBeenCalledWith(STORY_PIN)
    await expect(renderedState(canvasElement)).toBe('pin')
  },
}

/** Two agents watch the page. */
export const Active: Story = { name: 'Active (with agents)', loaders: [sessionIn('active')], play: shows('active') }

/** The connection dropped mid-session; the SDK is reconnecting. */
export const Reconnecting: Story = { loaders: [sessionIn('reconnecting')], play: shows('reconnecting') }

/** An agent asked to scroll the page (state `active` with `remoteAssist: 'requested'`). */
export const RemoteAssistRequested: Story = {
  name: 'Remote assist requested',
  loaders: [sessionIn('remote-assist-requested')],
  play: shows('active'),
}

/** An agent ended the session. */
export const Ended: Story = { loaders: [sessionIn('ended')], play: shows('ended') }

/** The SDK cannot run in this browser (`sdk_init_failed`). */
export const ErrorSdk: Story = { name: 'Error: SDK', loaders: [sessionIn('error-sdk')], play: shows('error') }

/** The service refused the token (2001). */
export const ErrorToken: Story = { name: 'Error: token', loaders: [sessionIn('error-token')], play: shows('error') }

/** The session could not start (1001). */
export const ErrorSession: Story = {
  name: 'Error: session',
  loaders: [sessionIn('error-session')],
  play: shows('error'),
}

/** The custom PIN is taken by another session (1010). */
export const ErrorPin: Story = { name: 'Error: PIN', loaders: [sessionIn('error-pin')], play: shows('error') }

/** Another tab is still connecting a session (1002). */
export const ErrorLimit: Story = { name: 'Error: limit', loaders: [sessionIn('error-limit')], play: shows('error') }

/** The connection failed mid-session (1016). */
export const ErrorNetwork: Story = {
  name: 'Error: network',
  loaders: [sessionIn('error-network')],
  play: shows('error'),
}

/** Idle → "Get help": the SDK loads, the session starts and the PIN shows. */
export const FlowGetHelp: Story = {
  name: 'Flow: Get help shows the PIN',
  loaders: [sessionIn('idle')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Get help' }))
    await expect(await canvas.findByText(GROUPED_PIN)).toBeVisible()
  },
}

/** Active → "End session": the SDK is told, and the end shows. */
export const FlowEndSession: Story = {
  name: 'Flow: End session',
  loaders: [sessionIn('active')],
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'End session' }))
    await waitFor(() => expect(renderedState(context.canvasElement)).toBe('ended'))
    await expect(requireStorySession(context).fake.calls.end).toBe(1)
  },
}

/** Network error → "Try again": the failed session ends on the SDK's side and a new one gets a PIN. */
export const FlowTryAgain: Story = {
  name: 'Flow: Try again after a network error',
  loaders: [sessionIn('error-network')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await expect(await canvas.findByText(GROUPED_PIN)).toBeVisible()
    await expect(canvas.queryByRole('alert')).toBeNull()
  },
}

/** Ended → "Get help": a new session starts and gets a PIN. */
export const FlowStartAgain: Story = {
  name: 'Flow: Get help again after the end',
  loaders: [sessionIn('ended')],
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await userEvent.click(canvas.getByRole('button', { name: 'Get help' }))
    await expect(await canvas.findByText(GROUPED_PIN)).toBeVisible()
  },
}
