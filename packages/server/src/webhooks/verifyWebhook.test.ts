import { createHmac } from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { verifyWebhook } from './verifyWebhook.js'

const SECRET = 'secret-token'
const NOW_MS = 1_743_483_350_000
const NOW_S = String(NOW_MS / 1000)

function sign(body: string, timestamp = NOW_S, secret = SECRET): Record<string, string> {
  const digest = createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')
  return { 'x-zm-request-timestamp': timestamp, 'x-zm-signature': `v0=${digest}` }
}

function verify(body: string, headers: Headers | Record<string, string | undefined> = sign(body), extra = {}) {
  return verifyWebhook({ secretToken: SECRET, headers, body, now: NOW_MS, ...extra })
}

const STARTED = {
  event: 'cobrowse.session_started',
  event_ts: 1743483350000,
  payload: {
    account_id: 'TEODL21kRmehjRceRnyYqw',
    object: { session_id: 's1', start_time: '2025-04-01T12:22:26Z', role_type: 'customer' },
  },
}

async function problemOf(promise: ReturnType<typeof verify>) {
  const result = await promise
  return result.ok ? undefined : { status: result.problem.status, code: result.problem.code }
}

describe('verifyWebhook', () => {
  it('types an authentic cobrowse event and keeps the raw text and timestamp', async () => {
    const body = JSON.stringify(STARTED)
    const result = await verify(body)
    expect(result).toEqual({
      ok: true,
      kind: 'event',
      event: { type: 'cobrowse.session_started', body: STARTED },
      raw: body,
      timestamp: Number(NOW_S),
    })
  })

  it('reads headers from a Headers object or a record with any letter case', async () => {
    const body = JSON.stringify(STARTED)
    const signed = sign(body)
    const shouted = {
      'X-Zm-Request-Timestamp': signed['x-zm-request-timestamp'],
      'X-ZM-SIGNATURE': signed['x-zm-signature'],
    }
    expect((await verify(body, new Headers(signed))).ok).toBe(true)
    expect((await verify(body, shouted)).ok).toBe(true)
  })

  it('answers URL validation with the plain token and its HMAC, after checking the signature', async () => {
    const body = JSON.stringify({
      event: 'endpoint.url_validation',
      payload: { plainToken: 'qgg8vlvZRS6UYooatFL8Aw' },
      event_ts: 1654503849680,
    })
    const encryptedToken = createHmac('sha256', SECRET).update('qgg8vlvZRS6UYooatFL8Aw').digest('hex')
    expect(await verify(body)).toEqual({
      ok: true,
      kind: 'url_validation',
      plainToken: 'qgg8vlvZRS6UYooatFL8Aw',
      response: { plainToken: 'qgg8vlvZRS6UYooatFL8Aw', encryptedToken },
    })
    expect(await problemOf(verify(body, sign(body, NOW_S, 'wrong')))).toEqual({
      status: 401,
      code: 'signature_mismatch',
    })
    const empty = JSON.stringify({ event: 'endpoint.url_validation', payload: {} })
    expect(await problemOf(verify(empty))).toEqual({ status: 400, code: 'url_validation_malformed' })
  })

  it('refuses missing, malformed and forged signatures with 401', async () => {
    const body = JSON.stringify(STARTED)
    const signed = sign(body)
    const cases: [Record<string, string | undefined>, string][] = [
      [{ 'x-zm-request-timestamp': NOW_S }, 'signature_missing'],
      [{ 'x-zm-signature': signed['x-zm-signature'] }, 'timestamp_missing'],
      [{ ...signed, 'x-zm-request-timestamp': '17434833.5' }, 'timestamp_malformed'],
      [{ ...signed, 'x-zm-request-timestamp': '' }, 'timestamp_malformed'],
      [{ ...signed, 'x-zm-signature': signed['x-zm-signature']?.toUpperCase() }, 'signature_malformed'],
      [{ ...signed, 'x-zm-signature': signed['x-zm-signature']?.slice(0, -2) }, 'signature_malformed'],
      [sign(body, NOW_S, 'other-secret'), 'signature_mismatch'],
      [{ ...signed, 'x-zm-request-timestamp': String(Number(NOW_S) + 1) }, 'signature_mismatch'],
    ]
    for (const [headers, code] of cases) expect(await problemOf(verify(body, headers))).toEqual({ status: 401, code })
    expect(await problemOf(verify(`${body}\n`, signed))).toEqual({ status: 401, code: 'signature_mismatch' })
  })

  it('refuses a stale or future timestamp beyond the tolerance, both signed correctly', async () => {
    const body = JSON.stringify(STARTED)
    for (const offset of [-301, 301, -86_400]) {
      const timestamp = String(Number(NOW_S) + offset)
      expect(await problemOf(verify(body, sign(body, timestamp)))).toEqual({
        status: 401,
        code: 'timestamp_out_of_range',
      })
    }
    for (const offset of [-300, 0, 300])
      expect((await verify(body, sign(body, String(Number(NOW_S) + offset)))).ok).toBe(true)
    const old = sign(body, String(Number(NOW_S) - 3600))
    expect((await verify(body, old, { toleranceSeconds: 3600 })).ok).toBe(true)
    expect((await verify(body, old, { toleranceSeconds: Number.POSITIVE_INFINITY })).ok).toBe(true)
  })

  it('refuses signed bodies that are not JSON or not an event envelope with 400', async () => {
    for (const body of ['', '{', 'nul', '{"event":"x",}']) {
      expect(await problemOf(verify(body))).toEqual({ status: 400, code: 'body_not_json' })
    }
    for (const body of ['[]', '"x"', '42', 'null', '{}', '{"event":""}', '{"event":7}', '[{"event":"x"}]']) {
      expect(await problemOf(verify(body))).toEqual({ status: 400, code: 'event_malformed' })
    }
  })

  it('delivers an authentic event of an unknown name, or with a body off its schema, as unknown', async () => {
    const future = { event: 'cobrowse.session_paused', event_ts: 1, payload: {} }
    expect(await verify(JSON.stringify(future))).toMatchObject({
      ok: true,
      event: { type: 'unknown', name: 'cobrowse.session_paused', body: future, issues: [] },
    })
    const broken = { ...STARTED, payload: { ...STARTED.payload, object: { session_id: 5, role_type: 'robot' } } }
    const result = await verify(JSON.stringify(broken))
    expect(result.ok && result.kind === 'event' && result.event).toMatchObject({
      type: 'unknown',
      name: 'cobrowse.session_started',
      body: broken,
    })
    const issues = result.ok && result.kind === 'event' && result.event.type === 'unknown' ? result.event.issues : []
    expect(issues.map((issue) => issue.split(':')[0])).toEqual([
      'payload.object.session_id',
      'payload.object.role_type',
      'payload.object.start_time',
    ])
  })

  it('reports setup mistakes as 500 problems instead of throwing', async () => {
    const body = JSON.stringify(STARTED)
    expect(await problemOf(verifyWebhook({ secretToken: '', headers: sign(body), body }))).toEqual({
      status: 500,
      code: 'webhook_misconfigured',
    })
    expect(await problemOf(verify(body, sign(body), { toleranceSeconds: Number.NaN }))).toMatchObject({
      code: 'webhook_misconfigured',
    })
    const parsed = STARTED as unknown as string
    expect(await problemOf(verifyWebhook({ secretToken: SECRET, headers: sign(body), body: parsed }))).toEqual({
      status: 500,
      code: 'body_not_text',
    })
  })
})
