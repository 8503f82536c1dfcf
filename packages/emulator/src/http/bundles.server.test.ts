import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BUNDLE_ENTRIES, createBundles } from './bundles.js'

let dir: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'emulator-bundles-'))
  await writeFile(join(dir, 'greeting.ts'), "export const greeting: string = 'hello from the entry'\n")
  await writeFile(
    join(dir, 'entry.ts'),
    "import { greeting } from './greeting.js'\nexport const shout = (): string => greeting.toUpperCase()\nconst scope = globalThis as { seen?: string }\nscope.seen = shout()\n",
  )
  await writeFile(join(dir, 'broken.ts'), "import { nothing } from './missing.js'\nconsole.log(nothing)\n")
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('createBundles', () => {
  it('bundles a TypeScript entry (with .js-suffixed imports) as a minified IIFE', async () => {
    const bundles = createBundles({ entry: { basePath: join(dir, 'entry'), format: 'iife' } })
    const code = await bundles.get('entry')
    expect(code).toContain('hello from the entry')
    expect(code).not.toMatch(/\bexport\b/)
    const scope: { seen?: string } = {}
    new Function('globalThis', code)(scope)
    expect(scope.seen).toBe('HELLO FROM THE ENTRY')
  })

  it('bundles as an ES module when asked', async () => {
    const code = await createBundles({ entry: { basePath: join(dir, 'entry'), format: 'esm' } }).get('entry')
    expect(code).toMatch(/export\s*\{/)
  })

  it('builds each entry once', async () => {
    const bundles = createBundles({ entry: { basePath: join(dir, 'entry'), format: 'iife' } })
    const first = bundles.get('entry')
    expect(bundles.get('entry')).toBe(first)
    await first
    expect(bundles.get('entry')).toBe(first)
  })

  it('rejects with esbuild’s message on a broken entry, and retries on the next request', async () => {
    const bundles = createBundles({ broken: { basePath: join(dir, 'broken'), format: 'iife' } })
    const failed = bundles.get('broken')
    await expect(failed).rejects.toThrow(/missing\.js/)
    expect(bundles.get('broken')).not.toBe(failed)
    await expect(bundles.get('broken')).rejects.toThrow()
  })

  it('says which files it looked for when the entry does not exist', async () => {
    const bundles = createBundles({ gone: { basePath: join(dir, 'gone'), format: 'iife' } })
    await expect(bundles.get('gone')).rejects.toThrow(/gone\.ts or .*gone\.js/)
  })

  it('points the shipped entries at the browser folder', () => {
    expect(BUNDLE_ENTRIES.customerSdk.basePath).toMatch(/browser[\\/]customer[\\/]index$/)
    expect(BUNDLE_ENTRIES.agentSdk).toMatchObject({ format: 'esm' })
    expect(BUNDLE_ENTRIES.viewer.basePath).toMatch(/browser[\\/]agent[\\/]viewerPage$/)
  })
})
