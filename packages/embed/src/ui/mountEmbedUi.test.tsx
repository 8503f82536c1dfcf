import { CobrowseError } from '@cobrowse-kit/core'
import { createFakeCustomerSdk, type FakeCustomerSdkOptions, steps } from '@cobrowse-kit/core/testing'
import { act, fireEvent, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { EmbedEventMap, EmbedEventName, EmbedOptions } from '../shared/embedOptions.js'
import type { EmbedBridge, MountedEmbedUi } from '../shared/embedUi.js'
import { mountEmbedUi } from './mountEmbedUi.js'

const SDK_KEY = 'embed-test-key'
const hosts: HTMLElement[] = []

function recordingBridge() {
  const sent: Array<[EmbedEventName, unknown]> = []
  const bridge = {
    emit: vi.fn((name: EmbedEventName, payload: unknown) => void sent.push([name, payload])),
    reportError: vi.fn<EmbedBridge['reportError']>(),
  }
  /** The payloads of one event, in order. */
  const of = <Name extends EmbedEventName>(name: Name): Array<EmbedEventMap[Name]> =>
    sent.filter(([sentName]) => sentName === name).map(([, payload]) => payload as EmbedEventMap[Name])
  return { bridge: bridge as EmbedBridge & typeof bridge, sent, of }
}

/** A shadow root like the loader's, the widget mounted in it on the test kit's fake SDK. */
function mountWidget(fakeOptions: FakeCustomerSdkOptions = {}, options: Partial<EmbedOptions> = {}) {
  const host = document.body.appendChild(document.createElement('div'))
  hosts.push(host)
  const root = host.attachShadow({ mode: 'open' })
  const container = root.appendChild(document.createElement('div'))
  const fake = createFakeCustomerSdk(fakeOptions)
  const { bridge, sent, of } = recordingBridge()
  let widget: MountedEmbedUi | undefined
  act(() => {
    widget = mountEmbedUi({ root, container }, { sdkKey: SDK_KEY, token: 'h.p.s', ...options }, bridge, {
      sdk: fake.sdk,
    })
  })
  const ui = within(container)
  const widgetRoot = () => container.querySelector<HTMLElement>('.cbk-cobrowse')
  return { root, container, fake, bridge, sent, of, widget: widget as MountedEmbedUi, ui, widgetRoot }
}

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 5)))

afterEach(() => {
  for (const host of hosts.splice(0)) host.remove()
  sessionStorage.clear()
  document.documentElement.lang = ''
  vi.unstubAllGlobals()
  vi.restoreAllMocks()
})

describe('mountEmbedUi', () => {
  it('adopts its styles into the shadow root only and themes the container; nothing loads before a start', () => {
    const headBefore = document.head.innerHTML
    const { root, container, fake, ui, widgetRoot } = mountWidget(
      {},
      { nonce: 'n0nce', theme: { '--cbk-color-accent': '#123456' }, colorScheme: 'dark' },
    )
    // Vitest blanks CSS imports (even `?raw`), so the sheet's text is checked on the built chunk (embedChunk.test.ts).
    expect(root.querySelector('style')?.getAttribute('nonce')).toBe('n0nce')
    expect(document.head.innerHTML).toBe(headBefore)
    expect(document.querySelectorAll('style')).toHaveLength(0)
    expect(container.style.getPropertyValue('--cbk-color-accent')).toBe('#123456')
    expect(container.getAttribute('data-cbk-theme')).toBe('dark')
    expect(widgetRoot()?.dataset.state).toBe('idle')
    expect(ui.getByRole('button', { name: 'Get help' })).toBeTruthy()
    expect(fake.calls.init).toHaveLength(0)
  })

  it('takes only the documented --cbk-* variables from the theme', () => {
    const theme = { '--cbk-radius': '0', color: 'red' } as unknown as EmbedOptions['theme']
    const { container } = mountWidget({}, { theme: theme ?? {} })
    expect(container.style.getPropertyValue('--cbk-radius')).toBe('0')
    expect(container.style.getPropertyValue('color')).toBe('')
    expect(container.hasAttribute('data-cbk-theme')).toBe(false)
  })

  it('start → PIN with copy → agent → banner → consent → stop, reporting each step through the bridge', async () => {
    const writeText = vi.fn(async (_text: string) => {})
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const { root, fake, ui, of, widget, widgetRoot } = mountWidget({
      onStart: [steps.sessionStarted(), steps.pin('246813')],
    })
    await act(async () => widget.start())
    const copy = await ui.findByRole('button', { name: 'Copy PIN' })
    expect(widgetRoot()?.dataset.state).toBe('pin')
    expect(ui.getByText('246 813')).toBeTruthy()
    await act(async () => fireEvent.click(copy))
    expect(writeText).toHaveBeenCalledWith('246813')
    expect(ui.getByText('Copied')).toBeTruthy()
    expect(of('pin')).toEqual([{ pin: '246813' }])

    await act(() => fake.play([steps.agentJoined({ userId: 'a1', userName: 'Ana' })]))
    expect(widgetRoot()?.dataset.state).toBe('active')
    expect(ui.getByRole('region', { name: 'An agent can see this page' })).toBeTruthy()
    expect(of('agents')).toEqual([{ agents: [{ userId: 'a1', userName: 'Ana' }] }])

    await act(() => fake.play([steps.remoteAssistRequested()]))
    const dialog = ui.getByRole('alertdialog', { name: 'Allow the agent to scroll?' })
    expect(root.activeElement).toBe(within(dialog).getByRole('button', { name: 'Deny' }))
    fireEvent.click(within(dialog).getByRole('button', { name: 'Allow' }))
    await settle()
    expect(fake.calls.remoteAssistAnswers).toEqual([true])
    expect(ui.queryByRole('alertdialog')).toBeNull()
    expect(ui.getByText('The agent can scroll this page')).toBeTruthy()

    fireEvent.click(ui.getByRole('button', { name: 'Stop sharing' }))
    await settle()
    expect(widgetRoot()?.dataset.state).toBe('ended')
    expect(fake.calls.end).toBe(1)
    expect(of('ended')).toEqual([{ reason: 'ended_by_customer' }])
    expect(of('status').map(({ status }) => status)).toEqual([
      'idle',
      'loading',
      'ready',
      'starting',
      'pin',
      'active',
      'ended',
    ])
    expect(of('agents').at(-1)).toEqual({ agents: [] })
  })

  it('shows errors with their hint, reports them through the bridge, and retries from the button or start()', async () => {
    const { fake, ui, bridge, of, widget } = mountWidget({ onStart: [steps.sessionStarted(), steps.error(1016)] })
    await act(async () => widget.start())
    const alert = await ui.findByRole('alert')
    const expected = new CobrowseError(1016)
    expect(alert.textContent).toContain(expected.hint)
    expect(of('error')).toEqual([{ code: 1016, message: expected.message, hint: expected.hint }])
    expect(bridge.reportError).toHaveBeenCalledWith({ code: '1016', message: expected.message, hint: expected.hint })

    fireEvent.click(ui.getByRole('button', { name: 'Try again' }))
    await ui.findByRole('alert')
    expect(fake.calls.start).toHaveLength(2)
    await act(async () => widget.start())
    await settle()
    expect(fake.calls.start).toHaveLength(3)
  })

  it('ignores start() while a session is already on its way or live', async () => {
    const { fake, ui, widget } = mountWidget()
    await act(async () => widget.start())
    await ui.findByRole('button', { name: 'Copy PIN' })
    await act(async () => widget.start())
    expect(fake.calls.start).toHaveLength(1)
    act(() => widget.end())
    await settle()
    expect(fake.calls.end).toBe(1)
    await act(async () => widget.start())
    await ui.findByRole('button', { name: 'Copy PIN' })
    expect(fake.calls.start).toHaveLength(2)
  })

  it("speaks the page's language unless told otherwise, with message overrides", () => {
    document.documentElement.lang = 'es-MX'
    expect(mountWidget().ui.getByRole('button', { name: 'Obtener ayuda' })).toBeTruthy()
    const english = mountWidget({}, { locale: 'en', messages: { getHelp: 'Talk to us' } })
    expect(english.ui.getByRole('button', { name: 'Talk to us' })).toBeTruthy()
    const unknown = mountWidget({}, { locale: 'xx' as never })
    expect(unknown.ui.getByRole('button', { name: 'Obtener ayuda' })).toBeTruthy()
  })

  it('rejoins at once, without a click, when a refresh left a recoverable session', async () => {
    sessionStorage.setItem(`cobrowse-kit:live:${SDK_KEY}`, '1')
    const { fake, ui, of } = mountWidget({ recoverable: { pin: '135790' } })
    await ui.findByRole('button', { name: 'Copy PIN' })
    expect(fake.calls.join).toBe(1)
    expect(of('pin')).toEqual([{ pin: '135790' }])
  })

  it('unmount removes the widget, its styles and theme, and detaches from the SDK without ending the session', async () => {
    const { root, container, fake, ui, sent, widget } = mountWidget({}, { theme: { '--cbk-radius': '0' } })
    await act(async () => widget.start())
    await ui.findByRole('button', { name: 'Copy PIN' })
    const reported = sent.length
    act(() => widget.unmount())
    expect(container.childElementCount).toBe(0)
    expect(root.querySelector('style')).toBeNull()
    expect(container.style.getPropertyValue('--cbk-radius')).toBe('')
    expect(fake.listenerCount()).toBe(0)
    expect(fake.calls.end).toBe(0)
    await fake.play([steps.agentJoined()])
    expect(sent).toHaveLength(reported)
    expect(() => widget.unmount()).not.toThrow()
  })
})

describe('mountEmbedUi never throws into the host page', () => {
  it('reports a bad target and hands back a widget that does nothing', () => {
    const { bridge } = recordingBridge()
    const widget = mountEmbedUi({ root: null, container: null } as never, { sdkKey: 'k', token: 'h.p.s' }, bridge)
    expect(bridge.reportError).toHaveBeenCalledTimes(1)
    expect(() => {
      widget.start()
      widget.end()
      widget.unmount()
    }).not.toThrow()
  })

  it('keeps the session going when a listener of the bridge throws', async () => {
    const { bridge } = recordingBridge()
    bridge.emit.mockImplementation(() => {
      throw new Error('listener broke')
    })
    const host = document.body.appendChild(document.createElement('div'))
    hosts.push(host)
    const root = host.attachShadow({ mode: 'open' })
    const container = root.appendChild(document.createElement('div'))
    const fake = createFakeCustomerSdk()
    let widget: MountedEmbedUi | undefined
    act(() => {
      widget = mountEmbedUi({ root, container }, { sdkKey: SDK_KEY, token: 'h.p.s' }, bridge, { sdk: fake.sdk })
    })
    await act(async () => widget?.start())
    await within(container).findByRole('button', { name: 'Copy PIN' })
    expect(bridge.reportError).toHaveBeenCalledWith(expect.objectContaining({ message: 'listener broke' }))
  })

  it('catches a rendering error at the widget and reports it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {})
    const broken = { pinAnnouncement: 'not a function' } as never
    const { container, bridge, widget } = mountWidget({}, { messages: broken })
    await act(async () => widget.start())
    await settle()
    expect(container.querySelector('.cbk-embed')).toBeNull()
    expect(bridge.reportError).toHaveBeenCalledWith(expect.objectContaining({ code: 'unknown' }))
  })
})
