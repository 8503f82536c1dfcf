import type { Meta, StoryObj } from '@storybook/react-vite'
import type { CSSProperties, ReactNode } from 'react'
import { expect, within } from 'storybook/test'
import { sessionIn } from '../storybook/sessionIn.js'
import { storyGlobalsOf } from '../storybook/withHostPage.js'
import { CobrowseButton, type CobrowseButtonProps } from './CobrowseButton.js'

// The widget as a customer meets it: on somebody else's website, in a corner, over the page's own content. The page's
// colours come from its scheme (`light-dark()` follows the `color-scheme` the host page sets), so one page serves
// both stories, and a reviewer sees whether the widget holds up against each.

const PAGE: CSSProperties = {
  minBlockSize: '100vh',
  boxSizing: 'border-box',
  fontFamily: 'system-ui, sans-serif',
  lineHeight: 1.5,
  // Room below the form, so the widget in the corner never sits on top of its button.
  paddingBlockEnd: '8rem',
}

const HEADER: CSSProperties = {
  display: 'flex',
  flexWrap: 'wrap',
  alignItems: 'center',
  justifyContent: 'space-between',
  gap: '1rem',
  padding: '1rem 2rem',
  background: 'light-dark(#f3f5f8, #1b1e24)',
  borderBlockEnd: '1px solid light-dark(#d5dae1, #2f343c)',
}

const NAV_LIST: CSSProperties = { display: 'flex', gap: '1.25rem', margin: 0, padding: 0, listStyle: 'none' }

const MAIN: CSSProperties = { maxInlineSize: '40rem', padding: '0 2rem' }

const FORM: CSSProperties = { display: 'grid', gap: '1rem', maxInlineSize: '26rem' }

const FIELD: CSSProperties = { display: 'grid', gap: '0.25rem' }

const INPUT: CSSProperties = { font: 'inherit', padding: '0.5rem', borderRadius: '0.375rem' }

const SUBMIT: CSSProperties = {
  justifySelf: 'start',
  font: 'inherit',
  padding: '0.5rem 1.25rem',
  border: 'none',
  borderRadius: '0.375rem',
  background: 'light-dark(#1f6f43, #7fd1a1)',
  color: 'light-dark(#ffffff, #0c2416)',
}

// Fixed to the end corner: bottom right on a left-to-right page, bottom left on a right-to-left one.
const CORNER: CSSProperties = { position: 'fixed', insetBlockEnd: '1.5rem', insetInlineEnd: '1.5rem' }

/** Props of {@link HostPage}: the widget's, and the language its strings are in. */
interface HostPageProps extends CobrowseButtonProps {
  widgetLang: string
}

/** A small shop's help page, in English, with the widget (in the toolbar's locale) in its corner. */
function HostPage({ widgetLang, ...props }: HostPageProps): ReactNode {
  return (
    <div style={PAGE} lang="en">
      <header style={HEADER}>
        <strong style={{ fontSize: '1.25rem' }}>Northwind Outfitters</strong>
        <nav aria-label="Shop">
          <ul style={NAV_LIST}>
            <li>
              <a href="#tents">Tents</a>
            </li>
            <li>
              <a href="#packs">Packs</a>
            </li>
            <li>
              <a href="#orders">Your orders</a>
            </li>
          </ul>
        </nav>
      </header>
      <main style={MAIN}>
        <h1>Where is my order?</h1>
        <p>
          Most orders leave our warehouse within two working days. Enter your order number and the email you ordered
          with, and we will tell you where your parcel is.
        </p>
        <form style={FORM} aria-label="Find your order" onSubmit={(event) => event.preventDefault()}>
          <label style={FIELD}>
            Order number
            <input style={INPUT} name="order" inputMode="numeric" defaultValue="NW-20418" />
          </label>
          <label style={FIELD}>
            Email
            <input style={INPUT} name="email" type="email" autoComplete="email" defaultValue="sam@example.com" />
          </label>
          <label style={FIELD}>
            Anything else we should know?
            <textarea style={INPUT} name="note" rows={3} />
          </label>
          <button type="submit" style={SUBMIT}>
            Find my order
          </button>
        </form>
      </main>
      <aside aria-label="Help from our team" style={CORNER}>
        <div lang={widgetLang}>
          <CobrowseButton {...props} />
        </div>
      </aside>
    </div>
  )
}

const meta = {
  title: 'Customer widget/On a host page',
  component: CobrowseButton,
  render: (args, { globals }) => <HostPage {...args} widgetLang={storyGlobalsOf(globals).locale} />,
  parameters: {
    layout: 'fullscreen',
    // Each story in its own frame on the Docs page: the widget is fixed to a corner of the page it is on, and inline
    // it would pin itself to the corner of the Docs page instead.
    docs: {
      story: { inline: false, height: '40rem' },
      // Without it the page would repeat `<CobrowseButton>`'s own description, which is about the component alone.
      description: {
        component:
          "The customer widget as a customer meets it: fixed in a corner of somebody else's page, over its header, text and form. One story per host scheme; the toolbar's locale and direction apply to both.",
      },
    },
  },
  // The store comes from the story's session; a control could not build one.
  argTypes: { store: { control: false } },
  // A session with its PIN up, the moment the customer reads it out to the agent.
  loaders: [sessionIn('pin')],
  play: async ({ canvasElement }) => {
    const widget = within(canvasElement).getByRole('complementary', { name: 'Help from our team' })
    await expect(within(widget).getAllByRole('button').length).toBeGreaterThan(0)
  },
} satisfies Meta<typeof CobrowseButton>

export default meta
type Story = StoryObj<typeof meta>

/** A light site: the widget over a white page, as most hosts have it. The toolbar's locale and direction apply. */
export const LightHost: Story = { name: 'Light host', globals: { scheme: 'light' } }

/** A dark site: the widget in the kit's dark scheme over a near-black page. */
export const DarkHost: Story = { name: 'Dark host', globals: { scheme: 'dark' } }
