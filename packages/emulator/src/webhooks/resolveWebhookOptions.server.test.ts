import { describe, expect, it } from 'vitest'
import { WEBHOOK_FIDELITY } from '../config/webhookFidelity.js'
import { resolveWebhookOptions, type WebhookOptionsInput } from './resolveWebhookOptions.js'
import { WebhookOptionsError } from './webhookOptionsError.js'

const VALID = { urls: ['http://127.0.0.1:3000/webhooks/zoom'], secretToken: 'resolve-options-test-secret' }

describe('resolveWebhookOptions', () => {
  it("applies Zoom's defaults", () => {
    expect(resolveWebhookOptions(VALID)).toEqual({
      urls: ['http://127.0.0.1:3000/webhooks/zoom'],
      secretToken: 'resolve-options-test-secret',
      accountId: WEBHOOK_FIDELITY.defaultAccountId,
      retryDelaysMs: [300_000, 1_200_000, 3_600_000],
      timeoutMs: 3000,
      validateUrls: true,
      strictOrder: false,
    })
  })

  it('keeps each URL once and clamps delays setTimeout cannot wait for', () => {
    const settings = resolveWebhookOptions({
      ...VALID,
      urls: ['https://hooks.test/a', 'https://hooks.test/a', 'https://hooks.test/b'],
      retryDelaysMs: [0, Number.POSITIVE_INFINITY],
      timeoutMs: 2 ** 40,
    })
    expect(settings.urls).toEqual(['https://hooks.test/a', 'https://hooks.test/b'])
    expect(settings.retryDelaysMs).toEqual([0, 2 ** 31 - 1])
    expect(settings.timeoutMs).toBe(2 ** 31 - 1)
  })

  it.each([
    ['a relative URL', { urls: ['/webhooks/zoom'] }, 'invalid_webhook_url'],
    ['a URL without scheme', { urls: ['localhost:3000/hook'] }, 'invalid_webhook_url'],
    ['a non-http URL', { urls: ['ftp://hooks.test/a'] }, 'invalid_webhook_url'],
    ['urls that are not an array', { urls: 'http://hooks.test' }, 'invalid_webhook_url'],
    ['an empty secret', { secretToken: '' }, 'missing_secret_token'],
    ['an empty account id', { accountId: '' }, 'invalid_account_id'],
    ['a negative delay', { retryDelaysMs: [10, -1] }, 'invalid_retry_delays'],
    ['a NaN delay', { retryDelaysMs: [Number.NaN] }, 'invalid_retry_delays'],
    ['a zero timeout', { timeoutMs: 0 }, 'invalid_timeout'],
  ])('refuses %s with a hint', (_, override, code) => {
    const options = { ...VALID, ...override } as unknown as WebhookOptionsInput
    let error: unknown
    try {
      resolveWebhookOptions(options)
    } catch (thrown) {
      error = thrown
    }
    expect(error).toBeInstanceOf(WebhookOptionsError)
    expect(error).toMatchObject({ code, hint: expect.any(String) })
  })
})
