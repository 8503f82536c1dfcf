// @vitest-environment node
// The shipped files, not the source: embed.js and embed-ui.js as buildEmbed writes them, run in a page of their own
// (a fresh JSDOM window), so the IIFE wrapping, the globals and the hand-over between the two files are real.
// Node, not the jsdom project environment: esbuild refuses to run under jsdom's TextEncoder.
import { beforeAll, describe, expect, it } from 'vitest'
import { buildEmbedForTest, JSDOM, VirtualConsole } from '../../test/builtEmbed.js'

const CDN = 'https://cdn.example.com/cobrowse-kit/0.1.0/'
let loader = ''
let chunk = ''

beforeAll(async () => {
  ;({ loader, chunk } = await buildEmbedForTest())
})

/** A plain shop page with the loader's tag; jsdom does not fetch it, the test runs the built code itself. */
function shopPage() {
  const consoleErrors: unknown[][] = []
  const virtualConsole = new VirtualConsole()
  virtualConsole.on('error', (...args: unknown[]) => consoleErrors.push(args))
  virtualConsole.on('jsdomError', (error: unknown) => consoleErrors.push([error]))
  const { window } = new JSDOM(
    `<!doctype html><html lang="en"><head><title>Shop</title></head><body><main>Shop</main>
      <script async src="${CDN}embed.js" data-sdk-key="key-1" data-token-url="/api/cobrowse/token" data-nonce="n0nce"
        data-mask=".pii"></script></body></html>`,
    { runScripts: 'outside-only', url: 'https://shop.example/', virtualConsole },
  )
  return { window, consoleErrors }
}

const settle = async () => {
  for (let turn = 0; turn < 20; turn++) await Promise.resolve()
}

describe('the built embed', () => {
  it('defines one global, runs the queue, and hands over to the UI chunk on intent', async () => {
    const { window, consoleErrors } = shopPage()
    const before = new Set(Object.keys(window))
    const statuses: string[] = []
    Reflect.set(window, 'CobrowseKit', [['on', 'status', ({ status }: { status: string }) => statuses.push(status)]])

    window.eval(loader)
    const host = window.document.querySelector('cobrowse-kit-widget')
    const button = host?.shadowRoot?.querySelector('button')
    expect(host?.parentElement).toBe(window.document.body)
    expect(button?.textContent).toBe('Get help')

    button?.dispatchEvent(new window.Event('pointerenter'))
    const injected = [...window.document.querySelectorAll('script')].filter((script) => script.src.endsWith('ui.js'))
    expect(injected.map((script) => [script.src, script.getAttribute('nonce')])).toEqual([
      [`${CDN}embed-ui.js`, 'n0nce'],
    ])

    window.eval(chunk)
    injected[0]?.dispatchEvent(new window.Event('load'))
    await settle()
    const added = () => Object.keys(window).filter((key) => !before.has(key))
    expect(host?.shadowRoot?.querySelector('.cbk-loader__ui .cbk-cobrowse')).toBeNull()
    // Intent starts Zoom's SDK download too, with the nonce, and core sets up its global as Zoom's snippet does; still
    // no widget.
    const sdk = window.document.querySelector('script[src^="https://us01-zcb.zoom.us/static/resource/sdk/key-1/js/"]')
    expect(sdk?.getAttribute('nonce')).toBe('n0nce')
    expect(added()).toEqual(['CobrowseKit', 'ZoomCobrowseSDK'])

    button?.click()
    await settle()
    expect(host?.shadowRoot?.querySelector('.cbk-loader__ui .cbk-cobrowse')).not.toBeNull()
    expect(statuses[0]).toBe('idle')
    // The session's load is the one intent started: still one SDK tag, and no global beyond Zoom's.
    expect(window.document.querySelectorAll('script[src*="/static/resource/sdk/"]')).toHaveLength(1)
    expect(added()).toEqual(['CobrowseKit', 'ZoomCobrowseSDK'])
    expect(consoleErrors).toEqual([])
    window.close()
  })
})
