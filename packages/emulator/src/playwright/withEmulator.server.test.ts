import { describe, expect, it } from 'vitest'
import { PATHS } from '../protocol/paths.js'
import { PlaywrightHelperError } from './PlaywrightHelperError.js'
import { withEmulator } from './withEmulator.js'

/** Collects the hooks as Playwright's `test` would, so the test runs them when it wants. */
function hooks() {
  const before: Array<() => Promise<void>> = []
  const after: Array<() => Promise<void>> = []
  return {
    test: {
      beforeAll: (hook: () => Promise<void>) => before.push(hook),
      afterAll: (hook: () => Promise<void>) => after.push(hook),
    },
    runBefore: () => Promise.all(before.map((hook) => hook())),
    runAfter: () => Promise.all(after.map((hook) => hook())),
  }
}

describe('withEmulator', () => {
  it('starts an emulator with the given credentials on a free port in beforeAll and closes it in afterAll', async () => {
    const { test, runBefore, runAfter } = hooks()
    const emulator = withEmulator(test, { sdkKey: 'host-key', sdkSecret: 'host-secret' })
    expect(() => emulator.url).toThrow(PlaywrightHelperError)
    await runBefore()
    try {
      expect(emulator.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
      expect(emulator.url).not.toBe('http://127.0.0.1:4010')
      expect([emulator.sdkKey, emulator.sdkSecret]).toEqual(['host-key', 'host-secret'])
      const health = await fetch(`${emulator.url}${PATHS.health}`)
      expect(await health.json()).toEqual({ ok: true, sdkKey: 'host-key' })
      expect(emulator.running.emulator.listSessions()).toEqual([])
    } finally {
      await runAfter()
    }
    expect(() => emulator.url).toThrow(/inside a test or a hook/)
  })
})
