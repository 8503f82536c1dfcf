import { createSessionStore, type SessionStore, type SessionStoreConfig } from '@cobrowse-kit/core'
import { createFakeCustomerSdk, type FakeCustomerSdk, steps } from '@cobrowse-kit/core/testing'
import { SESSION_SCENES, type SessionScene, STORY_PIN } from './sessionScenes.js'
import { waitForScene } from './waitForScene.js'

/** A session for one story: a real store and the fake SDK behind it. */
export interface StorySession {
  /** From `createSessionStore`, exactly as an app would have it. */
  readonly store: SessionStore
  /** The test kit's fake customer SDK; play functions use it to play more of the session. */
  readonly fake: FakeCustomerSdk
}

// JWT-shaped, which is all the store checks before handing it to the (fake) SDK.
const STORY_TOKEN = 'eyJzdG9yeSI6MX0.eyJyb2xlX3R5cGUiOjF9.c3Rvcnlib29r'

/**
 * Creates a real session store on the test kit's fake SDK and drives it into `scene` through the store's actions and
 * the fake's timeline, never by writing a state object. Rejects when the scene is not reached, so a story can never
 * show a state the store would not produce. `config` adds store options a story needs on top of the scene's (e.g.
 * `masking`); it cannot replace the fake SDK.
 *
 * @example
 * const { store, fake } = await storeIn('pin')
 * await fake.play([steps.agentJoined('Ana')]) // now 'active'
 */
export async function storeIn(scene: SessionScene, config?: Partial<SessionStoreConfig>): Promise<StorySession> {
  const recipe = SESSION_SCENES[scene]
  const fake = createFakeCustomerSdk({ onStart: [steps.sessionStarted(), steps.pin(STORY_PIN)], ...recipe.fake })
  const store = createSessionStore({
    sdkKey: 'storybook',
    token: STORY_TOKEN,
    // No recovery mark: it would make the next story's store resume this one's session.
    storage: null,
    ...recipe.config,
    ...config,
    // Last, so no scene or story config can swap the fake out from under the play functions.
    sdk: fake.sdk,
  })
  await recipe.drive(store, fake)
  await waitForScene(store, recipe.reached, scene)
  return { store, fake }
}
