import type { CobrowseLocale } from '@cobrowse-kit/react'

/** The few strings the launcher shows before the UI chunk (which carries the full message catalog) has loaded. */
export interface LauncherMessages {
  getHelp: string
  unavailable: string
  loadFailed: string
}

// Kept in step with @cobrowse-kit/react's `getHelp`, so the launcher and the widget that replaces it read the same.
/** The launcher's strings per locale. */
export const launcherMessages: Readonly<Record<CobrowseLocale, LauncherMessages>> = {
  en: {
    getHelp: 'Get help',
    unavailable: 'Help is not available here.',
    loadFailed: 'Help could not load. Try again.',
  },
  es: {
    getHelp: 'Obtener ayuda',
    unavailable: 'La asistencia no está disponible aquí.',
    loadFailed: 'No se pudo cargar. Inténtelo de nuevo.',
  },
}
