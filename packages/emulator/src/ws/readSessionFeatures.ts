import { FIDELITY } from '../config/fidelity.js'
import type { SessionFeatures } from '../protocol/messages.js'

/**
 * The `features` of a `start`, with every missing or mistyped field at its safe value: tools off, consent asked.
 * A page that sends nonsense thereby gets fewer powers, never more.
 */
export function readSessionFeatures(value: unknown): SessionFeatures {
  const features = asRecord(value)
  const remoteAssist = asRecord(features.remoteAssist)
  const types = Array.isArray(remoteAssist.remoteAssistTypes) ? remoteAssist.remoteAssistTypes : []
  return {
    allowAgentAnnotation: features.allowAgentAnnotation === true,
    allowCustomerAnnotation: features.allowCustomerAnnotation === true,
    remoteAssist: {
      enable: remoteAssist.enable === true,
      enableCustomerConsent:
        typeof remoteAssist.enableCustomerConsent === 'boolean'
          ? remoteAssist.enableCustomerConsent
          : FIDELITY.defaultCustomerConsent,
      remoteAssistTypes: types.filter((type): type is string => typeof type === 'string'),
    },
    multiTabSessionPersistence: features.multiTabSessionPersistence === true,
  }
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {}
}
