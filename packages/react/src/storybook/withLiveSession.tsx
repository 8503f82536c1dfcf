import type { Decorator } from '@storybook/react-vite'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { LiveEmulatorNote } from './LiveEmulatorNote.js'
import { liveSessionOf } from './liveSession.js'

/**
 * Decorator of the Live stories (with the `liveSession` loader): wraps the story in `<CobrowseProvider>` on the
 * emulator's store and links the agent desk, or shows how to start the emulator when there is none.
 */
export const withLiveSession: Decorator = (Story, context) => {
  const live = liveSessionOf(context)
  if (live.kind === 'not-configured') return <LiveEmulatorNote />
  if (live.kind === 'unreachable') return <LiveEmulatorNote url={live.url} reason={live.reason} />
  const { store, deskUrl, url } = live.connection
  return (
    <CobrowseProvider store={store}>
      <Story />
      <p>
        Connected to the emulator at <code>{url}</code>. Start a session, then{' '}
        <a href={deskUrl} target="_blank" rel="noreferrer">
          open the agent desk
        </a>{' '}
        and type the PIN.
      </p>
    </CobrowseProvider>
  )
}
