import { FIDELITY } from '../../../config/fidelity.js'
import type { SessionFeatures } from '../../../protocol/messages.js'
import type { PiiMaskSettings } from './customerSettings.js'

/**
 * Defaults Zoom does not document. Zoom's desk offers annotation tools out of the box, so agents may draw unless the
 * page says no; customers draw only when asked for; remote assist is off until enabled (as in Zoom's blog post).
 * Candidates for `FIDELITY` once the server side needs them too.
 */
const DEFAULT_ALLOW_AGENT_ANNOTATION = true
const DEFAULT_ALLOW_CUSTOMER_ANNOTATION = false
const DEFAULT_REMOTE_ASSIST_TYPES = ['scroll_page']

/** The init settings after defaults, in the shape the session needs. */
export interface ResolvedSettings {
  /** Sent with `start` so agents know which tools to offer. */
  features: SessionFeatures
  /** Raw `piiMask`, compiled by `compileMaskSelector`. */
  piiMask: PiiMaskSettings
  /** Where the session state is saved (sessionStorage key, or cookie name in multi-tab mode). */
  stateKey: string
}

type Loose = Record<string, unknown>

function asObject(value: unknown): Loose {
  return typeof value === 'object' && value !== null ? (value as Loose) : {}
}

function asBoolean(value: unknown, fallback: boolean): boolean {
  return typeof value === 'boolean' ? value : fallback
}

function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value : undefined
}

function readPiiMask(raw: Loose): PiiMaskSettings {
  const mask: PiiMaskSettings = {}
  const maskType = asString(raw.maskType)
  const selectors = asString(raw.maskCssSelectors)
  const attributes = asString(raw.maskHTMLAttributes)
  if (maskType !== undefined) mask.maskType = maskType
  if (selectors !== undefined) mask.maskCssSelectors = selectors
  if (attributes !== undefined) mask.maskHTMLAttributes = attributes
  return mask
}

/**
 * Reads the page's init settings (any value: pages pass plain JavaScript) and fills in defaults. Wrong-typed keys
 * fall back to their default rather than failing init, which is how a lenient SDK treats them.
 */
export function resolveSettings(settings: unknown): ResolvedSettings {
  const raw = asObject(settings)
  const assist = asObject(raw.remoteAssist)
  // `allowSessionContinuation` is an older name of the same setting seen in one Zoom sample.
  const persistence = asObject(raw.multiTabSessionPersistence ?? raw.allowSessionContinuation)
  const types = Array.isArray(assist.remoteAssistTypes)
    ? assist.remoteAssistTypes.filter((type): type is string => typeof type === 'string')
    : DEFAULT_REMOTE_ASSIST_TYPES
  return {
    features: {
      allowAgentAnnotation: asBoolean(raw.allowAgentAnnotation, DEFAULT_ALLOW_AGENT_ANNOTATION),
      allowCustomerAnnotation: asBoolean(raw.allowCustomerAnnotation, DEFAULT_ALLOW_CUSTOMER_ANNOTATION),
      remoteAssist: {
        enable: asBoolean(assist.enable, false),
        enableCustomerConsent: asBoolean(assist.enableCustomerConsent, FIDELITY.defaultCustomerConsent),
        remoteAssistTypes: [...types],
      },
      multiTabSessionPersistence: asBoolean(persistence.enable, false),
    },
    piiMask: readPiiMask(asObject(raw.piiMask)),
    stateKey: asString(persistence.stateCookieKey) ?? FIDELITY.defaultStateKey,
  }
}
