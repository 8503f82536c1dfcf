import { Replayer } from 'rrweb'
import { type CustomerViewport, trackCustomerViewport, UNKNOWN_VIEWPORT } from './customerViewport.js'
import { fitViewport, type ViewFit } from './viewFit.js'

/** Where the customer's viewport shows inside the view, and what it shows. */
export interface LiveFrame extends ViewFit {
  viewport: CustomerViewport
}

type ReplayEvent = Parameters<Replayer['addEvent']>[0] & object

/**
 * The customer's page, mirrored live: an rrweb `Replayer` in live mode, scaled to fit its container.
 *
 * Every event is replayed the moment it arrives instead of on the customer's clock: a late joiner's backlog (Meta,
 * FullSnapshot and everything since) must apply at once, and the two machines' clocks need not agree.
 */
export class LiveView {
  readonly #container: HTMLElement
  readonly #replayer: Replayer
  readonly #baseline = Date.now()
  readonly #listeners = new Set<(frame: LiveFrame) => void>()
  readonly #stopObserving: () => void
  #frame: LiveFrame = { scale: 1, offsetX: 0, offsetY: 0, viewport: UNKNOWN_VIEWPORT }

  constructor(container: HTMLElement) {
    this.#container = container
    this.#replayer = new Replayer([], {
      root: container,
      liveMode: true,
      mouseTail: false,
      showWarning: false,
      // Focus must stay on the agent's own controls, not move into the replayed page.
      triggerFocus: false,
      // The virtual DOM batches synchronous mutations until a flush that live mode never sends.
      useVirtualDom: false,
    })
    this.#replayer.startLive(this.#baseline)
    const { wrapper } = this.#replayer
    wrapper.style.position = 'absolute'
    wrapper.style.left = '0'
    wrapper.style.top = '0'
    wrapper.style.transformOrigin = '0 0'
    this.#stopObserving = observeSize(container, () => this.#refit())
  }

  /** The iframe the customer's page is rebuilt in. */
  get iframe(): HTMLIFrameElement {
    return this.#replayer.iframe
  }

  get frame(): LiveFrame {
    return this.#frame
  }

  /** How far the customer's document scrolls, read from the rebuilt page. */
  get scrollLimits(): { maxX: number; maxY: number } | undefined {
    const root = this.#replayer.iframe.contentDocument?.documentElement
    // Nothing laid out yet (no snapshot, or no layout at all): better unbounded than stuck at the top.
    if (!root || (root.scrollWidth === 0 && root.scrollHeight === 0)) return undefined
    const { width, height } = this.#frame.viewport
    return { maxX: Math.max(0, root.scrollWidth - width), maxY: Math.max(0, root.scrollHeight - height) }
  }

  /** Calls `listener` whenever the scale, offset, customer size or scroll changes. Returns the unsubscribe. */
  onFrame(listener: (frame: LiveFrame) => void): () => void {
    this.#listeners.add(listener)
    return () => this.#listeners.delete(listener)
  }

  /** Replays one mirrored rrweb event. */
  addEvent(event: unknown): void {
    if (typeof event !== 'object' || event === null) return
    const timestamp = (event as { timestamp?: unknown }).timestamp
    // Stamped just before the live baseline, so the replayer applies it synchronously (see the class comment).
    const stamped = {
      ...event,
      timestamp: typeof timestamp === 'number' ? Math.min(timestamp, this.#baseline - 1) : this.#baseline - 1,
    }
    this.#replayer.addEvent(stamped as ReplayEvent)
    const viewport = trackCustomerViewport(this.#frame.viewport, event)
    if (viewport !== this.#frame.viewport) this.#refit(viewport)
  }

  destroy(): void {
    this.#stopObserving()
    this.#listeners.clear()
    this.#replayer.destroy()
  }

  #refit(viewport = this.#frame.viewport): void {
    const fit = fitViewport({ width: this.#container.clientWidth, height: this.#container.clientHeight }, viewport)
    this.#frame = { ...fit, viewport }
    this.#replayer.wrapper.style.transform = `translate(${fit.offsetX}px, ${fit.offsetY}px) scale(${fit.scale})`
    for (const listener of this.#listeners) listener(this.#frame)
  }
}

function observeSize(element: HTMLElement, onResize: () => void): () => void {
  if (typeof ResizeObserver === 'function') {
    const observer = new ResizeObserver(onResize)
    observer.observe(element)
    return () => observer.disconnect()
  }
  window.addEventListener('resize', onResize)
  return () => window.removeEventListener('resize', onResize)
}
