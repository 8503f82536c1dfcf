import { afterEach, describe, expect, it, vi } from 'vitest'
import type { CobrowseKitApi } from './cobrowseKitApi.js'
import { installCobrowseKit } from './installCobrowseKit.js'

type KitWindow = Window & { CobrowseKit?: unknown }
const kitWindow = window as KitWindow

function loaderTag(attributes: Record<string, string> = {}): HTMLScriptElement {
  const script = document.createElement('script')
  script.src = 'https://cdn.example.com/cobrowse-kit/0.1.0/embed.js'
  for (const [name, value] of Object.entries(attributes)) script.setAttribute(name, value)
  document.head.append(script)
  return script
}

const hosts = () => document.querySelectorAll('cobrowse-kit-widget')
const chunkScripts = () => document.querySelectorAll('script[src$="embed-ui.js"]')
const CONFIG = { sdkKey: 'key-1', token: { url: '/api/cobrowse/token' } }

afterEach(() => {
  const kit = kitWindow.CobrowseKit as Partial<CobrowseKitApi> | undefined
  kit?.unmount?.()
  delete kitWindow.CobrowseKit
  for (const script of document.querySelectorAll('script')) script.remove()
  vi.restoreAllMocks()
})

describe('installCobrowseKit', () => {
  it('replaces the queue with the API and runs the queued calls in order', () => {
    const order: string[] = []
    kitWindow.CobrowseKit = [
      () => order.push('first'),
      ['mount', { ...CONFIG, position: 'top-left' }],
      ['unmount'],
      ['mount', { ...CONFIG, position: 'bottom-left' }],
      (api: CobrowseKitApi) => order.push(`last, version ${api.version}`),
    ]
    const api = installCobrowseKit(window, loaderTag())
    expect(kitWindow.CobrowseKit).toBe(api)
    expect(order).toEqual(['first', `last, version ${api.version}`])
    expect([...hosts()].map((host) => host.getAttribute('data-position'))).toEqual(['bottom-left'])
  })

  it('keeps push() working after load: the same snippet runs at once', () => {
    installCobrowseKit(window, loaderTag())
    // biome-ignore lint/suspicious/noAssignInExpressions: the README's snippet, verbatim
    ;(kitWindow.CobrowseKit = kitWindow.CobrowseKit || []).push(['mount', CONFIG])
    expect(hosts()).toHaveLength(1)
  })

  it('mounts from the tag when it names an SDK key, unless data-auto="off"', () => {
    installCobrowseKit(window, loaderTag({ 'data-sdk-key': 'key-1', 'data-token-url': '/token' }))
    expect(hosts()).toHaveLength(1)
    ;(kitWindow.CobrowseKit as CobrowseKitApi).unmount()
    delete kitWindow.CobrowseKit

    installCobrowseKit(window, loaderTag({ 'data-sdk-key': 'key-1', 'data-auto': 'off' }))
    expect(hosts()).toHaveLength(0)
    delete kitWindow.CobrowseKit

    installCobrowseKit(window, loaderTag({ 'data-token-url': '/token' }))
    expect(hosts()).toHaveLength(0)
  })

  it('lets a queued mount() take the place of the auto-mount, over the tag attributes', () => {
    kitWindow.CobrowseKit = [['mount', { position: 'top-right' }]]
    installCobrowseKit(window, loaderTag({ 'data-sdk-key': 'key-1', 'data-token-url': '/token' }))
    expect([...hosts()].map((host) => host.getAttribute('data-position'))).toEqual(['top-right'])
    // The tag's key and token still apply: the launcher is usable, not the "unavailable" one.
    expect(hosts()[0]?.getAttribute('data-state')).toBe('idle')
  })

  it('keeps a start() made before mount until mount', () => {
    const api = installCobrowseKit(
      window,
      loaderTag({ 'data-sdk-key': 'key-1', 'data-token-url': '/t', 'data-auto': 'off' }),
    )
    api.start()
    expect(chunkScripts()).toHaveLength(0)
    api.mount()
    expect(chunkScripts()).toHaveLength(1)
    expect(hosts()[0]?.getAttribute('data-state')).toBe('loading')
  })

  it('forgets a start() that end() cancelled before mount', () => {
    const api = installCobrowseKit(
      window,
      loaderTag({ 'data-sdk-key': 'key-1', 'data-token-url': '/t', 'data-auto': 'off' }),
    )
    api.start()
    api.end()
    api.mount()
    expect(chunkScripts()).toHaveLength(0)
  })

  it('adds no global other than CobrowseKit', () => {
    const before = new Set(Object.keys(window))
    const api = installCobrowseKit(window, loaderTag({ 'data-sdk-key': 'key-1', 'data-token-url': '/t' }))
    const button = hosts()[0]?.shadowRoot?.querySelector('button')
    button?.dispatchEvent(new Event('pointerenter'))
    button?.click()
    api.__ui({ mount: () => ({ start() {}, end() {}, unmount() {} }) })
    api.unmount()
    api.mount()
    expect(Object.keys(window).filter((key) => !before.has(key))).toEqual(['CobrowseKit'])
  })

  it('never throws into the page on bad calls; each is reported', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const api = installCobrowseKit(window, loaderTag())
    const loose = api as unknown as Record<string, (...args: unknown[]) => unknown>
    expect(() => {
      loose.push?.(42, ['nope'], 'start')
      loose.mount?.(null)
      loose.on?.('pincode', () => {})
      loose.off?.('pin', undefined)
      loose.__ui?.({})
      api.push(() => {
        throw new Error('queued function failed')
      })
    }).not.toThrow()
    const lines = error.mock.calls.map((call) => String(call[0]))
    expect(lines.filter((line) => line.startsWith('[CobrowseKit] invalid_call:'))).toHaveLength(6)
    expect(lines).toContain('[CobrowseKit] internal_error: queued function failed. Please report this bug.')
  })

  it('leaves a second copy of embed.js idle, and replaces a global that is not a queue', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const first = installCobrowseKit(window, loaderTag())
    expect(installCobrowseKit(window, loaderTag())).toBe(first)
    delete kitWindow.CobrowseKit
    Reflect.set(window, 'CobrowseKit', { some: 'other library' })
    const fresh = installCobrowseKit(window, loaderTag())
    expect(kitWindow.CobrowseKit).toBe(fresh)
    expect(error.mock.calls.map((call) => String(call[0]).split(':')[0])).toEqual([
      '[CobrowseKit] already_loaded',
      '[CobrowseKit] invalid_queue',
    ])
  })
})
