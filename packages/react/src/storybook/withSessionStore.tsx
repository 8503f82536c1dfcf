import type { Decorator } from '@storybook/react-vite'
import { CobrowseProvider } from '../CobrowseProvider.js'
import { storySessionOf } from './sessionIn.js'

/**
 * Global decorator (see `.storybook/preview.tsx`): wraps a story in `<CobrowseProvider>` with the store its
 * `sessionIn(scene)` loader created. Stories without that loader render as they are.
 */
export const withSessionStore: Decorator = (Story, context) => {
  const session = storySessionOf(context)
  if (!session) return <Story />
  return (
    <CobrowseProvider store={session.store}>
      <Story />
    </CobrowseProvider>
  )
}
