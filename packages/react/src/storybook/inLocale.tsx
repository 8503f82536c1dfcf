import type { Decorator } from '@storybook/react-vite'
import { CobrowseMessagesProvider } from '../messages/CobrowseMessagesProvider.js'
import type { CobrowseLocale } from '../messages/cobrowseLocales.js'

/**
 * A decorator that renders the story with the kit's bundled strings for `locale`, the way an app would set the
 * language: through `<CobrowseMessagesProvider>`. The wrapper also carries `lang`, so screen readers (and axe's
 * language checks) know the text is not English.
 *
 * @example
 * export const Spanish: Story = { decorators: [inLocale('es')] }
 */
export function inLocale(locale: CobrowseLocale): Decorator {
  return (Story) => (
    <div lang={locale}>
      <CobrowseMessagesProvider locale={locale}>
        <Story />
      </CobrowseMessagesProvider>
    </div>
  )
}
