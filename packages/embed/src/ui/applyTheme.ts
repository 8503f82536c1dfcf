import type { EmbedOptions } from '../shared/embedOptions.js'

/** The documented theming prefix: anything else in `theme` could restyle the widget beyond what is supported. */
const THEME_PREFIX = '--cbk-'

/**
 * Sets the theme's `--cbk-*` variables and the forced colour scheme on `element`, where the kit's stylesheet reads
 * them. `system` (the default) leaves the choice to `prefers-color-scheme`. Returns the function that removes exactly
 * what was set, so a later mount on the same element starts clean.
 *
 * @example
 * const reset = applyTheme(container, { theme: { '--cbk-color-accent': '#0b5cff' }, colorScheme: 'dark' })
 */
export function applyTheme(element: HTMLElement, options: Pick<EmbedOptions, 'theme' | 'colorScheme'>): () => void {
  const names: string[] = []
  for (const [name, value] of Object.entries(options.theme ?? {})) {
    if (!name.startsWith(THEME_PREFIX) || typeof value !== 'string') continue
    element.style.setProperty(name, value)
    names.push(name)
  }
  const scheme = options.colorScheme === 'light' || options.colorScheme === 'dark' ? options.colorScheme : undefined
  if (scheme) element.setAttribute('data-cbk-theme', scheme)
  return () => {
    for (const name of names) element.style.removeProperty(name)
    if (scheme) element.removeAttribute('data-cbk-theme')
  }
}
