import { describe, expect, it } from 'vitest'
import { FIDELITY } from '../../../config/fidelity.js'
import { resolveSettings } from './resolveSettings.js'

describe('resolveSettings', () => {
  it('fills in defaults for an empty or missing settings object', () => {
    const expected = {
      features: {
        allowAgentAnnotation: true,
        allowCustomerAnnotation: false,
        remoteAssist: {
          enable: false,
          enableCustomerConsent: FIDELITY.defaultCustomerConsent,
          remoteAssistTypes: ['scroll_page'],
        },
        multiTabSessionPersistence: false,
      },
      piiMask: {},
      stateKey: FIDELITY.defaultStateKey,
    }
    expect(resolveSettings({})).toEqual(expected)
    expect(resolveSettings(undefined)).toEqual(expected)
    expect(resolveSettings('nonsense')).toEqual(expected)
  })

  it('reads every documented key', () => {
    const resolved = resolveSettings({
      appKey: 'ignored',
      allowAgentAnnotation: false,
      allowCustomerAnnotation: true,
      piiMask: { maskType: 'custom_input', maskCssSelectors: '.pii', maskHTMLAttributes: 'data-sensitive=true' },
      remoteAssist: { enable: true, enableCustomerConsent: false, remoteAssistTypes: ['scroll_page', 'edit_form'] },
      multiTabSessionPersistence: { enable: true, stateCookieKey: 'xyz' },
    })
    expect(resolved).toEqual({
      features: {
        allowAgentAnnotation: false,
        allowCustomerAnnotation: true,
        remoteAssist: { enable: true, enableCustomerConsent: false, remoteAssistTypes: ['scroll_page', 'edit_form'] },
        multiTabSessionPersistence: true,
      },
      piiMask: { maskType: 'custom_input', maskCssSelectors: '.pii', maskHTMLAttributes: 'data-sensitive=true' },
      stateKey: 'xyz',
    })
  })

  it('accepts the older allowSessionContinuation name', () => {
    const resolved = resolveSettings({ allowSessionContinuation: { enable: true, stateCookieKey: 'old' } })
    expect(resolved.features.multiTabSessionPersistence).toBe(true)
    expect(resolved.stateKey).toBe('old')
  })

  it('falls back to defaults for wrongly typed values', () => {
    const resolved = resolveSettings({
      allowAgentAnnotation: 'yes',
      remoteAssist: { enable: 1, remoteAssistTypes: ['scroll_page', 7] },
      piiMask: { maskCssSelectors: 42, maskType: '  ' },
      multiTabSessionPersistence: { stateCookieKey: '' },
    })
    expect(resolved.features.allowAgentAnnotation).toBe(true)
    expect(resolved.features.remoteAssist).toMatchObject({ enable: false, remoteAssistTypes: ['scroll_page'] })
    expect(resolved.piiMask).toEqual({})
    expect(resolved.stateKey).toBe(FIDELITY.defaultStateKey)
  })
})
