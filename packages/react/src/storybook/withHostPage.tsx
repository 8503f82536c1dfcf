import type { Decorator } from '@storybook/react-vite'
import { type ReactNode, useLayoutEffect, useRef, useState } from 'react'
import { CobrowseMessagesProvider } from '../messages/CobrowseMessagesProvider.js'
import { type CobrowseLocale, cobrowseLocales } from '../messages/cobrowseLocales.js'
import { DEFAULT_STORY_GLOBALS, type StoryDirection, type StoryGlobals, type StoryScheme } from './storyGlobals.js'

/** Languages written right to left: picking one in the toolbar turns the page around without a second click. */
const RIGHT_TO_LEFT_LANGUAGES: ReadonlySet<string> = new Set(['ar', 'he', 'fa', 'ur'])

/** True for the languages the kit bundles strings for. */
export function isCobrowseLocale(value: unknown): value is CobrowseLocale {
  return typeof value === 'string' && Object.hasOwn(cobrowseLocales, value)
}

/** The direction a page in `locale` is written in, unless the page says otherwise. */
export function directionOf(locale: string): StoryDirection {
  return RIGHT_TO_LEFT_LANGUAGES.has(locale.split('-')[0] ?? locale) ? 'rtl' : 'ltr'
}

/**
 * The toolbar globals, checked: a stale value from a reviewer's URL (say a locale that was renamed) falls back to
 * the default instead of breaking the story.
 */
export function storyGlobalsOf(globals: Readonly<Record<string, unknown>>): StoryGlobals {
  const { scheme, locale, direction } = globals
  return {
    scheme: scheme === 'dark' || scheme === 'light' ? scheme : DEFAULT_STORY_GLOBALS.scheme,
    locale: isCobrowseLocale(locale) ? locale : DEFAULT_STORY_GLOBALS.locale,
    direction: direction === 'rtl' || direction === 'ltr' ? direction : DEFAULT_STORY_GLOBALS.direction,
  }
}

/** Where a story sets the kit's scheme itself: an element with the theme attribute or class, as in the stylesheet. */
const THEME_SCOPE = '[data-cbk-theme], .cbk-theme-dark, .cbk-theme-light'

/**
 * Sets `attributes` on `<html>` (an `undefined` value removes one) and returns how to put back what was there. On a
 * story's own canvas the whole document is the host page, so it carries the page's scheme, direction and language,
 * as a real host's `<html>` would, and kit UI that portals to `<body>` follows them too.
 */
function setRootAttributes(attributes: Readonly<Record<string, string | undefined>>): () => void {
  const root = document.documentElement
  const before = Object.keys(attributes).map((name) => [name, root.getAttribute(name)] as const)
  const apply = (name: string, value: string | null | undefined) => {
    if (value == null) root.removeAttribute(name)
    else root.setAttribute(name, value)
  }
  for (const [name, value] of Object.entries(attributes)) apply(name, value)
  return () => {
    for (const [name, value] of before) apply(name, value)
  }
}

/** Props of {@link HostPageFrame}. */
interface HostPageFrameProps {
  readonly scheme: StoryScheme
  readonly dir: StoryDirection
  readonly lang: CobrowseLocale
  /** False on Docs pages: many stories share that document, and it belongs to Storybook. */
  readonly paintsDocument: boolean
  readonly children: ReactNode
}

/**
 * The host page around one story. `data-story-host` paints it (`.storybook/host-page.css`); `data-cbk-theme` puts
 * the kit in the chosen scheme whatever the reviewer's system setting.
 *
 * A story that sets the scheme itself (a wrapper with `data-cbk-theme="dark"`) must win, but with equal specificity
 * the stylesheet lets the light rule beat the dark one, whichever scope is nearer. So when the story brings its own
 * scope, the frame leaves the kit's scheme to it and only paints the page. Checked after each render of the frame,
 * before the browser paints and before the play function and axe run.
 */
function HostPageFrame({ scheme, dir, lang, paintsDocument, children }: HostPageFrameProps): ReactNode {
  const frame = useRef<HTMLDivElement>(null)
  const [storySetsScheme, setStorySetsScheme] = useState(false)
  useLayoutEffect(() => {
    setStorySetsScheme(frame.current?.querySelector(THEME_SCOPE) != null)
  })
  const theme = storySetsScheme ? undefined : scheme
  useLayoutEffect(() => {
    if (!paintsDocument) return
    return setRootAttributes({ 'data-story-host': scheme, 'data-cbk-theme': theme, dir, lang })
  }, [paintsDocument, scheme, theme, dir, lang])
  return (
    <div ref={frame} data-story-host={scheme} data-cbk-theme={theme} dir={dir} lang={lang}>
      {children}
    </div>
  )
}

/**
 * Global decorator (see `.storybook/preview.tsx`): renders the story on a host page in the toolbar's scheme, locale
 * and direction, with the kit's bundled strings for the locale (`<CobrowseMessagesProvider locale>`). An Arabic or
 * Hebrew locale turns the page right to left on its own.
 *
 * Stories that choose for themselves (`inLocale('es')`, a decorator with its own `dir` or `data-cbk-theme`, story
 * `globals`) keep their choice: their wrappers sit inside this one, so they are the nearer ones.
 */
export const withHostPage: Decorator = (Story, context) => {
  const { scheme, locale, direction } = storyGlobalsOf(context.globals)
  return (
    <HostPageFrame
      scheme={scheme}
      dir={direction === 'rtl' ? 'rtl' : directionOf(locale)}
      lang={locale}
      paintsDocument={context.viewMode !== 'docs'}
    >
      <CobrowseMessagesProvider locale={locale}>
        <Story />
      </CobrowseMessagesProvider>
    </HostPageFrame>
  )
}
