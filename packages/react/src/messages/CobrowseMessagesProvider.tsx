import { type ReactNode, useContext, useMemo } from 'react'
import type { CobrowseMessages } from './CobrowseMessages.js'
import { type CobrowseLocale, cobrowseLocales } from './cobrowseLocales.js'
import { MessagesContext } from './MessagesContext.js'

/** Props of {@link CobrowseMessagesProvider}. */
export interface CobrowseMessagesProviderProps {
  /**
   * The bundled language to start from. Without it, the strings of the enclosing provider are kept (English at the
   * top level), so a nested provider can change a few strings and keep the language.
   */
  locale?: CobrowseLocale
  /**
   * Strings that replace the bundled ones, any subset of them. Keep the object stable (a module constant or
   * `useMemo`): a new object on every render re-renders every component that reads the strings.
   */
  messages?: Partial<CobrowseMessages>
  /** The part of the app whose kit components use these strings. */
  children?: ReactNode
}

/**
 * Sets the language and wording of the kit's components below it.
 *
 * @example
 * <CobrowseMessagesProvider locale="es" messages={{ getHelp: 'Hablar con soporte' }}>
 *   <CobrowseButton />
 * </CobrowseMessagesProvider>
 */
export function CobrowseMessagesProvider({ locale, messages, children }: CobrowseMessagesProviderProps): ReactNode {
  const enclosing = useContext(MessagesContext)
  const base = locale ? cobrowseLocales[locale] : enclosing
  const value = useMemo(() => (messages ? { ...base, ...messages } : base), [base, messages])
  return <MessagesContext.Provider value={value}>{children}</MessagesContext.Provider>
}
