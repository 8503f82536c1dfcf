import type { CobrowseLocale } from '../messages/cobrowseLocales.js'

/** The kit's colour scheme in a story, and the host page's to match. */
export type StoryScheme = 'light' | 'dark'

/** The host page's writing direction. */
export type StoryDirection = 'ltr' | 'rtl'

/** The toolbar globals of `.storybook/preview.tsx`, as the `withHostPage` decorator reads them. */
export interface StoryGlobals {
  readonly scheme: StoryScheme
  readonly locale: CobrowseLocale
  readonly direction: StoryDirection
}

/** What a story renders with when nothing chose otherwise: the kit's defaults on a light, left-to-right page. */
export const DEFAULT_STORY_GLOBALS: StoryGlobals = { scheme: 'light', locale: 'en', direction: 'ltr' }

/**
 * The modes every story's test (render, play function, axe) runs in. `vitest.config.ts` turns each into an instance
 * of the `storybook` project with these globals on top of the defaults. A story that sets a global itself (story
 * `globals`) keeps its own value in every mode.
 */
export const STORY_TEST_MODES = {
  light: {},
  dark: { scheme: 'dark' },
  rtl: { direction: 'rtl' },
} as const satisfies Record<string, Partial<StoryGlobals>>

/** Name of one of {@link STORY_TEST_MODES}. */
export type StoryTestMode = keyof typeof STORY_TEST_MODES
