import { CobrowseError } from '@cobrowse-kit/core'
import { renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import type { CobrowseMessages } from './CobrowseMessages.js'
import { CobrowseMessagesProvider } from './CobrowseMessagesProvider.js'
import { en } from './en.js'
import { es } from './es.js'
import { useCobrowseMessages } from './useCobrowseMessages.js'

function readMessages(wrapper?: (props: { children: ReactNode }) => ReactNode): CobrowseMessages {
  return renderHook(() => useCobrowseMessages(), wrapper ? { wrapper } : {}).result.current
}

describe('useCobrowseMessages', () => {
  it('gives the bundled English strings with no provider at all', () => {
    expect(readMessages()).toBe(en)
  })

  it('gives Spanish under a Spanish provider', () => {
    const messages = readMessages(({ children }) => (
      <CobrowseMessagesProvider locale="es">{children}</CobrowseMessagesProvider>
    ))
    expect(messages.copyPin).toBe('Copiar PIN')
    expect(messages.statusActive(3)).toBe('3 agentes conectados')
  })

  it('replaces only the strings it is given, functions included', () => {
    const messages = readMessages(({ children }) => (
      <CobrowseMessagesProvider messages={{ getHelp: 'Talk to us', statusActive: (n) => `${n} helping` }}>
        {children}
      </CobrowseMessagesProvider>
    ))
    expect(messages.getHelp).toBe('Talk to us')
    expect(messages.statusActive(2)).toBe('2 helping')
    expect(messages.copyPin).toBe(en.copyPin)
  })

  it('keeps the enclosing language in a nested provider without a locale', () => {
    const messages = readMessages(({ children }) => (
      <CobrowseMessagesProvider locale="es">
        <CobrowseMessagesProvider messages={{ tryAgain: 'Otra vez' }}>{children}</CobrowseMessagesProvider>
      </CobrowseMessagesProvider>
    ))
    expect(messages.tryAgain).toBe('Otra vez')
    expect(messages.endSession).toBe(es.endSession)
  })

  it('starts over from a bundled language when a nested provider names one', () => {
    const messages = readMessages(({ children }) => (
      <CobrowseMessagesProvider locale="es" messages={{ copyPin: 'Copiar' }}>
        <CobrowseMessagesProvider locale="en">{children}</CobrowseMessagesProvider>
      </CobrowseMessagesProvider>
    ))
    expect(messages).toBe(en)
  })
})

describe('bundled languages', () => {
  // Functions get a value of their kind: an error for the error texts, 'X' and 1 for the rest.
  const sample = (messages: CobrowseMessages) =>
    Object.fromEntries(
      Object.entries(messages).map(([key, value]) => [
        key,
        typeof value !== 'function' ? value : key.startsWith('error') ? value(new CobrowseError(1016)) : value('X', 1),
      ]),
    )

  it('translates every English string into Spanish', () => {
    expect(Object.keys(es).sort()).toEqual(Object.keys(en).sort())
    const english = sample(en)
    for (const [key, text] of Object.entries(sample(es))) {
      expect(text, key).toMatch(/\S/)
      // An English string left in the Spanish table by copy and paste fails here.
      expect(text, key).not.toBe(english[key])
    }
  })

  it('places values and plurals', () => {
    expect(en.pinAnnouncement('1 2 3')).toBe('Your support PIN is 1 2 3')
    expect(es.pinAnnouncement('1 2 3')).toBe('Su PIN de asistencia es 1 2 3')
    expect([en.statusActive(1), en.statusActive(2)]).toEqual(['1 agent connected', '2 agents connected'])
    expect([es.statusActive(1), es.statusActive(2)]).toEqual(['1 agente conectado', '2 agentes conectados'])
  })
})
