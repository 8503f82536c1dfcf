import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { collectTestSecrets, findSecretLiterals } from './secrets/collectTestSecrets.js'
import { browserFiles, scanBundles } from './secrets/scanBundles.js'

let dir: string | undefined
afterEach(async () => {
  if (dir) await rm(dir, { recursive: true, force: true })
  dir = undefined
})

describe('the browser-bundle secret check', () => {
  it('finds secrets bound to secret-named fields, constants and flags, and ignores other strings', () => {
    const code = `const sdkSecret = 'alpha-secret-1'
      createTokenHandler({ sdkKey: 'key-123456', apiSecret: "beta-secret-2" })
      const WEBHOOK_SECRET_TOKEN = \`gamma-secret-3\`
      run(['--webhook-secret', 'x'], '--sdk-secret delta-secret-4')
      const secretToken = 'secret'`
    expect(findSecretLiterals(code)).toEqual(['alpha-secret-1', 'beta-secret-2', 'gamma-secret-3', 'delta-secret-4'])
  })

  it('collects from test files only, and reports a planted secret in a built bundle with its source', async () => {
    dir = await mkdtemp(join(tmpdir(), 'bundle-secrets-'))
    await mkdir(join(dir, 'packages/x/src'), { recursive: true })
    await mkdir(join(dir, 'packages/x/dist/chunks'), { recursive: true })
    await writeFile(join(dir, 'packages/x/src/a.test.ts'), "const sdkSecret = 'planted-secret-42'\n")
    await writeFile(join(dir, 'packages/x/src/a.ts'), "const sdkSecret = 'not-a-test-secret'\n")
    await writeFile(join(dir, 'packages/x/dist/chunks/app.js'), 'sign("planted-secret-42")')
    await writeFile(join(dir, 'packages/x/dist/clean.js'), 'export {}')

    const secrets = await collectTestSecrets(dir)
    expect(secrets).toEqual([{ value: 'planted-secret-42', source: 'packages/x/src/a.test.ts:1' }])
    const files = await browserFiles(join(dir, 'packages/x/dist'))
    expect(files).toHaveLength(2)
    const leaks = await scanBundles(
      [...files.map((file) => ({ file })), { name: 'in-memory', text: 'planted-secret-42' }],
      secrets,
    )
    expect(leaks.map((leak) => leak.file.replace(dir ?? '', ''))).toEqual([
      '/packages/x/dist/chunks/app.js',
      'in-memory',
    ])
  })

  it('treats a missing bundle directory as empty rather than failing', async () => {
    expect(await browserFiles(join(tmpdir(), 'no-such-dir-for-bundles'))).toEqual([])
  })
})
