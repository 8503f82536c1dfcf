import type { Preview } from '@storybook/react-vite'
import { cobrowseLocales } from '../packages/react/src/messages/cobrowseLocales.js'
import { DEFAULT_STORY_GLOBALS } from '../packages/react/src/storybook/storyGlobals.js'
import { withHostPage } from '../packages/react/src/storybook/withHostPage.js'
import { withSessionStore } from '../packages/react/src/storybook/withSessionStore.js'
// The kit's stylesheet (`@cobrowse-kit/react/styles.css`): reviewers see, and axe checks, the styled components.
import '../packages/react/src/styles/cobrowse.css'
import './host-page.css'

/** "español (es)": each bundled language named in itself, so a reviewer finds theirs whatever they read. */
function localeTitle(locale: string): string {
  const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale)
  return name && name !== locale ? `${name} (${locale})` : locale
}

const preview: Preview = {
  // A Docs page per component, with its props and their TSDoc.
  tags: ['autodocs'],
  // Decorators listed first sit closest to the story. The session's provider goes inside the host page, and a
  // story's own decorators (`inLocale('es')`) inside both, so a story's own choice beats the toolbar's.
  decorators: [withSessionStore, withHostPage],
  // Toolbar switches for the design review. Story tests run the same three globals: see the storybook project in
  // vitest.config.ts, which runs every story in light, dark and right to left.
  globalTypes: {
    scheme: {
      description: 'Colour scheme of the kit and of the host page around it',
      toolbar: {
        title: 'Scheme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: "Language of the kit's bundled strings",
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        // Whatever the kit bundles: a new language shows up here as soon as it is in `cobrowseLocales`.
        items: Object.keys(cobrowseLocales).map((locale) => ({ value: locale, title: localeTitle(locale) })),
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction of the host page (Arabic and Hebrew are right to left whatever this says)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { ...DEFAULT_STORY_GLOBALS },
  parameters: {
    layout: 'centered',
    controls: { expanded: true },
    // Every story test runs axe after the play function; any violation fails the test.
    a11y: { test: 'error' },
  },
}

export default preview
