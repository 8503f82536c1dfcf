import { createFakeAgentSdk, type FakeAgentSdk, type FakeAgentSdkOptions } from '@cobrowse-kit/core/testing'
import type { StoryContext } from '@storybook/react-vite'

/** The one PIN that has a customer session behind it in the agent stories; any other PIN meets Zoom's 1006. */
export const STORY_AGENT_PIN = '123456'

/** A well-formed PIN no session has, for the "unknown PIN" stories. */
export const STORY_UNKNOWN_PIN = '654321'

/** JWT-shaped agent token (role_type 2): all the fake agent SDK checks is that there is one. */
export const STORY_AGENT_TOKEN = 'eyJzdG9yeSI6Mn0.eyJyb2xlX3R5cGUiOjJ9.c3Rvcnlib29r'

/** The agent side of one story: the test kit's fake agent SDK, which the component under review initialises. */
export interface StoryAgent {
  /** The fake; play functions read `calls` and `viewer`, or `play()` more of the session. */
  readonly fake: FakeAgentSdk
}

/**
 * A story loader that creates a fresh fake of Zoom's BYOP agent SDK, where only {@link STORY_AGENT_PIN} has a
 * session. The component drives it from there, through its real agent store, exactly as it would drive Zoom's SDK:
 * every render gets its own fake, so one story's join never leaks into the next.
 *
 * @example
 * export const Idle: Story = { loaders: [agentSdkIn()], render: (_, context) => viewerOn(requireStoryAgent(context)) }
 */
export function agentSdkIn(options: FakeAgentSdkOptions = {}): () => Promise<{ agent: StoryAgent }> {
  return async () => ({ agent: { fake: createFakeAgentSdk({ pins: [STORY_AGENT_PIN], ...options }) } })
}

/** The fake agent SDK `agentSdkIn` loaded for this story; throws for a story without that loader. */
export function requireStoryAgent(context: Pick<StoryContext, 'loaded'>): StoryAgent {
  const agent: unknown = context.loaded.agent
  if (agent && typeof agent === 'object' && 'fake' in agent) return agent as StoryAgent
  throw new Error('This story has no fake agent SDK: add `loaders: [agentSdkIn()]` to it.')
}
