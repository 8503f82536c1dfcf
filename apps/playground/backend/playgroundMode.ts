/** Zoom's cobrowse origin: where the customer SDK and the agent desk load from when the playground uses real Zoom. */
export const ZOOM_COBROWSE_ORIGIN = 'https://us01-zcb.zoom.us'

/**
 * What the playground runs against. `emulator`: the local emulator on the playground's own port, no credentials.
 * `zoom`: real Zoom with the app's SDK credentials; webhooks and REST are on only when their credentials are set.
 */
export type PlaygroundMode =
  | { kind: 'emulator' }
  | {
      kind: 'zoom'
      sdkKey: string
      sdkSecret: string
      /** The event subscription's Secret Token (`ZOOM_WEBHOOK_SECRET`); absent: the webhook route answers 404. */
      webhookSecret?: string
      /** Zoom's API key and secret (`ZOOM_API_KEY`, `ZOOM_API_SECRET`); absent: no live sessions table. */
      rest?: { apiKey: string; apiSecret: string }
    }

/**
 * Reads the mode from the environment: `ZOOM_SDK_KEY` and `ZOOM_SDK_SECRET` together switch to real Zoom. Empty
 * values count as unset, so `ZOOM_SDK_KEY= npm start` stays on the emulator.
 *
 * @example
 * resolvePlaygroundMode({}) // { kind: 'emulator' }
 * resolvePlaygroundMode({ ZOOM_SDK_KEY: 'k', ZOOM_SDK_SECRET: 's' }) // { kind: 'zoom', sdkKey: 'k', sdkSecret: 's' }
 */
export function resolvePlaygroundMode(env: Record<string, string | undefined>): PlaygroundMode {
  const read = (name: string): string | undefined => env[name]?.trim() || undefined
  const sdkKey = read('ZOOM_SDK_KEY')
  const sdkSecret = read('ZOOM_SDK_SECRET')
  if (!sdkKey || !sdkSecret) return { kind: 'emulator' }
  const webhookSecret = read('ZOOM_WEBHOOK_SECRET')
  const apiKey = read('ZOOM_API_KEY')
  const apiSecret = read('ZOOM_API_SECRET')
  return {
    kind: 'zoom',
    sdkKey,
    sdkSecret,
    ...(webhookSecret ? { webhookSecret } : {}),
    ...(apiKey && apiSecret ? { rest: { apiKey, apiSecret } } : {}),
  }
}

/**
 * Warns about half a configuration, which would otherwise silently fall back to the emulator or turn a feature off.
 *
 * @example
 * modeWarnings({ ZOOM_SDK_KEY: 'k' }) // ['ZOOM_SDK_KEY is set without ZOOM_SDK_SECRET: …']
 */
export function modeWarnings(env: Record<string, string | undefined>): string[] {
  const set = (name: string): boolean => Boolean(env[name]?.trim())
  const warnings: string[] = []
  const pair = (a: string, b: string, effect: string) => {
    if (set(a) !== set(b)) warnings.push(`${set(a) ? a : b} is set without ${set(a) ? b : a}: ${effect}.`)
  }
  pair('ZOOM_SDK_KEY', 'ZOOM_SDK_SECRET', 'running against the local emulator')
  pair('ZOOM_API_KEY', 'ZOOM_API_SECRET', 'the live sessions table stays off')
  return warnings
}
