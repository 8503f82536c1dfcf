import type { Decorator } from '@storybook/react-vite'
import { CobrowseMessagesProvider } from '../messages/CobrowseMessagesProvider.js'
import type { CobrowseLocale } from '../messages/cobrowseLocales.js'
import { directionOf } from './withHostPage.js'

/**
 * A decorator that renders the story with the kit's bundled strings for `locale`, the way an app would set the
 * language: through `<CobrowseMessagesProvider>`. The wrapper also carries `lang`, so screen readers (and axe's
 * language checks) know the text is not English, and `dir="rtl"` for a right-to-left language. It sits inside the
 * global `withHostPage` decorator, so the story keeps this language whatever the toolbar's locale; for any other
 * language the toolbar's direction still applies.
 *
 * @example
 * export const Spanish: Story = { decorators: [inLocale('es')] }
 */
export function inLocale(locale: CobrowseLocale): Decorator {
  const dir = directionOf(locale) === 'rtl' ? 'rtl' : undefined
  return (Story) => (
    <div lang={locale} dir={dir}>
      <CobrowseMessagesProvider locale={locale}>
        <Story />
      </CobrowseMessagesProvider>
    </div>
  )
}
