// The emulator stands in for Zoom: tokens this package mints must pass its checks, and a tampered one must not.

import { type RunningEmulator, startEmulator, verifySdkToken } from '@cobrowse-kit/emulator'
import { openAgent, openCustomer, startMessage } from '@cobrowse-kit/emulator/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { COBROWSE_ROLE } from './cobrowseRole.js'
import { createTokenHandler } from './createTokenHandler.js'
import { signCobrowseToken } from './signCobrowseToken.js'

const CREDENTIALS = { sdkKey: 'interop-sdk-key', sdkSecret: 'interop-sdk-secret-0123456789' }
let emulator: RunningEmulator

beforeAll(async () => {
  emulator = await startEmulator({ port: 0, ...CREDENTIALS, log: () => {} })
})
afterAll(() => emulator.close())

async function mint(role: 1 | 2, options: { byop?: boolean; userName?: string } = {}): Promise<string> {
  const handle = createTokenHandler({ ...CREDENTIALS, byop: options.byop ?? false, authorizeAgent: () => true })
  const response = await handle(
    new Request('http://127.0.0.1/token', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role, userName: options.userName }),
    }),
  )
  expect(response.status).toBe(200)
  return ((await response.json()) as { token: string }).token
}

/** Rewrites one claim and keeps the original signature, as someone editing a token by hand would. */
function tamper(token: string, claims: Record<string, unknown>): string {
  const [header, payload, signature] = token.split('.')
  const edited = { ...JSON.parse(Buffer.from(payload ?? '', 'base64url').toString('utf8')), ...claims }
  return [header, Buffer.from(JSON.stringify(edited)).toString('base64url'), signature].join('.')
}

describe('verifySdkToken (the emulator’s check of Zoom’s JWT rules)', () => {
  it('accepts customer and agent tokens from the handler, with no undocumented claims', async () => {
    for (const role of [COBROWSE_ROLE.customer, COBROWSE_ROLE.agent]) {
      const verdict = verifySdkToken(await mint(role), { ...CREDENTIALS, role })
      expect(verdict).toMatchObject({ ok: true, byop: false, unknownClaims: [] })
    }
  })

  it('accepts the shortest and longest lifetimes despite the back-dated iat', async () => {
    for (const expirationSeconds of [1800, 172_800]) {
      const token = await signCobrowseToken({ ...CREDENTIALS, role: 1, userId: 'u', userName: 'U', expirationSeconds })
      expect(verifySdkToken(token, { ...CREDENTIALS, role: 1 }).ok).toBe(true)
    }
  })

  it('sees BYOP on tokens of both roles when the handler has byop', async () => {
    for (const role of [COBROWSE_ROLE.customer, COBROWSE_ROLE.agent]) {
      expect(verifySdkToken(await mint(role, { byop: true }), { ...CREDENTIALS, role })).toMatchObject({ byop: true })
    }
  })

  it('refuses a tampered token: the signature no longer matches', async () => {
    const forged = tamper(await mint(COBROWSE_ROLE.customer), { role_type: 2 })
    expect(verifySdkToken(forged, { ...CREDENTIALS, role: 2 })).toEqual({
      ok: false,
      reason: expect.stringMatching(/signature/),
    })
  })

  it('refuses a token signed with another secret', async () => {
    const other = await signCobrowseToken({ ...CREDENTIALS, sdkSecret: 'wrong', role: 1, userId: 'u', userName: 'U' })
    expect(verifySdkToken(other, { ...CREDENTIALS, role: 1 }).ok).toBe(false)
  })
})

describe('the running emulator, over its socket', () => {
  it('starts a session with a customer token and lets an agent token join it', async () => {
    const customer = await openCustomer(emulator.url)
    customer.send(startMessage(CREDENTIALS, { token: await mint(1, { userName: 'Casey' }) }))
    const started = await customer.next('started')
    expect(started.pin).toMatch(/^\d{6}$/)
    expect(started.user.userName).toBe('Casey')

    const agent = await openAgent(emulator.url)
    agent.send({ t: 'join', token: await mint(2, { userName: 'Avery' }), pin: started.pin })
    expect(await agent.next('joined')).toMatchObject({ pin: started.pin, agent: { userName: 'Avery' } })
    agent.close()
    customer.close()
  })

  it('takes the customer’s own PIN when the token carries enable_byop', async () => {
    const customer = await openCustomer(emulator.url)
    customer.send(startMessage(CREDENTIALS, { token: await mint(1, { byop: true }), customPinCode: 'kit42' }))
    expect((await customer.next('started')).pin).toBe('KIT42')
    customer.close()
  })

  it('refuses a tampered customer token with 2001 (TOKEN_INVALID)', async () => {
    const customer = await openCustomer(emulator.url)
    customer.send(startMessage(CREDENTIALS, { token: tamper(await mint(1), { user_name: 'Mallory' }) }))
    expect(await customer.next('error')).toMatchObject({ code: 2001, message: expect.stringMatching(/signature/) })
    await customer.closed
  })

  it('refuses a customer token promoted to agent by hand with 2001', async () => {
    const customer = await openCustomer(emulator.url)
    customer.send(startMessage(CREDENTIALS, { token: await mint(1) }))
    const { pin } = await customer.next('started')
    const agent = await openAgent(emulator.url)
    agent.send({ t: 'join', token: tamper(await mint(1), { role_type: 2 }), pin })
    expect((await agent.next('error')).code).toBe(2001)
    await agent.closed
    customer.close()
  })
})
