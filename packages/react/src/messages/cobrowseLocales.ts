import type { CobrowseMessages } from './CobrowseMessages.js'
import { en } from './en.js'
import { es } from './es.js'

/** The languages the kit ships strings for. */
export type CobrowseLocale = 'en' | 'es'

/** The bundled strings of each supported language. */
export const cobrowseLocales: Readonly<Record<CobrowseLocale, CobrowseMessages>> = { en, es }
