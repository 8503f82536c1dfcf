import { EventType, IncrementalSource } from 'rrweb'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { type LiveFrame, LiveView } from './liveView.js'

const meta = (timestamp: number, width = 800, height = 600) => ({
  type: EventType.Meta,
  timestamp,
  data: { href: 'https://shop.test/', width, height },
})
const snapshot = (timestamp: number, text: string) => ({
  type: EventType.FullSnapshot,
  timestamp,
  data: {
    node: {
      type: 0,
      id: 1,
      childNodes: [
        {
          type: 2,
          tagName: 'html',
          attributes: {},
          id: 2,
          childNodes: [
            { type: 2, tagName: 'body', attributes: {}, id: 3, childNodes: [{ type: 3, textContent: text, id: 4 }] },
          ],
        },
      ],
    },
    initialOffset: { top: 0, left: 0 },
  },
})
const textChange = (timestamp: number, value: string) => ({
  type: EventType.IncrementalSnapshot,
  timestamp,
  data: { source: IncrementalSource.Mutation, texts: [{ id: 4, value }], attributes: [], removes: [], adds: [] },
})

describe('LiveView', () => {
  let view: LiveView | undefined

  beforeAll(() => {
    // jsdom has no iframe `sandbox` list; rrweb checks it before rebuilding the customer's page.
    Object.defineProperty(HTMLIFrameElement.prototype, 'sandbox', {
      configurable: true,
      get(this: HTMLIFrameElement) {
        return (this.getAttribute('sandbox') ?? '').split(' ').filter(Boolean)
      },
    })
  })
  afterEach(() => {
    view?.destroy()
    view = undefined
    document.body.replaceChildren()
  })

  function mount(width = 400, height = 400): HTMLElement {
    const container = document.createElement('div')
    Object.defineProperty(container, 'clientWidth', { value: width })
    Object.defineProperty(container, 'clientHeight', { value: height })
    document.body.append(container)
    view = new LiveView(container)
    return container
  }
  const text = () => view?.iframe.contentDocument?.body?.textContent

  it("rebuilds the customer's page in the view's iframe and applies later mutations", async () => {
    const container = mount()
    const now = Date.now()
    view?.addEvent(meta(now))
    view?.addEvent(snapshot(now, 'Basket: 1 item'))
    await vi.waitFor(() => expect(text()).toBe('Basket: 1 item'), { timeout: 500 })
    expect(container.querySelector('iframe')).toBe(view?.iframe)
    view?.addEvent(textChange(now + 1, 'Basket: 2 items'))
    await vi.waitFor(() => expect(text()).toBe('Basket: 2 items'), { timeout: 100 })
  })

  it("replays at once whatever the customer's clock says: an old backlog and a clock running ahead", async () => {
    mount()
    const hourAgo = Date.now() - 3_600_000
    view?.addEvent(meta(hourAgo))
    view?.addEvent(snapshot(hourAgo + 1, 'from the backlog'))
    await vi.waitFor(() => expect(text()).toBe('from the backlog'), { timeout: 500 })
    view?.addEvent(textChange(Date.now() + 60_000, 'from a fast clock'))
    await vi.waitFor(() => expect(text()).toBe('from a fast clock'), { timeout: 100 })
  })

  it('scales the replay to fit the container and reports the frame', () => {
    mount(400, 400)
    const frames: LiveFrame[] = []
    view?.onFrame((frame) => frames.push(frame))
    view?.addEvent(meta(1, 800, 600))
    expect(view?.frame).toMatchObject({ scale: 0.5, offsetX: 0, offsetY: 50, viewport: { width: 800, height: 600 } })
    expect(frames).toHaveLength(1)
    const wrapper = view?.iframe.parentElement
    expect(wrapper?.style.transform).toBe('translate(0px, 50px) scale(0.5)')
  })

  it('tracks the customer scroll for the overlay', () => {
    mount()
    view?.addEvent(meta(1))
    view?.addEvent(snapshot(2, 'x'))
    view?.addEvent({
      type: EventType.IncrementalSnapshot,
      timestamp: 3,
      data: { source: IncrementalSource.Scroll, id: 1, x: 0, y: 640 },
    })
    expect(view?.frame.viewport).toMatchObject({ scrollX: 0, scrollY: 640 })
  })

  it('ignores events that are not objects', () => {
    mount()
    const before = view?.frame
    view?.addEvent('not an event')
    view?.addEvent(null)
    expect(view?.frame).toBe(before)
  })

  it('removes the replay on destroy', () => {
    const container = mount()
    view?.destroy()
    view = undefined
    expect(container.querySelector('iframe')).toBeNull()
  })
})
