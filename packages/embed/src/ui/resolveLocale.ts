import type { CobrowseLocale } from '@cobrowse-kit/react'

// A record, not a list: a language added to CobrowseLocale fails to compile here until the embed knows it too.
const SHIPPED: Readonly<Record<CobrowseLocale, true>> = { en: true, es: true }

const isShipped = (value: unknown): value is CobrowseLocale =>
  typeof value === 'string' && Object.hasOwn(SHIPPED, value)

/**
 * The widget's language: the one asked for when the kit ships it, else the page's `<html lang>` (`es-MX` → `es`),
 * else English. An unknown `locale` option falls through instead of leaving the widget without strings.
 *
 * @example
 * resolveLocale(undefined, document) // 'es' on <html lang="es-AR">
 */
export function resolveLocale(asked: unknown, document: Document): CobrowseLocale {
  if (isShipped(asked)) return asked
  const page = document.documentElement.lang.toLowerCase().split('-')[0]
  return isShipped(page) ? page : 'en'
}
