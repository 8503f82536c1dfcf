import { afterEach, describe, expect, it, vi } from 'vitest'
import { readScriptOptions } from './readScriptOptions.js'

function tag(attributes: Record<string, string>): HTMLScriptElement {
  const script = document.createElement('script')
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  return script
}

function consoleErrors() {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
  return () => spy.mock.calls.map((call) => String(call[0]))
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('readScriptOptions', () => {
  it('reads every documented attribute into EmbedOptions', () => {
    const errors = consoleErrors()
    const { options, auto } = readScriptOptions(
      tag({
        'data-sdk-key': ' key-1 ',
        'data-token-url': '/api/cobrowse/token',
        'data-origin': 'http://localhost:4000',
        'data-version': '3.9.0',
        'data-mask': '.pii, #ssn, :is(.card, .iban), [data-x="a,b"]',
        'data-locale': 'es',
        'data-nonce': 'n0nce',
        'data-position': 'top-left',
        'data-byop-pin': 'HELP42',
        'data-user-name': 'Ana',
        'data-remote-assist': 'scroll_page',
        'data-annotate': 'on',
        'data-color-scheme': 'dark',
        'data-theme-color-accent': '#0b5cff',
        'data-theme-radius': '0',
      }),
    )
    expect(options).toEqual({
      sdkKey: 'key-1',
      token: { url: '/api/cobrowse/token' },
      origin: 'http://localhost:4000',
      version: '3.9.0',
      masking: { selectors: ['.pii, #ssn, :is(.card, .iban), [data-x="a,b"]'] },
      locale: 'es',
      nonce: 'n0nce',
      position: 'top-left',
      customPinCode: 'HELP42',
      user: { name: 'Ana' },
      settings: {
        remoteAssist: { enable: true, enableCustomerConsent: true, remoteAssistTypes: ['scroll_page'] },
        allowAgentAnnotation: true,
      },
      colorScheme: 'dark',
      theme: { '--cbk-color-accent': '#0b5cff', '--cbk-radius': '0' },
    })
    expect(auto).toBe(true)
    expect(errors()).toEqual([])
  })

  it('turns remote assist and annotation off, and auto-mount off', () => {
    const { options, auto } = readScriptOptions(
      tag({ 'data-remote-assist': 'off', 'data-annotate': 'off', 'data-auto': 'off' }),
    )
    expect(options.settings).toEqual({ remoteAssist: { enable: false }, allowAgentAnnotation: false })
    expect(auto).toBe(false)
  })

  it('leaves out what is absent or blank, so every option keeps its default', () => {
    expect(readScriptOptions(tag({ 'data-sdk-key': '  ', 'data-mask': '' }))).toEqual({ options: {}, auto: true })
    expect(readScriptOptions(null)).toEqual({ options: {}, auto: true })
  })

  it('reports a value outside the choices and uses the default instead', () => {
    const errors = consoleErrors()
    const { options, auto } = readScriptOptions(
      tag({
        'data-sdk-key': 'key-1',
        'data-position': 'middle',
        'data-locale': 'fr',
        'data-color-scheme': 'sepia',
        'data-annotate': 'yes',
        'data-auto': 'later',
      }),
    )
    expect(options).toEqual({ sdkKey: 'key-1' })
    expect(auto).toBe(true)
    expect(errors()).toEqual([
      '[CobrowseKit] invalid_attribute: data-locale="fr" is not valid; the default applies. Use en or es.',
      expect.stringContaining('data-position="middle"'),
      expect.stringContaining('data-color-scheme="sepia"'),
      expect.stringContaining('data-annotate="yes"'),
      expect.stringContaining('data-auto="later"'),
    ])
  })

  it("takes the nonce from the tag's own nonce when there is no data-nonce", () => {
    const script = tag({ 'data-sdk-key': 'key-1' })
    script.nonce = 'tag-nonce'
    expect(readScriptOptions(script).options.nonce).toBe('tag-nonce')
  })
})
