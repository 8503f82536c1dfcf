import type { Meta, StoryObj } from '@storybook/react-vite'
import { liveSession } from '../storybook/liveSession.js'
import { withLiveSession } from '../storybook/withLiveSession.js'
import { CobrowseButton } from './CobrowseButton.js'

// Runs against a real emulator (STORYBOOK_EMULATOR_URL), so a reviewer can watch the whole flow from the agent desk.
// Tagged out of the test run and of the Docs pages: the result depends on a process the tests do not start.
const meta = {
  title: 'Live/CobrowseButton',
  component: CobrowseButton,
  tags: ['live', '!test', '!autodocs'],
  loaders: [liveSession],
  decorators: [withLiveSession],
  argTypes: { store: { control: false } },
} satisfies Meta<typeof CobrowseButton>

export default meta
type Story = StoryObj<typeof meta>

/** The button on a real emulator session: start it here, then join from the agent desk. */
export const Customer: Story = {}
