import type { AnnotationMark } from '../../../protocol/messages.js'
import type { LiveFrame } from '../liveView.js'
import {
  applyMark,
  expireVanishing,
  findMarkAt,
  lastMarkOf,
  type MarkBook,
  nextVanishAt,
  type StrokeMark,
} from './markBook.js'
import { createMarkElement } from './markElement.js'
import { overlayToDocument, type Point } from './markGeometry.js'
import { MarkRenderer } from './markRenderer.js'
import { newMarkId } from './newMarkId.js'

/** The agent's drawing tools. */
export type AnnotationTool = 'pen' | 'rectangle' | 'vanishing-pen' | 'eraser'

export interface AnnotationLayerOptions {
  /** The view the overlay covers; it is appended there, above the replay. */
  view: HTMLElement
  /** The agent's `userId`, to tell own marks (undo) from others'. */
  selfId: string
  send(mark: AnnotationMark): void
}

const SVG = 'http://www.w3.org/2000/svg'
// How close (in the agent's screen px) a click must land to erase a mark.
const ERASER_REACH_PX = 8
// Pointer moves closer than this (in the agent's screen px) add nothing a viewer could see.
const MIN_STEP_PX = 2

/**
 * The overlay above the replay where marks are drawn and shown. It is an SVG whose viewBox is the customer's viewport
 * in document coordinates, so marks are stored and drawn exactly as they travel on the wire.
 */
export class AnnotationLayer {
  readonly #svg: SVGSVGElement
  readonly #options: AnnotationLayerOptions
  readonly #renderer: MarkRenderer
  #book: MarkBook = []
  #frame: LiveFrame | undefined
  #tool: AnnotationTool | null = null
  #draft: { mark: StrokeMark; element: SVGElement } | undefined
  #vanishTimer: ReturnType<typeof setTimeout> | undefined
  /** Colour of the next mark (any CSS colour). */
  color = '#e11d48'

  constructor(options: AnnotationLayerOptions) {
    this.#options = options
    this.#svg = options.view.ownerDocument.createElementNS(SVG, 'svg')
    this.#svg.classList.add('zcb-overlay')
    this.#svg.setAttribute('aria-hidden', 'true')
    this.#svg.style.pointerEvents = 'none'
    options.view.append(this.#svg)
    this.#renderer = new MarkRenderer(this.#svg)
    this.#svg.addEventListener('pointerdown', (event) => this.#pointerDown(event))
    this.#svg.addEventListener('pointermove', (event) => this.#pointerMove(event))
    this.#svg.addEventListener('pointerup', () => this.#finishDraft())
    this.#svg.addEventListener('pointercancel', () => this.#dropDraft())
  }

  get tool(): AnnotationTool | null {
    return this.#tool
  }

  /** Picks a tool, or `null` to let pointer and wheel input through to the view. */
  set tool(tool: AnnotationTool | null) {
    this.#tool = tool
    this.#dropDraft()
    this.#svg.style.pointerEvents = tool ? 'auto' : 'none'
    this.#svg.dataset.tool = tool ?? ''
  }

  /** Places the overlay over the scaled replay and scrolls it with the customer's document. */
  setFrame(frame: LiveFrame): void {
    this.#frame = frame
    const { width, height, scrollX, scrollY } = frame.viewport
    this.#svg.style.display = width > 0 && height > 0 ? 'block' : 'none'
    this.#svg.style.left = `${frame.offsetX}px`
    this.#svg.style.top = `${frame.offsetY}px`
    this.#svg.style.width = `${width * frame.scale}px`
    this.#svg.style.height = `${height * frame.scale}px`
    this.#svg.setAttribute('viewBox', `${scrollX} ${scrollY} ${width} ${height}`)
  }

  /** Shows a mark someone else sent (`annotation` from the server). */
  receive(mark: AnnotationMark, ownerId: string): void {
    this.#update(applyMark(this.#book, mark, ownerId, Date.now()))
  }

  /** Takes back the agent's own newest mark, here and for everyone else. */
  undo(): void {
    if (!lastMarkOf(this.#book, this.#options.selfId)) return
    this.#own({ kind: 'undo' })
  }

  destroy(): void {
    clearTimeout(this.#vanishTimer)
    this.#svg.remove()
  }

  #own(mark: AnnotationMark): void {
    this.#update(applyMark(this.#book, mark, this.#options.selfId, Date.now()))
    this.#options.send(mark)
  }

  #documentPoint(event: PointerEvent): Point | undefined {
    const frame = this.#frame
    if (!frame) return undefined
    const box = this.#svg.getBoundingClientRect()
    const [x, y] = overlayToDocument([event.clientX - box.left, event.clientY - box.top], {
      scale: frame.scale,
      scrollX: frame.viewport.scrollX,
      scrollY: frame.viewport.scrollY,
    })
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10]
  }

  #pointerDown(event: PointerEvent): void {
    const point = this.#documentPoint(event)
    const tool = this.#tool
    if (!point || !tool || !this.#frame) return
    event.preventDefault()
    if (tool === 'eraser') {
      const mark = findMarkAt(this.#book, point, ERASER_REACH_PX / this.#frame.scale)
      if (mark) this.#own({ kind: 'erase', id: mark.id })
      return
    }
    this.#svg.setPointerCapture?.(event.pointerId)
    const mark: StrokeMark = { kind: 'stroke', id: newMarkId(), tool, color: this.color, points: [point] }
    this.#showDraft(mark)
  }

  #pointerMove(event: PointerEvent): void {
    const draft = this.#draft
    const point = this.#documentPoint(event)
    if (!draft || !point || !this.#frame) return
    const { points, tool } = draft.mark
    const last = points[points.length - 1] as Point
    if (Math.hypot(point[0] - last[0], point[1] - last[1]) * this.#frame.scale < MIN_STEP_PX) return
    const next: Point[] = tool === 'rectangle' ? [points[0] as Point, point] : [...points, point]
    this.#showDraft({ ...draft.mark, points: next })
  }

  #showDraft(mark: StrokeMark): void {
    const element = createMarkElement(this.#svg.ownerDocument, { mark, ownerId: this.#options.selfId, shownAt: 0 }, 0)
    element.classList.remove('zcb-mark-vanishing')
    this.#draft?.element.replaceWith(element)
    if (!this.#draft) this.#svg.append(element)
    this.#draft = { mark, element }
  }

  #finishDraft(): void {
    const draft = this.#draft
    if (!draft) return
    this.#dropDraft()
    this.#own(draft.mark)
  }

  #dropDraft(): void {
    this.#draft?.element.remove()
    this.#draft = undefined
  }

  #update(book: MarkBook): void {
    this.#book = book
    this.#renderer.render(book, this.#draft?.element)
    this.#scheduleVanish()
  }

  #scheduleVanish(): void {
    clearTimeout(this.#vanishTimer)
    const due = nextVanishAt(this.#book)
    if (due === undefined) return
    this.#vanishTimer = setTimeout(() => this.#update(expireVanishing(this.#book, Date.now())), due - Date.now())
  }
}
