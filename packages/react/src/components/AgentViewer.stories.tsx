import type { TokenProvider } from '@cobrowse-kit/core'
import type { Meta, StoryContext, StoryObj } from '@storybook/react-vite'
import type { ReactElement } from 'react'
import { expect, fn, userEvent, waitFor, within } from 'storybook/test'
import {
  agentSdkIn,
  requireStoryAgent,
  STORY_AGENT_PIN,
  STORY_AGENT_TOKEN,
  STORY_UNKNOWN_PIN,
} from '../storybook/agentSdkIn.js'
import { AgentViewer, type AgentViewerProps } from './AgentViewer.js'

// `mode="sdk"` stories run the component's real agent store on the test kit's fake agent SDK (loaded per render by
// `agentSdkIn()`), where only 123456 has a session. `mode="desk"` stories never load a desk: Zoom's is not
// reachable offline, and the emulator's belongs to the Live stories. They show the token states before the iframe.
const meta = {
  title: 'Components/AgentViewer',
  component: AgentViewer,
  // The SDK and the token provider are objects and functions a control could not build.
  argTypes: { sdk: { control: false }, token: { control: false } },
} satisfies Meta<typeof AgentViewer>

export default meta
// Typed on the component, not the meta: its props are a union on `mode`, and no single set of default args fits
// both modes (the SDK stories get their SDK from the loader, in `render`).
type Story = StoryObj<typeof AgentViewer>

/** The BYOP viewer on this story's fake agent SDK; `pin` joins at once instead of showing the PIN field. */
function renderOnFakeSdk(args: AgentViewerProps, context: StoryContext<AgentViewerProps>): ReactElement {
  const { fake } = requireStoryAgent(context)
  const pin = args.mode === 'sdk' && args.pin !== undefined ? { pin: args.pin } : {}
  return <AgentViewer mode="sdk" sdk={fake.sdk} sdkKey="storybook" token={STORY_AGENT_TOKEN} {...pin} />
}

const sdkStory = { loaders: [agentSdkIn()], render: renderOnFakeSdk } satisfies Partial<Story>

/** The root's `data-state`: the agent session's status as the component rendered it. */
function renderedState(canvasElement: HTMLElement): string | null | undefined {
  return canvasElement.querySelector('.cbk-agent-viewer')?.getAttribute('data-state')
}

/** The token provider a desk story was given: the spy in its args. */
function deskToken(args: AgentViewerProps): TokenProvider {
  if (args.mode !== 'desk') throw new Error('Not a desk story: its args need mode "desk".')
  return args.token
}

/** Types `pin` into the PIN field and presses Join, as an agent would. */
async function joinWith(canvasElement: HTMLElement, pin: string): Promise<void> {
  const canvas = within(canvasElement)
  await userEvent.type(canvas.getByRole('textbox', { name: "Customer's PIN" }), pin)
  await userEvent.click(canvas.getByRole('button', { name: 'Join' }))
}

/** BYOP, before a join: the PIN field, and nothing asked of the SDK yet. */
export const SdkIdle: Story = {
  ...sdkStory,
  name: 'SDK: idle',
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await expect(canvas.getByRole('textbox', { name: "Customer's PIN" })).toBeVisible()
    await expect(renderedState(context.canvasElement)).toBe('idle')
    await expect(requireStoryAgent(context).fake.calls.init).toHaveLength(0)
  },
}

/** BYOP: the agent types the PIN and joins; the SDK renders the customer's page into the viewer's container. */
export const SdkJoined: Story = {
  ...sdkStory,
  name: 'SDK: joined',
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await joinWith(context.canvasElement, STORY_AGENT_PIN)
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Connected'))
    const { fake } = requireStoryAgent(context)
    await expect(fake.calls.join).toEqual([{ pinCode: STORY_AGENT_PIN, sdkToken: STORY_AGENT_TOKEN }])
    const container = context.canvasElement.querySelector('.cbk-agent-viewer__container')
    await expect(container?.contains(fake.viewer ?? null)).toBe(true)
    await expect(canvas.queryByRole('textbox', { name: "Customer's PIN" })).toBeNull()
    await expect(canvas.getByRole('button', { name: 'Leave' })).toBeVisible()
  },
}

/** BYOP, `pin` given as a prop: the viewer joins on mount and shows no PIN field. */
export const SdkPinProp: Story = {
  ...sdkStory,
  name: 'SDK: PIN given as a prop',
  args: { mode: 'sdk', pin: STORY_AGENT_PIN },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await waitFor(() => expect(canvas.getByRole('status')).toHaveTextContent('Connected'))
    await expect(canvas.queryByRole('textbox')).toBeNull()
  },
}

/** BYOP: a PIN no session has. Zoom answers 1006 and the PIN field shows it, ready for another try. */
export const SdkUnknownPin: Story = {
  ...sdkStory,
  name: 'SDK: unknown PIN (1006)',
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await joinWith(context.canvasElement, STORY_UNKNOWN_PIN)
    await waitFor(() => expect(renderedState(context.canvasElement)).toBe('error'))
    await expect(canvas.getByRole('alert')).toHaveTextContent(STORY_UNKNOWN_PIN)
    await expect(canvas.getByRole('textbox', { name: "Customer's PIN" })).toBeEnabled()
    await expect(requireStoryAgent(context).fake.viewer).toBeNull()
  },
}

/** BYOP: the agent joins, then leaves. The SDK is told, the viewer goes, and the PIN field comes back. */
export const SdkLeft: Story = {
  ...sdkStory,
  name: 'SDK: left',
  play: async (context) => {
    const canvas = within(context.canvasElement)
    await joinWith(context.canvasElement, STORY_AGENT_PIN)
    await userEvent.click(await canvas.findByRole('button', { name: 'Leave' }))
    await expect(canvas.getByRole('status')).toHaveTextContent('You left the session')
    await expect(canvas.getByRole('textbox', { name: "Customer's PIN" })).toBeVisible()
    const { fake } = requireStoryAgent(context)
    await waitFor(() => expect(fake.calls.leave).toBe(1))
    await expect(fake.viewer).toBeNull()
  },
}

/** Desk, waiting for the agent token: the token provider never answers, so the desk iframe never loads. */
export const DeskLoading: Story = {
  name: 'Desk: waiting for the token',
  args: { mode: 'desk', token: () => new Promise<string>(() => {}) },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(canvas.getByRole('status')).toHaveTextContent('Connecting to the desk…')
    await expect(canvasElement.querySelector('iframe')).toBeNull()
  },
}

/** Desk, token refused: the error and "Try again", which asks the token provider once more. */
export const DeskTokenRefused: Story = {
  name: 'Desk: token refused',
  args: { mode: 'desk', token: fn(() => Promise.reject(new Error('403 Forbidden'))) },
  play: async ({ args, canvasElement }) => {
    const canvas = within(canvasElement)
    await expect(await canvas.findByRole('alert')).toHaveTextContent('403 Forbidden')
    await expect(deskToken(args)).toHaveBeenCalledTimes(1)
    await userEvent.click(canvas.getByRole('button', { name: 'Try again' }))
    await waitFor(() => expect(deskToken(args)).toHaveBeenCalledTimes(2))
    await expect(await canvas.findByRole('alert')).toHaveTextContent('403 Forbidden')
    await expect(canvasElement.querySelector('iframe')).toBeNull()
  },
}
