import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EmbedOptions } from '../shared/embedOptions.js'
import type { EmbedBridge, EmbedUi } from '../shared/embedUi.js'
import type { CobrowseKitApi } from './cobrowseKitApi.js'
import { UI_CHUNK_TIMEOUT_MS } from './createChunkLoader.js'
import { installCobrowseKit } from './installCobrowseKit.js'

type KitWindow = Window & { CobrowseKit?: unknown }
const CDN = 'https://cdn.example.com/cobrowse-kit/0.1.0/'
const BASE = { 'data-sdk-key': 'key-1', 'data-token-url': '/api/cobrowse/token' }

/** The loader, installed from a tag with these attributes (plus `BASE` unless they override it). */
function install(attributes: Record<string, string> = {}) {
  const script = document.createElement('script')
  script.src = `${CDN}embed.js`
  for (const [name, value] of Object.entries({ ...BASE, ...attributes })) script.setAttribute(name, value)
  document.head.append(script)
  return installCobrowseKit(window, script)
}

/** A stand-in for the UI chunk: records what the loader hands it. */
function fakeUi() {
  const mounted = { start: vi.fn(), end: vi.fn(), unmount: vi.fn() }
  const preload = vi.fn<NonNullable<EmbedUi['preload']>>(async () => {})
  const mount = vi.fn<EmbedUi['mount']>((target) => {
    const widget = target.container.appendChild(document.createElement('div'))
    widget.className = 'cbk-cobrowse'
    widget.append(Object.assign(document.createElement('button'), { textContent: 'Get help' }))
    return mounted
  })
  const bridge = (): EmbedBridge => {
    const call = mount.mock.calls[0]
    if (!call) throw new Error('the UI was not mounted')
    return call[2]
  }
  return { ui: { preload, mount } satisfies EmbedUi, mounted, mount, preload, bridge }
}

const host = () => document.querySelector<HTMLElement>('cobrowse-kit-widget')
const launcherButton = () => host()?.shadowRoot?.querySelector<HTMLButtonElement>('.cbk-loader__launcher button')
const chunkScripts = () => [...document.querySelectorAll<HTMLScriptElement>('script[src$="embed-ui.js"]')]
const settle = async () => {
  for (let turn = 0; turn < 10; turn++) await Promise.resolve()
}

/** What the chunk does when it runs: registers through the global; then the browser fires `load`. */
async function deliverChunk(api: CobrowseKitApi, ui: EmbedUi) {
  api.__ui(ui)
  chunkScripts()[0]?.dispatchEvent(new Event('load'))
  await settle()
}

function consoleLines() {
  const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
  return () => spy.mock.calls.map((call) => String(call[0]))
}

afterEach(() => {
  ;((window as KitWindow).CobrowseKit as Partial<CobrowseKitApi> | undefined)?.unmount?.()
  delete (window as KitWindow).CobrowseKit
  for (const script of document.querySelectorAll('script')) script.remove()
  sessionStorage.clear()
  document.documentElement.lang = ''
  vi.useRealTimers()
  vi.restoreAllMocks()
})

describe('the launcher', () => {
  it('renders a themed "Get help" button in an open shadow root, styled with the nonce', () => {
    install({
      'data-nonce': 'n0nce',
      'data-position': 'top-left',
      'data-color-scheme': 'dark',
      'data-theme-color-accent': '#0b5cff',
    })
    const element = host()
    expect(element?.parentElement).toBe(document.body)
    expect(element?.getAttribute('data-position')).toBe('top-left')
    expect(element?.getAttribute('data-state')).toBe('idle')
    const root = element?.shadowRoot
    expect(root?.mode).toBe('open')
    expect(launcherButton()?.textContent).toBe('Get help')
    expect(launcherButton()?.type).toBe('button')
    // jsdom has no constructable sheets, so this is the <style nonce> fallback.
    expect(root?.querySelector('style')?.getAttribute('nonce')).toBe('n0nce')
    expect(root?.querySelector('style')?.textContent).toContain(':host{all:initial!important')
    const wrapper = root?.querySelector<HTMLElement>('.cbk-loader')
    expect(wrapper?.style.getPropertyValue('--cbk-color-accent')).toBe('#0b5cff')
    expect(wrapper?.getAttribute('data-cbk-theme')).toBe('dark')
    expect(chunkScripts()).toHaveLength(0)
  })

  it("speaks the page's language, or the one asked for, and takes a getHelp override", () => {
    document.documentElement.lang = 'es-MX'
    const api = install()
    expect(launcherButton()?.textContent).toBe('Obtener ayuda')
    api.mount({ locale: 'en' })
    expect(launcherButton()?.textContent).toBe('Get help')
    api.mount({ messages: { getHelp: 'Chat with us' } })
    expect(launcherButton()?.textContent).toBe('Chat with us')
  })

  it('preloads the chunk once on intent, next to the loader and with the nonce', () => {
    install({ 'data-nonce': 'n0nce' })
    const button = launcherButton()
    for (const intent of ['pointerenter', 'focus', 'touchstart', 'pointerenter'])
      button?.dispatchEvent(new Event(intent))
    expect(chunkScripts().map((script) => [script.src, script.getAttribute('nonce'), script.async])).toEqual([
      [`${CDN}embed-ui.js`, 'n0nce', true],
    ])
    expect(host()?.getAttribute('data-state')).toBe('idle')
  })
})

describe("intent preloads Zoom's SDK", () => {
  const hover = () => launcherButton()?.dispatchEvent(new Event('pointerenter'))

  it('once the chunk is in, with the options, and neither mounts the widget nor starts a session', async () => {
    const api = install({ 'data-nonce': 'n0nce', 'data-origin': 'http://127.0.0.1:4010', 'data-version': '3.9.x' })
    const { ui, preload, mount, mounted } = fakeUi()
    hover()
    expect(preload).not.toHaveBeenCalled()
    await deliverChunk(api, ui)
    expect(preload).toHaveBeenCalledOnce()
    expect(preload.mock.calls[0]?.[0]).toMatchObject({
      sdkKey: 'key-1',
      token: { url: '/api/cobrowse/token' },
      origin: 'http://127.0.0.1:4010',
      version: '3.9.x',
      nonce: 'n0nce',
    } satisfies Partial<EmbedOptions>)
    expect(mount).not.toHaveBeenCalled()
    expect(host()?.getAttribute('data-state')).toBe('idle')

    for (const intent of ['focus', 'touchstart', 'pointerenter']) launcherButton()?.dispatchEvent(new Event(intent))
    launcherButton()?.click()
    await settle()
    expect(preload).toHaveBeenCalledOnce()
    expect(mount).toHaveBeenCalledOnce()
    expect(mounted.start).toHaveBeenCalledOnce()
  })

  it('reports a failed preload once, never as an unhandled rejection, and the click still starts', async () => {
    const lines = consoleLines()
    const unhandled = vi.fn()
    process.on('unhandledRejection', unhandled)
    try {
      const api = install()
      const errors: string[] = []
      api.on('error', ({ code }) => errors.push(String(code)))
      const { ui, preload, mounted } = fakeUi()
      preload.mockRejectedValueOnce({ code: 'sdk_load_failed', message: 'The SDK failed to load.', hint: 'Check it.' })
      hover()
      await deliverChunk(api, ui)
      expect(lines()).toEqual(['[CobrowseKit] sdk_load_failed: The SDK failed to load. Check it.'])
      expect(errors).toEqual(['sdk_load_failed'])
      expect(host()?.getAttribute('data-state')).toBe('idle')
      expect(launcherButton()?.textContent).toBe('Get help')

      launcherButton()?.click()
      await settle()
      expect(mounted.start).toHaveBeenCalledOnce()
      await new Promise((resolve) => setTimeout(resolve, 0))
      expect(unhandled).not.toHaveBeenCalled()
    } finally {
      process.off('unhandledRejection', unhandled)
    }
  })

  it('reports a preload that throws instead of returning a promise', async () => {
    const lines = consoleLines()
    const api = install()
    const { ui, preload } = fakeUi()
    preload.mockImplementationOnce(() => {
      throw new Error('no preload here')
    })
    hover()
    await deliverChunk(api, ui)
    expect(lines()).toEqual([expect.stringMatching(/^\[CobrowseKit\] ui_mount_failed: .*no preload here/)])
  })

  it('warms the chunk alone, quietly, with a chunk that has no preload (an older release)', async () => {
    const lines = consoleLines()
    const api = install()
    const { mount } = fakeUi()
    hover()
    await deliverChunk(api, { mount })
    expect(lines()).toEqual([])
    launcherButton()?.click()
    await settle()
    expect(mount).toHaveBeenCalledOnce()
  })

  it('is skipped for options that cannot work, even with the chunk already registered', async () => {
    const lines = consoleLines()
    const api = install({ 'data-origin': 'localhost:4000' })
    const { ui, preload } = fakeUi()
    api.__ui(ui)
    hover()
    launcherButton()?.dispatchEvent(new Event('focus'))
    await settle()
    expect(preload).not.toHaveBeenCalled()
    expect(chunkScripts()).toHaveLength(0)
    expect(lines().map((line) => line.split(':')[0])).toEqual(['[CobrowseKit] invalid_origin'])
  })

  it('is skipped when the embed was unmounted before the chunk arrived', async () => {
    const api = install()
    const { ui, preload } = fakeUi()
    hover()
    api.unmount()
    await deliverChunk(api, ui)
    expect(preload).not.toHaveBeenCalled()
  })
})

describe('a click', () => {
  it('loads the chunk (busy meanwhile), mounts the widget in the shadow root and starts a session', async () => {
    const api = install({ 'data-locale': 'es', 'data-mask': '.pii' })
    const { ui, mount, mounted } = fakeUi()
    launcherButton()?.click()
    expect(chunkScripts()).toHaveLength(1)
    expect(launcherButton()?.getAttribute('aria-busy')).toBe('true')
    expect(host()?.getAttribute('data-state')).toBe('loading')

    await deliverChunk(api, ui)
    const root = host()?.shadowRoot
    expect(mount).toHaveBeenCalledOnce()
    const [target, options] = mount.mock.calls[0] ?? []
    expect(target?.root).toBe(root)
    expect(target?.container.parentElement?.className).toBe('cbk-loader')
    expect(options).toMatchObject({
      sdkKey: 'key-1',
      token: { url: '/api/cobrowse/token' },
      masking: { selectors: ['.pii'] },
      locale: 'es',
    } satisfies Partial<EmbedOptions>)
    expect(mounted.start).toHaveBeenCalledOnce()
    // The widget has its own "Get help": one button, one `.cbk-cobrowse` in the shadow root.
    expect(root?.querySelector('.cbk-loader__launcher')).toBeNull()
    expect(root?.querySelectorAll('.cbk-cobrowse')).toHaveLength(1)
    expect(root?.querySelectorAll('button')).toHaveLength(1)

    api.start()
    api.end()
    expect(mounted.start).toHaveBeenCalledTimes(2)
    expect(mounted.end).toHaveBeenCalledOnce()
  })

  it('keeps keyboard focus in the widget when the launcher had it', async () => {
    const api = install()
    launcherButton()?.focus()
    launcherButton()?.click()
    await deliverChunk(api, fakeUi().ui)
    const root = host()?.shadowRoot
    expect(root?.activeElement).toBe(root?.querySelector('.cbk-loader__ui button'))
  })

  it("fans the widget's events out to CobrowseKit.on and mirrors the status on the host", async () => {
    const lines = consoleLines()
    const api = install()
    const { ui, bridge } = fakeUi()
    const statuses: string[] = []
    api.on('status', ({ status }) => statuses.push(status))
    launcherButton()?.click()
    await deliverChunk(api, ui)

    bridge().emit('status', { status: 'pin' })
    bridge().emit('pin', { pin: '123456' })
    const pins: string[] = []
    api.on('pin', ({ pin }) => pins.push(pin))
    bridge().reportError({ code: 'token_fetch_failed', message: 'Could not get a token.', hint: 'Check it.' })

    expect(statuses).toEqual(['pin'])
    expect(pins).toEqual(['123456'])
    expect(host()?.getAttribute('data-state')).toBe('pin')
    expect(lines()).toEqual(['[CobrowseKit] token_fetch_failed: Could not get a token. Check it.'])
  })

  it('reports a chunk that fails to load, returns to idle and tries again on the next click', async () => {
    const lines = consoleLines()
    const api = install()
    const errors: string[] = []
    api.on('error', ({ code }) => errors.push(String(code)))
    launcherButton()?.click()
    chunkScripts()[0]?.dispatchEvent(new Event('error'))
    await settle()

    expect(lines()).toEqual([
      `[CobrowseKit] ui_load_failed: ${CDN}embed-ui.js failed to load. Serve it beside embed.js and allow it in CSP script-src.`,
    ])
    expect(errors).toEqual(['ui_load_failed'])
    expect(chunkScripts()).toHaveLength(0)
    expect(host()?.getAttribute('data-state')).toBe('idle')
    expect(launcherButton()?.hasAttribute('aria-busy')).toBe(false)
    expect(launcherButton()?.textContent).toBe('Help could not load. Try again.')

    const { ui, mounted } = fakeUi()
    launcherButton()?.click()
    expect(chunkScripts()).toHaveLength(1)
    expect(launcherButton()?.textContent).toBe('Get help')
    await deliverChunk(api, ui)
    expect(mounted.start).toHaveBeenCalledOnce()
  })

  it('reports a chunk that loads without registering, and one that never arrives', async () => {
    vi.useFakeTimers()
    const lines = consoleLines()
    install()
    launcherButton()?.click()
    chunkScripts()[0]?.dispatchEvent(new Event('load'))
    await settle()
    launcherButton()?.click()
    await vi.advanceTimersByTimeAsync(UI_CHUNK_TIMEOUT_MS)
    expect(lines().map((line) => line.split(':')[0])).toEqual([
      '[CobrowseKit] ui_not_registered',
      '[CobrowseKit] ui_load_timeout',
    ])
    expect(host()?.getAttribute('data-state')).toBe('idle')
  })

  it('reports a widget that throws while mounting, and leaves the launcher usable', async () => {
    const lines = consoleLines()
    const api = install()
    launcherButton()?.click()
    await deliverChunk(api, {
      mount: () => {
        throw new Error('no shadow DOM here')
      },
    })
    expect(lines()).toEqual([
      '[CobrowseKit] ui_mount_failed: The widget failed to mount: no shadow DOM here. Use embed.js and embed-ui.js of one release.',
    ])
    expect(host()?.getAttribute('data-state')).toBe('idle')
    expect(host()?.shadowRoot?.querySelector('.cbk-loader__launcher')).not.toBeNull()
  })
})

describe('bad configuration', () => {
  it('explains itself on the console and on the button, loads nothing and never throws', () => {
    const lines = consoleLines()
    const api = install({ 'data-sdk-key': '', 'data-token-url': '' })
    const errors: string[] = []
    api.on('error', ({ code }) => errors.push(String(code)))
    // No key on the tag means no auto-mount: the page mounts, and gets the explanatory launcher.
    api.mount()
    expect(lines()).toEqual([
      '[CobrowseKit] missing_sdk_key: No SDK key. Set data-sdk-key or mount({ sdkKey }).',
      '[CobrowseKit] missing_token: No token source. Set data-token-url or mount({ token }).',
    ])
    const button = launcherButton()
    expect(host()?.getAttribute('data-state')).toBe('unavailable')
    expect(button?.getAttribute('aria-disabled')).toBe('true')
    expect(button?.title).toBe('Help is not available here.')
    expect(() => {
      button?.dispatchEvent(new Event('pointerenter'))
      button?.click()
      api.start()
    }).not.toThrow()
    expect(button?.textContent).toBe('Help is not available here.')
    expect(chunkScripts()).toHaveLength(0)
    // Once on mount, again for the click and for start(): each attempt says why nothing happens.
    expect(errors).toEqual(['mount', 'click', 'start()'].flatMap(() => ['missing_sdk_key', 'missing_token']))
  })

  it('refuses an origin that is not http(s)', () => {
    const lines = consoleLines()
    install({ 'data-origin': 'localhost:4000' })
    expect(lines()).toEqual([
      '[CobrowseKit] invalid_origin: "localhost:4000" is not an http(s) origin. Omit it for Zoom, or use e.g. http://localhost:4000.',
    ])
    expect(host()?.getAttribute('data-state')).toBe('unavailable')
  })
})

describe('a recoverable session', () => {
  it('loads and mounts the widget at once, without starting a new session', async () => {
    sessionStorage.setItem('cobrowse-kit:live:key-1', '1')
    const api = install()
    expect(chunkScripts()).toHaveLength(1)
    expect(host()?.getAttribute('data-state')).toBe('idle')
    const { ui, mount, mounted } = fakeUi()
    await deliverChunk(api, ui)
    expect(mount).toHaveBeenCalledOnce()
    expect(mounted.start).not.toHaveBeenCalled()
  })

  it('starts once the widget is mounted when the visitor clicks while it is still loading', async () => {
    sessionStorage.setItem('cobrowse-kit:live:key-1', '1')
    const api = install()
    launcherButton()?.click()
    expect(chunkScripts()).toHaveLength(1)
    const { ui, mount, mounted } = fakeUi()
    await deliverChunk(api, ui)
    expect(mount).toHaveBeenCalledOnce()
    expect(mounted.start).toHaveBeenCalledOnce()
  })

  it('does nothing for another SDK key', () => {
    sessionStorage.setItem('cobrowse-kit:live:other-key', '1')
    install()
    expect(chunkScripts()).toHaveLength(0)
  })
})

describe('unmount', () => {
  it('removes the launcher and the widget; mount() works again without loading the chunk twice', async () => {
    const api = install()
    const { ui, mount, mounted } = fakeUi()
    launcherButton()?.click()
    await deliverChunk(api, ui)
    api.unmount()
    expect(host()).toBeNull()
    expect(mounted.unmount).toHaveBeenCalledOnce()

    api.mount()
    expect(host()?.getAttribute('data-state')).toBe('idle')
    launcherButton()?.click()
    await settle()
    expect(mount).toHaveBeenCalledTimes(2)
    expect(chunkScripts()).toHaveLength(1)
  })

  it('drops a chunk that arrives after unmount', async () => {
    const api = install()
    const { ui, mount } = fakeUi()
    launcherButton()?.click()
    api.unmount()
    await deliverChunk(api, ui)
    expect(mount).not.toHaveBeenCalled()
    expect(host()).toBeNull()
  })
})
