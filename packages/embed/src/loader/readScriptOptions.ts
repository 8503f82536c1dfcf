import type { CustomerInitSettings } from '@cobrowse-kit/core'
import type { EmbedOptions, EmbedPosition } from '../shared/embedOptions.js'
import { reportProblem } from './embedProblem.js'

/** What the loader's `<script>` tag says: the options its `data-*` attributes describe, and whether to mount now. */
export interface ScriptOptions {
  options: Partial<EmbedOptions>
  /** `false` when the tag has `data-auto="off"`: the page calls `CobrowseKit.mount()` itself. */
  auto: boolean
}

const POSITIONS: readonly EmbedPosition[] = ['bottom-right', 'bottom-left', 'top-right', 'top-left']
const SCHEMES = ['light', 'dark', 'system'] as const
const ON_OFF = ['on', 'off'] as const
const LOCALES = ['en', 'es'] as const

/**
 * Reads the loader tag's `data-*` attributes into `EmbedOptions`. A value outside an attribute's choices is reported
 * on the console and left out, so the option's default applies; nothing here throws. What cannot be defaulted (SDK
 * key, token, origin) is checked when mounting, where a bad value leaves an explanatory launcher.
 *
 * @example
 * <script async src="…/embed.js" data-sdk-key="…" data-token-url="/api/cobrowse/token" data-mask=".pii, #ssn"></script>
 */
export function readScriptOptions(script: HTMLScriptElement | null): ScriptOptions {
  const options: Partial<EmbedOptions> = {}
  const read = (name: string) => script?.getAttribute(`data-${name}`)?.trim() || undefined
  const choice = <Value extends string>(name: string, allowed: readonly Value[]): Value | undefined => {
    const value = read(name)
    if (value === undefined || (allowed as readonly string[]).includes(value)) return value as Value | undefined
    reportProblem({
      code: 'invalid_attribute',
      message: `data-${name}="${value}" is not valid; the default applies.`,
      hint: `Use ${allowed.join(' or ')}.`,
    })
    return undefined
  }
  const put = <Key extends keyof EmbedOptions>(key: Key, value: EmbedOptions[Key] | undefined) => {
    if (value !== undefined) options[key] = value
  }

  put('sdkKey', read('sdk-key'))
  const tokenUrl = read('token-url')
  put('token', tokenUrl ? { url: tokenUrl } : undefined)
  put('origin', read('origin'))
  put('version', read('version'))
  const mask = read('mask')
  // One list, split and checked item by item by core when the session UI loads: a bad item is reported by name and
  // nothing is recorded, rather than one typo silently weakening the other masks.
  put('masking', mask ? { selectors: [mask] } : undefined)
  put('locale', choice('locale', LOCALES))
  // The tag's own nonce is the better place (browsers hide it from the DOM); data-nonce works too.
  put('nonce', read('nonce') || script?.nonce || undefined)
  put('position', choice('position', POSITIONS))
  put('customPinCode', read('byop-pin'))
  const userName = read('user-name')
  if (userName) options.user = { name: userName }
  put('colorScheme', choice('color-scheme', SCHEMES))

  const settings: CustomerInitSettings = {}
  const remoteAssist = read('remote-assist')
  if (remoteAssist === 'off') settings.remoteAssist = { enable: false }
  else if (remoteAssist) {
    // Consent is always asked: the widget's dialog answers it, as the React components do.
    const types = remoteAssist.split(/[\s,]+/).filter(Boolean)
    settings.remoteAssist = { enable: true, enableCustomerConsent: true, remoteAssistTypes: types }
  }
  const annotate = choice('annotate', ON_OFF)
  if (annotate) settings.allowAgentAnnotation = annotate === 'on'
  if (remoteAssist || annotate) options.settings = settings

  const theme: Record<`--cbk-${string}`, string> = {}
  for (const { name, value } of script?.attributes ?? []) {
    if (name.startsWith('data-theme-') && value.trim()) theme[`--cbk-${name.slice(11)}`] = value.trim()
  }
  if (Object.keys(theme).length > 0) options.theme = theme

  return { options, auto: choice('auto', ON_OFF) !== 'off' }
}
