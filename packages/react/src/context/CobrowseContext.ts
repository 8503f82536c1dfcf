import type { SessionStore } from '@cobrowse-kit/core'
import { createContext } from 'react'

/** Carries the session store of the nearest `<CobrowseProvider>`. */
export const CobrowseContext = createContext<SessionStore | undefined>(undefined)
CobrowseContext.displayName = 'CobrowseContext'
