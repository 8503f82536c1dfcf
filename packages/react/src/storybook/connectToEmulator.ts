import { createSessionStore, resolveToken, type SessionStore } from '@cobrowse-kit/core'

/** A store wired to a running emulator, plus where an agent watches the session. */
export interface EmulatorConnection {
  /** The emulator's origin. */
  readonly url: string
  /** A real store on the emulator's customer SDK script, with tokens from its dev token endpoint. */
  readonly store: SessionStore
  /** The emulator's agent desk, signed in with an agent token: open it and type the PIN. */
  readonly deskUrl: string
}

/** Paths of the emulator's development endpoints (real Zoom has neither). */
const HEALTH_PATH = '/__emulator/health'
const TOKEN_PATH = '/__emulator/token'
const DESK_PATH = '/sdkapi/zcb/frame-templates/desk'

async function readSdkKey(url: string): Promise<string> {
  const response = await fetch(`${url}${HEALTH_PATH}`)
  if (!response.ok) throw new Error(`${HEALTH_PATH} answered ${response.status}.`)
  const health: unknown = await response.json()
  const sdkKey = typeof health === 'object' && health !== null && 'sdkKey' in health ? health.sdkKey : undefined
  if (typeof sdkKey !== 'string' || !sdkKey) throw new Error(`${HEALTH_PATH} did not name an SDK key.`)
  return sdkKey
}

/**
 * Connects a story to the emulator at `url` the way an app connects to Zoom: the SDK key from the emulator's health
 * endpoint, `origin` set to the emulator, and customer tokens from its dev token endpoint. Also mints an agent token,
 * so the story can link to the desk. Rejects when the emulator cannot be reached.
 */
export async function connectToEmulator(url: string): Promise<EmulatorConnection> {
  const sdkKey = await readSdkKey(url)
  const tokenEndpoint = { url: `${url}${TOKEN_PATH}` }
  const store = createSessionStore({
    sdkKey,
    origin: url,
    token: tokenEndpoint,
    user: { name: 'Storybook customer' },
  })
  const agentToken = await resolveToken(tokenEndpoint, { role: 2, userName: 'Storybook reviewer' })
  return { url, store, deskUrl: `${url}${DESK_PATH}?access_token=${encodeURIComponent(agentToken)}` }
}
