// @vitest-environment node
// The shipped chunk, not the source: built by buildEmbed with React aliased to preact/compat, run in a page of its own
// (a fresh JSDOM window), so the components are exercised on the renderer the embed really uses.
// Node, not the jsdom project environment: esbuild refuses to run under jsdom's TextEncoder.
import { createFakeCustomerSdk, type FakeCustomerSdkOptions, steps } from '@cobrowse-kit/core/testing'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { buildEmbedForTest, JSDOM, VirtualConsole } from '../../test/builtEmbed.js'
import type { EmbedEventName } from '../shared/embedOptions.js'
import type { EmbedUi } from '../shared/embedUi.js'

let chunk = ''

beforeAll(async () => {
  ;({ chunk } = await buildEmbedForTest())
})

/** A plain page, with the loader's registry on the one global unless `withLoader` is false. */
function page(withLoader = true) {
  const consoleErrors: unknown[][] = []
  const virtualConsole = new VirtualConsole()
  virtualConsole.on('error', (...args: unknown[]) => consoleErrors.push(args))
  virtualConsole.on('jsdomError', (error: unknown) => consoleErrors.push([error]))
  const dom = new JSDOM('<!doctype html><html lang="en"><head><title>Shop</title></head><body></body></html>', {
    runScripts: 'outside-only',
    url: 'https://shop.example/',
    virtualConsole,
  })
  const window = dom.window
  const registered: EmbedUi[] = []
  if (withLoader) Reflect.set(window, 'CobrowseKit', { __ui: (ui: EmbedUi) => registered.push(ui) })
  const globalsBefore = Object.keys(window)
  window.eval(chunk)
  const newGlobals = Object.keys(window).filter((name) => !globalsBefore.includes(name))
  return { window, document: window.document, registered, newGlobals, consoleErrors }
}

function mountIn(
  view: ReturnType<typeof page>,
  fakeOptions: FakeCustomerSdkOptions = {},
  nonce?: string,
): {
  root: ShadowRoot
  container: HTMLElement
  fake: ReturnType<typeof createFakeCustomerSdk>
  events: Array<[EmbedEventName, unknown]>
  reportError: ReturnType<typeof vi.fn>
  widget: ReturnType<EmbedUi['mount']>
} {
  const { document, window, registered } = view
  const fake = createFakeCustomerSdk(fakeOptions)
  fake.installGlobal(window)
  const host = document.body.appendChild(document.createElement('div'))
  const root = host.attachShadow({ mode: 'open' })
  const container = root.appendChild(document.createElement('div'))
  const events: Array<[EmbedEventName, unknown]> = []
  const reportError = vi.fn()
  const bridge = { emit: (name: EmbedEventName, payload: unknown) => void events.push([name, payload]), reportError }
  const ui = registered[0]
  if (!ui) throw new Error('the chunk did not register')
  const widget = ui.mount(
    { root, container },
    { sdkKey: 'chunk-key', token: 'h.p.s', ...(nonce ? { nonce } : {}) },
    bridge,
  )
  return { root, container, fake, events, reportError, widget }
}

/** The element matching `selector` in `root`, once it is there. */
async function shown<E extends Element = HTMLElement>(root: ParentNode, selector: string): Promise<E> {
  return vi.waitFor(() => {
    const found = root.querySelector<E>(selector)
    if (!found) throw new Error(`${selector} is not shown`)
    return found
  })
}

function buttonNamed(root: ParentNode, name: string): HTMLButtonElement | undefined {
  return [...root.querySelectorAll('button')].find((button) => button.textContent?.trim() === name)
}

describe('the built UI chunk (preact/compat)', () => {
  it('registers through window.CobrowseKit.__ui and leaks no global and no tag into the page', () => {
    const view = page()
    expect(view.registered).toHaveLength(1)
    expect(view.newGlobals).toEqual([])
    expect(view.document.head.innerHTML).toBe('<title>Shop</title>')
    expect(view.document.body.innerHTML).toBe('')
  })

  it('says so on the console, and throws nothing, when it runs without the loader', () => {
    const view = page(false)
    expect(view.registered).toHaveLength(0)
    expect(view.newGlobals).toEqual([])
    expect(String(view.consoleErrors[0]?.[0])).toContain('embed-ui.js ran without embed.js')
  })

  it('runs the whole customer flow inside a shadow root and cleans up after itself', async () => {
    const view = page()
    const { root, container, fake, events, reportError, widget } = mountIn(view, {}, 'n0nce')
    const style = root.querySelector('style')
    expect(style?.getAttribute('nonce')).toBe('n0nce')
    expect(style?.textContent).toContain('.cbk-cobrowse')
    expect(style?.textContent).toContain('.cbk-embed')
    expect(view.document.head.innerHTML).toBe('<title>Shop</title>')
    expect((await shown(container, '.cbk-cobrowse')).dataset.state).toBe('idle')

    widget.start()
    const copy = await vi.waitFor(() => buttonNamed(container, 'Copy PIN') ?? Promise.reject(new Error('no PIN yet')))
    const pin = fake.pin ?? ''
    expect(container.querySelector('.cbk-cobrowse__pin strong')?.textContent).toBe(`${pin.slice(0, 3)} ${pin.slice(3)}`)
    const writeText = vi.fn(async (_text: string) => {})
    Object.defineProperty(view.window.navigator, 'clipboard', { configurable: true, value: { writeText } })
    copy.click()
    await vi.waitFor(() => expect(container.querySelector('.cbk-pin__feedback')?.textContent).toBe('Copied'))
    expect(writeText).toHaveBeenCalledWith(pin)

    await fake.play([steps.agentJoined('Ana')])
    fake.emit('remote_assist_requested', { remoteAssistType: 'scroll_page', userName: 'Ana' })
    const deny = await vi.waitFor(() => buttonNamed(container, 'Deny') ?? Promise.reject(new Error('no dialog yet')))
    // Preact runs effects after the next frame, so focus moves a moment after the dialog shows.
    await vi.waitFor(() => expect(root.activeElement).toBe(deny))
    expect(container.querySelector('[role="alertdialog"]')?.textContent).toContain('Ana asks to scroll this page')
    buttonNamed(container, 'Allow')?.click()
    await vi.waitFor(() => expect(container.querySelector('.cbk-consent__text')?.textContent).toContain('can scroll'))
    expect(fake.calls.remoteAssistAnswers).toEqual([true])

    buttonNamed(container, 'Stop sharing')?.click()
    await vi.waitFor(() => expect(container.querySelector('.cbk-cobrowse')?.getAttribute('data-state')).toBe('ended'))
    expect(fake.calls.end).toBe(1)
    expect(events.filter(([name]) => name === 'status').map(([, payload]) => payload)).toContainEqual({
      status: 'active',
    })
    expect(events).toContainEqual(['pin', { pin }])
    expect(events).toContainEqual(['ended', { reason: 'ended_by_customer' }])

    widget.unmount()
    expect(container.childElementCount).toBe(0)
    expect(root.querySelector('style')).toBeNull()
    expect(reportError).not.toHaveBeenCalled()
    expect(view.consoleErrors).toEqual([])
  })

  it('shows an error with retry and reports it', async () => {
    const { container, fake, reportError, widget } = mountIn(page(), {
      onStart: [steps.sessionStarted(), steps.error(1016)],
    })
    widget.start()
    const alert = await shown(container, '[role="alert"]')
    expect(alert.textContent).not.toBe('')
    expect(reportError).toHaveBeenCalledWith(expect.objectContaining({ code: '1016' }))
    buttonNamed(container, 'Try again')?.click()
    await vi.waitFor(() => expect(fake.calls.start).toHaveLength(2))
  })
})
