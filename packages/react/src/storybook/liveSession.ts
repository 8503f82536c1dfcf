import type { StoryContext } from '@storybook/react-vite'
import { connectToEmulator, type EmulatorConnection } from './connectToEmulator.js'
import { emulatorUrl } from './emulatorUrl.js'

/** What a Live story has to work with: no emulator configured, one that did not answer, or a connection. */
export type LiveSession =
  | { readonly kind: 'not-configured' }
  | { readonly kind: 'unreachable'; readonly url: string; readonly reason: string }
  | { readonly kind: 'connected'; readonly connection: EmulatorConnection }

/**
 * Loader of the Live stories: connects to the emulator named by `STORYBOOK_EMULATOR_URL`. Never throws, so a
 * missing or stopped emulator gives the reviewer a note on how to start one instead of an error screen.
 */
export async function liveSession(): Promise<{ live: LiveSession }> {
  const url = emulatorUrl()
  if (!url) return { live: { kind: 'not-configured' } }
  try {
    return { live: { kind: 'connected', connection: await connectToEmulator(url) } }
  } catch (error) {
    return { live: { kind: 'unreachable', url, reason: error instanceof Error ? error.message : String(error) } }
  }
}

/** The Live session `liveSession` loaded; `not-configured` when the story has no such loader. */
export function liveSessionOf(context: Pick<StoryContext, 'loaded'>): LiveSession {
  const live: unknown = context.loaded.live
  return live && typeof live === 'object' && 'kind' in live ? (live as LiveSession) : { kind: 'not-configured' }
}
