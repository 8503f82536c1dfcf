import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningEmulator, startEmulator } from '../startEmulator.js'
import { attachEmulator } from './attachEmulator.js'
import { PlaywrightHelperError } from './PlaywrightHelperError.js'

let running: RunningEmulator
beforeAll(async () => {
  running = await startEmulator({ port: 0, sdkKey: 'attach-key', sdkSecret: 'attach-secret' })
})
afterAll(() => running.close())

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => 'resolved',
    (error: unknown) => (error instanceof PlaywrightHelperError ? error.code : String(error)),
  )

describe('attachEmulator', () => {
  it('returns the target once the emulator answers with the same SDK key', async () => {
    await expect(
      attachEmulator({ url: `${running.url}/`, sdkKey: 'attach-key', sdkSecret: 'attach-secret' }),
    ).resolves.toEqual({ url: running.url, sdkKey: 'attach-key', sdkSecret: 'attach-secret' })
  })

  it('says which SDK key the emulator has when it is not the one given', async () => {
    const error = await attachEmulator({ url: running.url, sdkKey: 'other', sdkSecret: 'x' }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'sdk_key_mismatch' })
    expect((error as Error).message).toContain('uses SDK key "attach-key", not "other"')
  })

  it('tells a missing emulator, a server that is not one, and a URL that is not an origin apart', async () => {
    const closed = await startEmulator({ port: 0 })
    await closed.close()
    expect(await codeOf(attachEmulator({ url: closed.url, sdkKey: 'k', sdkSecret: 's' }))).toBe('emulator_unreachable')

    const other = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'))
    await new Promise<void>((resolve) => other.listen(0, '127.0.0.1', resolve))
    const url = `http://127.0.0.1:${(other.address() as AddressInfo).port}`
    try {
      expect(await codeOf(attachEmulator({ url, sdkKey: 'k', sdkSecret: 's' }))).toBe('not_an_emulator')
    } finally {
      other.close()
    }
    expect(await codeOf(attachEmulator({ url: `${running.url}/desk`, sdkKey: 'k', sdkSecret: 's' }))).toBe(
      'invalid_options',
    )
  })
})
