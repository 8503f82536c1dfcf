import type { Preview } from '@storybook/react-vite'
import { withSessionStore } from '../packages/react/src/storybook/withSessionStore.js'
// The kit's stylesheet (`@cobrowse-kit/react/styles.css`): reviewers see, and axe checks, the styled components.
import '../packages/react/src/styles/cobrowse.css'

const preview: Preview = {
  // A Docs page per component, with its props and their TSDoc.
  tags: ['autodocs'],
  // Stories that load a session (`loaders: [sessionIn(scene)]`) get it through <CobrowseProvider>.
  decorators: [withSessionStore],
  parameters: {
    layout: 'centered',
    controls: { expanded: true },
    // Every story test runs axe after the play function; any violation fails the test.
    a11y: { test: 'error' },
  },
}

export default preview
