import { useContext } from 'react'
import type { CobrowseMessages } from './CobrowseMessages.js'
import { MessagesContext } from './MessagesContext.js'

/**
 * The strings of the nearest `<CobrowseMessagesProvider>`, or the bundled English ones without a provider.
 *
 * @example
 * const messages = useCobrowseMessages()
 * return <button type="button">{messages.copyPin}</button>
 */
export function useCobrowseMessages(): CobrowseMessages {
  return useContext(MessagesContext)
}
