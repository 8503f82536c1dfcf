import type { SessionStoreConfig } from '@cobrowse-kit/core'
import type { StoryContext } from '@storybook/react-vite'
import type { SessionScene } from './sessionScenes.js'
import { type StorySession, storeIn } from './storeIn.js'

/**
 * A story loader that puts a fresh session in `scene` before the story renders; the global `withSessionStore`
 * decorator then provides its store. Every render gets its own store, so stories never share state. It takes no
 * context, so it fits the loaders of any story, whatever its args. `config` adds store options on top of the scene's.
 *
 * @example
 * export const Pin: Story = { loaders: [sessionIn('pin')] }
 * export const Masked: Story = { loaders: [sessionIn('idle', { masking: { selectors: ['.pii'] } })] }
 */
export function sessionIn(
  scene: SessionScene,
  config?: Partial<SessionStoreConfig>,
): () => Promise<{ session: StorySession }> {
  return async () => ({ session: await storeIn(scene, config) })
}

/** The session `sessionIn` loaded for this story, or `undefined` for a story without one. */
export function storySessionOf(context: Pick<StoryContext, 'loaded'>): StorySession | undefined {
  const session: unknown = context.loaded.session
  return session && typeof session === 'object' && 'store' in session ? (session as StorySession) : undefined
}

/** Like {@link storySessionOf}, for play functions of stories that always load one: throws when there is none. */
export function requireStorySession(context: Pick<StoryContext, 'loaded'>): StorySession {
  const session = storySessionOf(context)
  if (!session) throw new Error('This story has no session: add `loaders: [sessionIn(scene)]` to it.')
  return session
}
