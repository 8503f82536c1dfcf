import { createContext } from 'react'
import type { CobrowseMessages } from './CobrowseMessages.js'
import { en } from './en.js'

/** Carries the strings of the nearest `<CobrowseMessagesProvider>`; English when there is none. */
export const MessagesContext = createContext<CobrowseMessages>(en)
MessagesContext.displayName = 'CobrowseMessagesContext'
