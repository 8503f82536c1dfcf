import { test } from '@playwright/test'
import { buildEmbedForTests } from './buildEmbedForTests.js'
import { buildKitFixture } from './buildKitFixture.js'
import { type FixtureSite, serveFixtures } from './serveFixtures.js'
import { type SpawnedEmulator, spawnEmulator } from './spawnEmulator.js'

export interface EmulatorSite {
  /** The emulator process (its CLI, from source) on a free loopback port. */
  readonly emulator: SpawnedEmulator
  /** The fixture customer site, on another loopback port, loading the SDK with Zoom's snippet. */
  readonly site: FixtureSite
}

/**
 * Starts an emulator with `flags` and a customer site for the spec file, and stops both after it. With `embed`, the
 * site also serves a fresh build of @cobrowse-kit/embed at `/embed/`; with `kit`, the React leak lab's bundle.
 */
export function withEmulatorSite(flags: string[] = [], options: { embed?: boolean; kit?: boolean } = {}): EmulatorSite {
  let emulator: SpawnedEmulator | undefined
  let site: FixtureSite | undefined
  test.beforeAll(async () => {
    const [embed, kit] = await Promise.all([
      options.embed ? buildEmbedForTests() : undefined,
      options.kit ? buildKitFixture() : undefined,
    ])
    emulator = await spawnEmulator(flags)
    site = await serveFixtures({
      emulator: emulator.url,
      sdkKey: emulator.sdkKey,
      ...(embed ? { embed } : {}),
      ...(kit ? { kit } : {}),
    })
  })
  test.afterAll(async () => {
    await site?.close()
    await emulator?.stop()
  })
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is not started (use it inside a test)`)
    return value
  }
  return {
    get emulator() {
      return started(emulator, 'the emulator')
    },
    get site() {
      return started(site, 'the fixture site')
    },
  }
}
