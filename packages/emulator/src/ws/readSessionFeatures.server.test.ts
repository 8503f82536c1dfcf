import { describe, expect, it } from 'vitest'
import { FIDELITY } from '../config/fidelity.js'
import { readSessionFeatures } from './readSessionFeatures.js'

describe('readSessionFeatures', () => {
  it('turns every tool off, and asks for consent, when the page sends nothing usable', () => {
    const off = {
      allowAgentAnnotation: false,
      allowCustomerAnnotation: false,
      remoteAssist: { enable: false, enableCustomerConsent: FIDELITY.defaultCustomerConsent, remoteAssistTypes: [] },
      multiTabSessionPersistence: false,
    }
    expect(readSessionFeatures(undefined)).toEqual(off)
    expect(readSessionFeatures('all')).toEqual(off)
    expect(readSessionFeatures({ allowAgentAnnotation: 'yes', remoteAssist: { enable: 1 } })).toEqual(off)
  })

  it('keeps what the page set, and only string remote-assist types', () => {
    expect(
      readSessionFeatures({
        allowAgentAnnotation: true,
        allowCustomerAnnotation: true,
        remoteAssist: { enable: true, enableCustomerConsent: false, remoteAssistTypes: ['scroll_page', 7] },
        multiTabSessionPersistence: true,
        extra: 'ignored',
      }),
    ).toEqual({
      allowAgentAnnotation: true,
      allowCustomerAnnotation: true,
      remoteAssist: { enable: true, enableCustomerConsent: false, remoteAssistTypes: ['scroll_page'] },
      multiTabSessionPersistence: true,
    })
  })
})
