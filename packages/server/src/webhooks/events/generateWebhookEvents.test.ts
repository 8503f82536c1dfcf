import { readdir, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { GENERATED_DIR, readWebhookSpecs, renderWebhookEventFiles } from '../../../scripts/generateWebhookEvents.js'

describe('generated webhook events', () => {
  it('are up to date with the specs and the generator', async () => {
    const expected = renderWebhookEventFiles(await readWebhookSpecs())
    expect((await readdir(GENERATED_DIR)).sort()).toEqual(Object.keys(expected).sort())
    for (const [name, source] of Object.entries(expected)) {
      const committed = await readFile(new URL(name, GENERATED_DIR), 'utf8')
      expect(
        committed === source,
        `${name} is stale: node --import tsx packages/server/scripts/generateWebhookEvents.ts`,
      ).toBe(true)
    }
  })

  it('stops on a schema keyword it cannot translate instead of ignoring it', async () => {
    const specs = await readWebhookSpecs()
    const cobrowse = structuredClone(specs['cobrowse-webhooks.openapi.json']) as {
      webhooks: Record<string, { post: { requestBody: { content: { 'application/json': { schema: object } } } } }>
    }
    const hook = cobrowse.webhooks['cobrowse.session_started']
    if (!hook) throw new Error('fixture missing')
    hook.post.requestBody.content['application/json'].schema = { type: 'object', oneOf: [] }
    expect(() => renderWebhookEventFiles({ ...specs, 'cobrowse-webhooks.openapi.json': cobrowse })).toThrow(/oneOf/)
  })
})
