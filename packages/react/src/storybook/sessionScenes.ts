import type { CobrowseErrorFamily, SessionState, SessionStore, SessionStoreConfig } from '@cobrowse-kit/core'
import { type FakeCustomerSdk, type FakeCustomerSdkOptions, steps } from '@cobrowse-kit/core/testing'

/** The PIN every scene's session gets, so screenshots and assertions stay the same from run to run. */
export const STORY_PIN = '428193'

/** The agents who join in the scenes that have agents. */
export const STORY_AGENTS = ['Ana Lima', 'Ben Okafor'] as const

/** The agents of the scenes with one agent and with three: the count changes the wording ("1 agent", "3 agents"). */
export const STORY_AGENT_TEAM = ['Ana Lima', 'Ben Okafor', 'Chiara Rossi'] as const

/** Every state a story can put a session in. Error scenes are named after the error family they show. */
export type SessionScene =
  | 'idle'
  | 'loading'
  | 'ready'
  | 'starting'
  | 'pin'
  | 'active'
  | 'active-one-agent'
  | 'active-three-agents'
  | 'reconnecting'
  | 'remote-assist-requested'
  | 'remote-assist-on'
  | 'ended'
  | 'error-sdk'
  | 'error-token'
  | 'error-session'
  | 'error-pin'
  | 'error-limit'
  | 'error-network'

/** How a scene gets its store from idle to the wanted state, using only the store's actions and the fake's timeline. */
export interface SceneRecipe {
  /** Options of the fake customer SDK, on top of a start script that issues {@link STORY_PIN}. */
  fake?: FakeCustomerSdkOptions
  /** Store configuration the scene needs on top of the defaults (a token that never arrives, a custom PIN). */
  config?: Partial<SessionStoreConfig>
  /** Drives the store there. Must not wait for anything that never happens (e.g. `start()` of the starting scene). */
  drive(store: SessionStore, fake: FakeCustomerSdk): Promise<void>
  /** True once the store is in the scene's state. */
  reached(state: SessionState): boolean
}

// An hour: long enough to look at the state, and the pending timer dies with the story's page.
const SDK_ANSWERS_LATE_MS = 60 * 60 * 1000

const isStatus =
  (status: SessionState['status']) =>
  (state: SessionState): boolean =>
    state.status === status

const isErrorOf =
  (family: CobrowseErrorFamily) =>
  (state: SessionState): boolean =>
    state.status === 'error' && state.error.family === family

async function withAgents(store: SessionStore, fake: FakeCustomerSdk): Promise<void> {
  await store.start()
  await fake.play(STORY_AGENTS.map((name) => steps.agentJoined(name)))
}

/** Drives the store to a live session that `names` joined, in that order. */
const joinedBy =
  (names: readonly string[]) =>
  async (store: SessionStore, fake: FakeCustomerSdk): Promise<void> => {
    await store.start()
    await fake.play(names.map((name) => steps.agentJoined(name)))
  }

/** True once the session is active with exactly `count` agents, so a scene never stops halfway through the joins. */
const isActiveWith =
  (count: number) =>
  (state: SessionState): boolean =>
    state.status === 'active' && state.agents.length === count

// The store rightly ignores (and warns about) the session_ended a refused start's script sends in the error state.
// That warning is about the script, not the component, so it is the one warning these scenes keep out of the console.
const quietAboutScriptEnd: Pick<Console, 'warn'> = {
  warn: (...args: unknown[]) => {
    if (!String(args[0]).includes('ignored SESSION_ENDED')) console.warn(...args)
  },
}

/**
 * The service refuses the start with `code` and drops the session. The end matters for "Try again": without it the
 * fake still counts the session as live and answers the retry with 1004; with it, a retry meets the same refusal.
 */
function failsAtStart(code: number, family: CobrowseErrorFamily, config?: Partial<SessionStoreConfig>): SceneRecipe {
  return {
    fake: { onStart: [steps.error(code), steps.sessionEnded()] },
    config: { logger: quietAboutScriptEnd, ...config },
    drive: (store) => store.start(),
    reached: isErrorOf(family),
  }
}

/** One recipe per scene. */
export const SESSION_SCENES: Record<SessionScene, SceneRecipe> = {
  idle: { drive: async () => {}, reached: isStatus('idle') },
  loading: {
    fake: { initDelayMs: SDK_ANSWERS_LATE_MS },
    drive: async (store) => void store.load(),
    reached: isStatus('loading'),
  },
  // Loaded and waiting: the SDK answered init, and no session was asked for yet.
  ready: { drive: (store) => store.load(), reached: isStatus('ready') },
  starting: {
    // The token endpoint never answers, so the store waits in 'starting'.
    config: { token: () => new Promise<string>(() => {}) },
    drive: async (store) => void store.start(),
    reached: isStatus('starting'),
  },
  pin: { drive: (store) => store.start(), reached: isStatus('pin') },
  active: { drive: withAgents, reached: isStatus('active') },
  'active-one-agent': { drive: joinedBy(STORY_AGENT_TEAM.slice(0, 1)), reached: isActiveWith(1) },
  'active-three-agents': { drive: joinedBy(STORY_AGENT_TEAM), reached: isActiveWith(3) },
  reconnecting: {
    drive: async (store, fake) => {
      await withAgents(store, fake)
      await fake.play([steps.networkDropped()])
    },
    reached: isStatus('reconnecting'),
  },
  'remote-assist-requested': {
    drive: async (store, fake) => {
      await withAgents(store, fake)
      await fake.play([steps.remoteAssistRequested(undefined, STORY_AGENTS[0])])
    },
    reached: (state) => state.status === 'active' && state.remoteAssist === 'requested',
  },
  'remote-assist-on': {
    drive: async (store, fake) => {
      await withAgents(store, fake)
      await fake.play([steps.remoteAssistRequested(undefined, STORY_AGENTS[0]), steps.remoteAssistStarted()])
    },
    reached: (state) => state.status === 'active' && state.remoteAssist === 'on',
  },
  ended: {
    drive: async (store, fake) => {
      await withAgents(store, fake)
      await fake.play([steps.sessionEnded('ended_by_agent')])
    },
    reached: isStatus('ended'),
  },
  // init calls back with an error that carries no code: the store reports sdk_init_failed.
  'error-sdk': { fake: { initError: {} }, drive: (store) => store.start(), reached: isErrorOf('sdk') },
  'error-token': failsAtStart(2001, 'token'),
  'error-session': failsAtStart(1001, 'session'),
  // 1010: the custom PIN (BYOP) is taken by another live session.
  'error-pin': failsAtStart(1010, 'pin', { customPinCode: 'HELP42' }),
  // 1002: another tab is still connecting a session.
  'error-limit': failsAtStart(1002, 'limit'),
  // The connection fails mid-session, with agents watching; "Try again" ends it and starts a new one.
  'error-network': {
    drive: async (store, fake) => {
      await withAgents(store, fake)
      await fake.play([steps.error(1016)])
    },
    reached: isErrorOf('network'),
  },
}
